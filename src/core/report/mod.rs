//! What is read from sessions: insights (strengths, focus areas, changes), growth over time, and
//! the quantiles the trainer's page and others' feedback share.

pub mod growth;
pub mod insight;
pub mod stats;
