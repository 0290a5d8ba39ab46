//! A class's reflections combined: reading what participants handed in, and the group's figures.

pub mod intake;
pub mod stats;
