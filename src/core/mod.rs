//! The pure core: content, sessions, history, the storage codec and radar drawing. No DOM, no storage.

pub mod codec;
pub mod config;
pub mod content;
pub mod dates;
pub mod export;
pub mod frameworks;
pub mod growth;
pub mod growth_chart;
pub mod history;
pub mod i18n;
pub mod insight;
pub mod json;
pub mod marker;
pub mod radar;
pub mod radar_data;
pub mod session;
pub mod sorted_map;
pub mod state;
pub mod texts;
