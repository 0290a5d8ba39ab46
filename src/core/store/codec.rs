//! The versioned storage document: encoding, defensive decoding, and migrations of older versions.
//!
//! The same document is what localStorage holds and what a backup file contains (a backup adds
//! `exported_at`). Decoding never panics: every refusal is a [`DecodeError`], and sessions that
//! are individually broken are skipped and counted rather than sinking the whole history.

use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use crate::core::store::json::{self, Error, Reader, Writer};
use std::borrow::Cow;

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

/// The document localStorage holds.
pub fn encode(history: &History) -> String {
    encode_document(history, None)
}

/// A backup file: the same document, stamped with when it was made.
pub fn encode_backup(history: &History, exported_at: i64) -> String {
    encode_document(history, Some(exported_at))
}

fn encode_document(history: &History, exported_at: Option<i64>) -> String {
    // About what a session takes, so that the text is rarely copied while it grows.
    let mut w = Writer::with_capacity(256 + 1024 * history.len());
    w.object(|w| {
        w.key("format");
        w.string(FORMAT);
        w.key("version");
        w.integer(VERSION as i64);
        if let Some(at) = exported_at {
            w.key("exported_at");
            w.integer(at);
        }
        w.key("sessions");
        w.array(|w| history.sessions().iter().for_each(|s| write_session(w, s)));
        if !history.tombstones().is_empty() {
            w.key("deleted");
            w.object(|w| {
                for (id, &at) in history.tombstones() {
                    w.key(id);
                    w.integer(at);
                }
            });
        }
    });
    w.finish()
}

/// One session as JSON: what this tab keeps of the session on screen.
pub fn encode_session(session: &Session) -> String {
    let mut w = Writer::with_capacity(1024);
    write_session(&mut w, session);
    w.finish()
}

/// A session written by [`encode_session`], if it reads and is valid.
pub fn decode_session(text: &str) -> Option<Session> {
    let mut reader = Reader::new(text);
    let session = read_session(&mut reader).ok()?;
    reader.end().ok()?;
    session.validate().is_ok().then_some(session)
}

/// The top level of a document, each field's JSON text still unread: the version decides how
/// the rest is read (and a migration may rewrite fields before they are).
type Fields<'a> = SortedMap<Cow<'a, str>, &'a str>;

/// Reads a stored document or a backup file, of this version or an older one.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    let document = top_level(text).map_err(|_| {
        // Valid JSON that is not an object is someone else's; anything else is not JSON.
        if json::is_json(text) {
            DecodeError::Foreign
        } else {
            DecodeError::NotJson
        }
    })?;
    if field(&document, "format", Reader::string).as_deref() != Some(FORMAT) {
        return Err(DecodeError::Foreign);
    }
    let version = field(&document, "version", Reader::integer)
        .and_then(|v| u64::try_from(v).ok())
        .ok_or(DecodeError::BadShape)?;
    if version > VERSION {
        return Err(DecodeError::NewerVersion { version });
    }
    let document = migrate(version, document)?;
    read_current(&document)
}

fn top_level(text: &str) -> json::Result<Fields<'_>> {
    let mut reader = Reader::new(text);
    let mut fields = Fields::new();
    reader.object(|r, key| {
        fields.insert(key, r.raw()?);
        Ok(())
    })?;
    reader.end()?;
    Ok(fields)
}

/// A top-level field read with `read`, if it is there and reads.
fn field<'a, T>(
    document: &Fields<'a>,
    name: &str,
    read: impl FnOnce(&mut Reader<'a>) -> json::Result<T>,
) -> Option<T> {
    read(&mut Reader::new(document.get(name)?)).ok()
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
    let raw_sessions = document.get("sessions").ok_or(DecodeError::BadShape)?;
    let (mut total, mut sessions) = (0, Vec::new());
    // Each session on its own: one of the wrong shape is stepped over, and counted.
    Reader::new(raw_sessions)
        .array(|r| {
            total += 1;
            sessions.extend(r.or_skip(read_session)?);
            Ok(())
        })
        .map_err(|_| DecodeError::BadShape)?;
    let tombstones = match document.get("deleted") {
        None => SortedMap::new(),
        Some(_) => field(document, "deleted", read_tombstones).ok_or(DecodeError::BadShape)?,
    };
    Ok(checked(
        total,
        sessions,
        tombstones,
        field(document, "exported_at", Reader::integer),
    ))
}

/// The decoded document, with the sessions whose values are out of range skipped and counted
/// along with the `total − sessions` that did not even read.
fn checked(
    total: usize,
    sessions: Vec<Session>,
    tombstones: SortedMap<String, i64>,
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

/// A session's fields, in the order they are written. The first three are required; the others
/// are left out when empty, which keeps 1,000 sessions small.
const SESSION_FIELDS: [&str; 9] = [
    "id",
    "created",
    "updated",
    "label",
    "ratings",
    "targets",
    "notes",
    "reflection",
    "next_step",
];

fn write_session(w: &mut Writer, s: &Session) {
    w.object(|w| {
        w.key("id");
        w.string(&s.id);
        w.key("created");
        w.integer(s.created);
        w.key("updated");
        w.integer(s.updated);
        let text = |w: &mut Writer, key: &str, text: &str| {
            if !text.is_empty() {
                w.key(key);
                w.string(text);
            }
        };
        let levels = |w: &mut Writer, key: &str, levels: &SortedMap<String, u8>| {
            if !levels.is_empty() {
                w.key(key);
                w.object(|w| {
                    for (item, &level) in levels {
                        w.key(item);
                        w.integer(level.into());
                    }
                });
            }
        };
        text(w, "label", &s.label);
        levels(w, "ratings", &s.ratings);
        levels(w, "targets", &s.targets);
        if !s.notes.is_empty() {
            w.key("notes");
            w.object(|w| {
                for (item, note) in &s.notes {
                    w.key(item);
                    w.string(note);
                }
            });
        }
        text(w, "reflection", &s.reflection);
        text(w, "next_step", &s.next_step);
    });
}

/// A session as [`write_session`] writes it. A field of the wrong type, one this build does not
/// know, or one given twice makes it the wrong shape: never half a session.
fn read_session(r: &mut Reader) -> json::Result<Session> {
    let mut session = Session::default();
    let mut seen = [false; SESSION_FIELDS.len()];
    r.object(|r, key| {
        let index = SESSION_FIELDS
            .iter()
            .position(|&f| f == key)
            .ok_or(Error::Shape)?;
        if std::mem::replace(&mut seen[index], true) {
            return Err(Error::Shape);
        }
        let s = &mut session;
        match index {
            0 => s.id = r.string()?.into_owned(),
            1 => s.created = r.integer()?,
            2 => s.updated = r.integer()?,
            3 => s.label = r.string()?.into_owned(),
            4 => s.ratings = read_levels(r)?,
            5 => s.targets = read_levels(r)?,
            6 => s.notes = read_map(r, |r| Ok(r.string()?.into_owned()))?,
            7 => s.reflection = r.string()?.into_owned(),
            _ => s.next_step = r.string()?.into_owned(),
        }
        Ok(())
    })?;
    if seen[..3].contains(&false) {
        return Err(Error::Shape);
    }
    Ok(session)
}

/// Item id → level. A level must fit a byte here; its scale is checked by `Session::validate`.
fn read_levels(r: &mut Reader) -> json::Result<SortedMap<String, u8>> {
    read_map(r, |r| u8::try_from(r.integer()?).map_err(|_| Error::Shape))
}

/// Session id → when it was deleted.
fn read_tombstones(r: &mut Reader) -> json::Result<SortedMap<String, i64>> {
    read_map(r, Reader::integer)
}

/// An object read into a map, each value with `value`; a key given twice keeps its last value.
fn read_map<'a, V>(
    r: &mut Reader<'a>,
    mut value: impl FnMut(&mut Reader<'a>) -> json::Result<V>,
) -> json::Result<SortedMap<String, V>> {
    let mut map = SortedMap::new();
    r.object(|r, key| {
        map.insert(key.into_owned(), value(r)?);
        Ok(())
    })?;
    Ok(map)
}
