//! The versioned storage document: encoding, defensive decoding, and migrations of older versions.
//!
//! The same document is what localStorage holds and what a backup file contains (a backup adds
//! `exported_at`); its types are in [`super::document`]. Decoding never panics: every refusal is
//! a [`DecodeError`], and sessions that are individually broken are skipped and counted rather
//! than sinking the whole history.

use crate::core::model::history::{History, KeptFramework};
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use crate::core::store::document::{Document, StoredFramework};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::borrow::Cow;

/// The `format` field that marks a document as ours.
pub const FORMAT: &str = "cermin.history";
/// The version this build writes. Every version ever written has a fixture in `tests/fixtures/`.
pub const VERSION: u64 = 3;
/// Larger input is refused before parsing, which bounds the decoder's memory.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;
/// At most this many arrays and objects inside one another, anywhere in a document (Cermin
/// writes 4, and 3 more than a kept framework file has). The same as serde_json's own limit on
/// what it reads into types.
pub const MAX_DEPTH: usize = 128;

/// Why a document was refused. Each has a message in both languages (`texts`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooLarge {
        bytes: usize,
    },
    NotJson,
    /// Arrays or objects nested deeper than [`MAX_DEPTH`]: refused, not followed.
    TooDeep,
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

/// The document localStorage holds.
pub fn encode(history: &History) -> String {
    encode_document(history, None, None)
}

/// A backup file: the same document, stamped with when it was made.
pub fn encode_backup(history: &History, exported_at: i64) -> String {
    encode_document(history, Some(exported_at), None)
}

/// A backup that also names the person (a "share with trainer" file, `super::share`).
pub(crate) fn encode_document(
    history: &History,
    exported_at: Option<i64>,
    name: Option<&str>,
) -> String {
    to_json(&Document {
        format: Cow::Borrowed(FORMAT),
        version: VERSION,
        exported_at,
        name,
        sessions: Cow::Borrowed(history.sessions()),
        deleted: Cow::Borrowed(history.tombstones()),
        frameworks: history
            .frameworks()
            .values()
            .filter_map(|kept| {
                Some(StoredFramework {
                    added: kept.added,
                    file: RawValue::from_string(kept.file.clone()).ok()?,
                })
            })
            .collect(),
    })
}

/// One session as JSON: what this tab keeps of the session on screen.
pub fn encode_session(session: &Session) -> String {
    to_json(session)
}

fn to_json(value: &impl Serialize) -> String {
    // Cannot fail: every map of these types has string keys, and every value is serialisable.
    serde_json::to_string(value).expect("a history serialises to JSON")
}

/// A session written by [`encode_session`], if it reads and is valid.
pub fn decode_session(text: &str) -> Option<Session> {
    let session: Session = serde_json::from_str(text).ok()?;
    session.validate().is_ok().then_some(session)
}

/// Reads a stored document or a backup file, of this version or an older one.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    // What this build writes (or a version that reads as it is), every session readable: one
    // pass straight into sessions. Its types know every field, so the only thing stepped over
    // unread is a kept framework file, whose nesting is checked here (it is read when loaded).
    if let Ok(document) = serde_json::from_str::<Document>(text) {
        let shallow = || {
            // The document, its `frameworks` array and the kept file's object hold the file.
            (document.frameworks.iter()).all(|f| !nests_deeper_than(f.file.get(), MAX_DEPTH - 3))
        };
        if document.format == FORMAT && reads_as_current(document.version) && shallow() {
            return Ok(checked(
                document.sessions.len(),
                document.sessions.into_owned(),
                document.deleted.into_owned(),
                document.frameworks,
                document.exported_at,
            ));
        }
    }
    decode_field_by_field(text)
}

/// The newest `n` sessions of a long document (it is written newest first), with its deletions
/// and kept framework files: what the first screen shows. The other sessions are only stepped
/// over, which is several times faster than [`decode`], which reads them afterwards.
/// `None` (read it with [`decode`]) when the document has no more than `n` sessions, is not a
/// current one, or one of those `n`, or a kept framework file, does not read.
pub fn decode_newest(text: &str, n: usize) -> Option<Decoded> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return None;
    }
    let fields: Fields = serde_json::from_str(text).ok()?;
    let ours = field::<String>(&fields, "format").as_deref() == Some(FORMAT);
    if !ours || !field::<u64>(&fields, "version").is_some_and(reads_as_current) {
        return None;
    }
    let sessions: Vec<&RawValue> = field(&fields, "sessions")?;
    if sessions.len() <= n {
        return None;
    }
    let decoded = read_with_sessions(&fields, &sessions[..n]).ok()?;
    // What [`decode`] would refuse or set aside is left to it: nesting is checked only there.
    let shallow = (decoded.history.frameworks().values())
        .all(|kept| !nests_deeper_than(&kept.file, MAX_DEPTH - 3));
    (decoded.skipped == 0 && shallow).then_some(decoded)
}

/// The top level of a document, each field's JSON text still unread: the version decides how
/// the rest is read (and a migration may rewrite fields before they are).
type Fields<'a> = SortedMap<String, &'a RawValue>;

/// Anything else: an older version, a damaged session, a field this build does not know, or a
/// text to refuse with the reason why.
fn decode_field_by_field(text: &str) -> Result<Decoded, DecodeError> {
    // serde_json steps over unread values (a field it does not know, a session set aside)
    // without a depth limit; the limit here is the document's, whatever reads it.
    if nests_deeper_than(text, MAX_DEPTH) {
        return Err(DecodeError::TooDeep);
    }
    let fields: Fields = serde_json::from_str(text).map_err(|_| {
        // Valid JSON that is not an object is someone else's; anything else is not JSON.
        if serde_json::from_str::<IgnoredAny>(text).is_ok() {
            DecodeError::Foreign
        } else {
            DecodeError::NotJson
        }
    })?;
    if field::<String>(&fields, "format").as_deref() != Some(FORMAT) {
        return Err(DecodeError::Foreign);
    }
    let version = field::<u64>(&fields, "version").ok_or(DecodeError::BadShape)?;
    if version > VERSION {
        return Err(DecodeError::NewerVersion { version });
    }
    let fields = migrate(version, fields)?;
    read_current(&fields)
}

/// Whether arrays and objects nest deeper than `limit` anywhere in the text (brackets inside
/// strings do not count). Linear, without recursion.
fn nests_deeper_than(text: &str, limit: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match byte {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > limit {
                        return true;
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    false
}

/// A top-level field read as a `T`, if it is there and reads.
fn field<'a, T: Deserialize<'a>>(fields: &Fields<'a>, name: &str) -> Option<T> {
    serde_json::from_str(fields.get(name)?.get()).ok()
}

/// Upgrades an older document to the current shape, one version at a time; the fixture of each
/// version keeps its step honest.
fn migrate(version: u64, fields: Fields) -> Result<Fields, DecodeError> {
    if reads_as_current(version) {
        Ok(fields)
    } else {
        Err(DecodeError::BadShape)
    }
}

/// Whether a document of this version reads as a current one, with no step of [`migrate`].
/// 1 → 2: version 2 adds what version 1 never has, so a version-1 document reads as it is: the
/// framework files a person added (`frameworks`) and, in a session, the framework versions it
/// was rated with. (A version-1 build refuses version 2 as newer, so it never drops them.)
/// 2 → 3: version 3 adds, in a session, others' feedback on it (`feedback`: the requests made
/// from it and the responses, each as its file's JSON text), which no earlier version has: a
/// version-1 or -2 document reads as it is. (A version-2 build refuses version 3 as newer, so it
/// never drops them.)
fn reads_as_current(version: u64) -> bool {
    matches!(version, 1 | 2 | VERSION)
}

fn read_current(fields: &Fields) -> Result<Decoded, DecodeError> {
    let sessions: Vec<&RawValue> = field(fields, "sessions").ok_or(DecodeError::BadShape)?;
    read_with_sessions(fields, &sessions)
}

/// The document with these of its sessions (all, or the newest few).
fn read_with_sessions(fields: &Fields, raw_sessions: &[&RawValue]) -> Result<Decoded, DecodeError> {
    // Each session on its own: one of the wrong shape is stepped over, and counted.
    let sessions = raw_sessions
        .iter()
        .filter_map(|raw| serde_json::from_str::<Session>(raw.get()).ok())
        .collect();
    let tombstones = match fields.get("deleted") {
        None => SortedMap::new(),
        Some(_) => field(fields, "deleted").ok_or(DecodeError::BadShape)?,
    };
    // Each kept framework file on its own, too: one of the wrong shape is left out, the
    // sessions stay (their ratings show by item id).
    let raw_frameworks: Vec<&RawValue> = field(fields, "frameworks").unwrap_or_default();
    let frameworks = raw_frameworks
        .iter()
        .filter_map(|raw| serde_json::from_str::<StoredFramework>(raw.get()).ok())
        .collect();
    Ok(checked(
        raw_sessions.len(),
        sessions,
        tombstones,
        frameworks,
        field(fields, "exported_at"),
    ))
}

/// Only the id of a kept framework file.
#[derive(Deserialize)]
struct FrameworkId {
    id: String,
}

/// The decoded document, with the sessions whose values are out of range skipped and counted
/// along with the `total − sessions` that did not even read.
fn checked(
    total: usize,
    sessions: Vec<Session>,
    tombstones: SortedMap<String, i64>,
    frameworks: Vec<StoredFramework>,
    exported_at: Option<i64>,
) -> Decoded {
    let sessions: Vec<Session> = sessions
        .into_iter()
        .filter(|session| session.validate().is_ok())
        .collect();
    let skipped = total - sessions.len();
    let mut history = History::new(sessions, tombstones);
    for stored in frameworks {
        // The id is only the key: the file is checked when it is loaded.
        let id = serde_json::from_str::<FrameworkId>(stored.file.get()).map(|f| f.id);
        if let Ok(id) = id {
            let file = stored.file.get().to_string();
            history.keep_framework(
                &id,
                KeptFramework {
                    added: stored.added,
                    file,
                },
            );
        }
    }
    Decoded {
        skipped,
        history,
        exported_at,
    }
}
