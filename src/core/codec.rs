//! The versioned storage document: encoding, defensive decoding, and migrations of older versions.
//!
//! The same document is what localStorage holds and what a backup file contains (a backup adds
//! `exported_at`). Decoding never panics: every refusal is a [`DecodeError`], and sessions that
//! are individually broken are skipped and counted rather than sinking the whole history.

use super::history::History;
use super::session::Session;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The `format` field that marks a document as ours.
pub const FORMAT: &str = "cermin.history";
/// The version this build writes. Every version ever written has a fixture in `tests/fixtures/`.
pub const VERSION: u64 = 1;
/// Larger input is refused before parsing, which bounds the decoder's memory.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// Why a document was refused. Each has a message in both languages (`texts`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooLarge {
        bytes: usize,
    },
    NotJson,
    /// Valid JSON, but not a Cermin document (another app's data, or a different file).
    Foreign,
    /// Written by a newer Cermin: never overwrite it, never guess at it.
    NewerVersion {
        version: u64,
    },
    /// Marked as ours, but its structure is broken.
    BadShape,
}

/// A decoded document.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub history: History,
    /// Sessions that were present but unusable (wrong shape or values out of range).
    pub skipped: usize,
    /// Set in backup files: when the backup was made.
    pub exported_at: Option<i64>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<i64>,
    sessions: &'a [Session],
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    deleted: &'a BTreeMap<String, i64>,
}

/// A current document read in one go (see [`decode`]).
#[derive(Deserialize)]
struct DocumentIn {
    format: String,
    version: u64,
    #[serde(default)]
    exported_at: Option<i64>,
    sessions: Vec<Session>,
    #[serde(default)]
    deleted: BTreeMap<String, i64>,
}

/// The document localStorage holds.
pub fn encode(history: &History) -> String {
    encode_document(history, None)
}

/// A backup file: the same document, stamped with when it was made.
pub fn encode_backup(history: &History, exported_at: i64) -> String {
    encode_document(history, Some(exported_at))
}

fn encode_document(history: &History, exported_at: Option<i64>) -> String {
    let document = DocumentOut {
        format: FORMAT,
        version: VERSION,
        exported_at,
        sessions: history.sessions(),
        deleted: history.tombstones(),
    };
    // Serialising plain strings, maps and integers cannot fail.
    serde_json::to_string(&document).unwrap_or_default()
}

/// The top level of a document, its fields still unparsed: sessions are then read one by one,
/// straight into [`Session`], so a broken one is skipped without building a JSON tree of all.
type Fields<'a> = BTreeMap<String, &'a RawValue>;

/// Reads a stored document or a backup file, of this version or an older one.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    // The usual case, a document of this version whose every session reads, in one pass. Any
    // other document takes the careful way below, field by field and session by session.
    if let Ok(document) = serde_json::from_str::<DocumentIn>(text) {
        if document.format == FORMAT && document.version == VERSION {
            let total = document.sessions.len();
            return Ok(checked(
                total,
                document.sessions,
                document.deleted,
                document.exported_at,
            ));
        }
    }
    let document: Fields = serde_json::from_str(text).map_err(|_| {
        // Valid JSON that is not an object is someone else's; anything else is not JSON.
        match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => DecodeError::Foreign,
            Err(_) => DecodeError::NotJson,
        }
    })?;
    if field::<String>(&document, "format").as_deref() != Some(FORMAT) {
        return Err(DecodeError::Foreign);
    }
    let version = field::<u64>(&document, "version").ok_or(DecodeError::BadShape)?;
    if version > VERSION {
        return Err(DecodeError::NewerVersion { version });
    }
    let document = migrate(version, document)?;
    read_current(&document)
}

/// A top-level field of type `T`, if it is there and of that type.
fn field<'a, T: Deserialize<'a>>(document: &Fields<'a>, name: &str) -> Option<T> {
    serde_json::from_str(document.get(name)?.get()).ok()
}

/// Upgrades an older document to the current shape, one version at a time.
/// Version 1 is the first ever written, so there is nothing to upgrade yet; a version 2 adds a
/// `1 => …` step here and a fixture of version 1 keeps it honest.
fn migrate(version: u64, document: Fields) -> Result<Fields, DecodeError> {
    match version {
        VERSION => Ok(document),
        _ => Err(DecodeError::BadShape),
    }
}

fn read_current(document: &Fields) -> Result<Decoded, DecodeError> {
    let raw_sessions: Vec<&RawValue> = field(document, "sessions").ok_or(DecodeError::BadShape)?;
    let tombstones = match document.get("deleted") {
        None => BTreeMap::new(),
        Some(_) => field(document, "deleted").ok_or(DecodeError::BadShape)?,
    };
    let sessions = raw_sessions
        .iter()
        .filter_map(|raw| serde_json::from_str::<Session>(raw.get()).ok())
        .collect();
    Ok(checked(
        raw_sessions.len(),
        sessions,
        tombstones,
        field(document, "exported_at"),
    ))
}

/// The decoded document, with the sessions whose values are out of range skipped and counted
/// along with the `total − sessions` that did not even read.
fn checked(
    total: usize,
    sessions: Vec<Session>,
    tombstones: BTreeMap<String, i64>,
    exported_at: Option<i64>,
) -> Decoded {
    let sessions: Vec<Session> = sessions
        .into_iter()
        .filter(|session| session.validate().is_ok())
        .collect();
    Decoded {
        skipped: total - sessions.len(),
        history: History::new(sessions, tombstones),
        exported_at,
    }
}
