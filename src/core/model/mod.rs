//! What a reflection is about and what it holds: frameworks and their content, sessions, history.

pub mod frameworks;
pub mod history;
pub mod session;
pub mod sorted_map;
