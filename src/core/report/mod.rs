//! What is made of sessions for a person to read or take away: insights, growth series, export files.

pub mod cohort;
pub mod export;
pub mod growth;
pub mod insight;
pub mod stats;
