//! The versioned storage document: encoding, defensive decoding, and migrations of older versions.
//!
//! The same document is what localStorage holds and what a backup file contains (a backup adds
//! `exported_at`). Decoding never panics: every refusal is a [`DecodeError`], and sessions that
//! are individually broken are skipped and counted rather than sinking the whole history.

use super::history::History;
use super::session::Session;
use serde::Serialize;
use serde_json::{Map, Value};
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

/// Reads a stored document or a backup file, of this version or an older one.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|_| DecodeError::NotJson)?;
    let Value::Object(document) = value else {
        return Err(DecodeError::Foreign);
    };
    if document.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DecodeError::Foreign);
    }
    let version = document
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(DecodeError::BadShape)?;
    if version > VERSION {
        return Err(DecodeError::NewerVersion { version });
    }
    let document = migrate(version, document)?;
    read_current(document)
}

/// Upgrades an older document to the current shape, one version at a time.
/// Version 1 is the first ever written, so there is nothing to upgrade yet; a version 2 adds a
/// `1 => …` step here and a fixture of version 1 keeps it honest.
fn migrate(version: u64, document: Map<String, Value>) -> Result<Map<String, Value>, DecodeError> {
    match version {
        VERSION => Ok(document),
        _ => Err(DecodeError::BadShape),
    }
}

fn read_current(mut document: Map<String, Value>) -> Result<Decoded, DecodeError> {
    let Some(Value::Array(raw_sessions)) = document.remove("sessions") else {
        return Err(DecodeError::BadShape);
    };
    let tombstones = match document.remove("deleted") {
        None => BTreeMap::new(),
        Some(deleted) => serde_json::from_value::<BTreeMap<String, i64>>(deleted)
            .map_err(|_| DecodeError::BadShape)?,
    };
    let exported_at = document.get("exported_at").and_then(Value::as_i64);
    let total = raw_sessions.len();
    let sessions: Vec<Session> = raw_sessions
        .into_iter()
        .filter_map(|raw| serde_json::from_value::<Session>(raw).ok())
        .filter(|session| session.validate().is_ok())
        .collect();
    let skipped = total - sessions.len();
    Ok(Decoded {
        history: History::new(sessions, tombstones),
        skipped,
        exported_at,
    })
}
