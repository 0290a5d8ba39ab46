//! The pure core: content, sessions, history, the storage codec, reports and chart drawing. No DOM, no storage.

pub mod archive;
pub mod charts;
pub mod cohort;
pub mod config;
pub mod dates;
pub mod export;
pub mod feedback;
pub mod i18n;
pub mod lms;
pub mod model;
pub mod report;
pub mod state;
pub mod store;
pub mod texts;
