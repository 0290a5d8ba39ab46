//! What is made of sessions for a person to read or take away: insights, growth series, export files.

pub mod cohort;
pub mod export;
pub mod growth;
#[cfg(feature = "xlsx")]
pub mod history_xlsx;
pub mod insight;
pub mod stats;
pub mod table;
#[cfg(feature = "xlsx")]
pub mod xlsx;
