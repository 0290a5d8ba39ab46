//! A small strict JSON reader and writer (RFC 8259) for the storage codec.
//!
//! Why not serde_json: the codec needs objects, arrays, strings and integers, and serde_json with
//! the derives cost the widget ~21 KB of its gzip budget (issue 7); this costs a few. The reader
//! is a cursor the codec drives ("an object here, then an integer"), so a long history is read in
//! one pass straight into sessions, and keys without escapes are borrowed, not copied. Any JSON
//! value can be skipped (checked, not kept), which is how unknown fields and broken sessions are
//! stepped over. Tests compare both halves with serde_json on generated input.

/// Why reading stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// Not JSON at this point (or nested deeper than [`MAX_DEPTH`]).
    Syntax,
    /// JSON, but not what was asked for: another type, an integer out of range, a missing field.
    Shape,
}

pub type Result<T> = std::result::Result<T, Error>;

/// At most this many arrays and objects inside one another: the reader recurses, and deeper
/// nesting (never written by Cermin) is refused rather than followed.
pub const MAX_DEPTH: usize = 128;

mod reader;
mod writer;

pub use reader::Reader;
pub use writer::Writer;

/// Whether the whole text is one JSON value.
pub fn is_json(text: &str) -> bool {
    let mut reader = Reader::new(text);
    reader.skip().and_then(|()| reader.end()).is_ok()
}
