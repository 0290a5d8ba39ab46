//! How a history is written down and read back: the versioned storage and backup document.

pub mod codec;
pub mod document;
