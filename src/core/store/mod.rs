//! How a history is written down and read back: the versioned storage and backup document, and the file a participant shares with a trainer.

pub mod codec;
pub mod document;
pub mod import;
pub mod policy;
pub mod share;
