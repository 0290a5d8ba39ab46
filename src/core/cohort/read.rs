//! Reading one file a participant handed in: a share file (either version) or a full backup,
//! with the name it carries and the framework files it holds; or the reason it is refused.

use crate::core::model::history::KeptFramework;
use crate::core::model::session::Session;
use crate::core::store::codec::{self, DecodeError, MAX_DOCUMENT_BYTES};
use crate::core::store::share::{ShareFileV1, MAX_NAME_CHARS, SHARE_FORMAT, SHARE_VERSION};
use serde::Deserialize;

/// What kind of file a submission came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// One session: a "share with trainer" file (or a backup of a single session).
    Share,
    /// A full backup: a person's whole history.
    Backup,
}

/// Why a file was not used. Each has a message in both languages (`texts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    NotCermin,
    Newer,
    TooLarge,
    Damaged,
    /// A Cermin file without any usable session.
    Empty,
}

/// What one document gave.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The name or pseudonym the person typed, trimmed and cut to [`MAX_NAME_CHARS`].
    pub name: Option<String>,
    pub sessions: Vec<Session>,
    pub source: Source,
    /// The framework files the person had added, as kept with their history (a share file
    /// holds those its session rates). Each is read by the framework loader later, with the
    /// others handed in (`frameworks`).
    pub frameworks: Vec<KeptFramework>,
}

/// Only the fields that say what a document is (and the name); the rest is read once that is
/// known.
#[derive(Deserialize)]
struct Probe {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
    name: Option<serde_json::Value>,
}

/// A share file or a backup, with the name it carries.
pub fn read_document(bytes: &[u8]) -> Result<Document, Refused> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Refused::TooLarge);
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(Refused::NotCermin);
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let probe: Probe = match serde_json::from_str(text) {
        Ok(probe) => probe,
        // Cut short or edited by hand: ours if it says so, else something else entirely.
        Err(_) if text.contains(SHARE_FORMAT) || text.contains(codec::FORMAT) => {
            return Err(Refused::Damaged)
        }
        Err(_) => return Err(Refused::NotCermin),
    };
    let name = probe
        .name
        .as_ref()
        .and_then(|n| n.as_str())
        .map(|n| n.trim().chars().take(MAX_NAME_CHARS).collect::<String>())
        .filter(|n| !n.is_empty());
    match probe.format.as_ref().and_then(|f| f.as_str()) {
        Some(SHARE_FORMAT) => read_share_v1(text, probe.version, name),
        Some(codec::FORMAT) => read_backup(text, name),
        _ => Err(Refused::NotCermin),
    }
}

/// A share file of the first version: one session, no framework files.
fn read_share_v1(
    text: &str,
    version: Option<serde_json::Value>,
    name: Option<String>,
) -> Result<Document, Refused> {
    match version.and_then(|v| v.as_u64()) {
        Some(v) if v > SHARE_VERSION => return Err(Refused::Newer),
        Some(v) if v >= 1 => {}
        _ => return Err(Refused::Damaged),
    }
    let file: ShareFileV1 = serde_json::from_str(text).map_err(|_| Refused::Damaged)?;
    file.session.validate().map_err(|_| Refused::Damaged)?;
    Ok(Document {
        name,
        sessions: vec![file.session],
        source: Source::Share,
        frameworks: Vec::new(),
    })
}

/// A backup document: a full backup, or a share file (one session, and a name if given).
fn read_backup(text: &str, name: Option<String>) -> Result<Document, Refused> {
    let decoded = codec::decode(text).map_err(|error| match error {
        DecodeError::TooLarge { .. } => Refused::TooLarge,
        DecodeError::NewerVersion { .. } => Refused::Newer,
        DecodeError::Foreign => Refused::NotCermin,
        DecodeError::NotJson | DecodeError::TooDeep | DecodeError::BadShape => Refused::Damaged,
    })?;
    // A full backup may hold others' feedback on a session (share files never do): the
    // trainer's page neither needs nor keeps it.
    let sessions: Vec<Session> = (decoded.history.sessions().iter())
        .map(|s| Session {
            feedback: Default::default(),
            ..s.clone()
        })
        .collect();
    if sessions.is_empty() {
        // Sessions that were there but did not read (a level out of range, a field edited by
        // hand) make the file damaged; a file that never held one is empty.
        return Err(if decoded.skipped > 0 {
            Refused::Damaged
        } else {
            Refused::Empty
        });
    }
    Ok(Document {
        source: if sessions.len() == 1 {
            Source::Share
        } else {
            Source::Backup
        },
        name,
        sessions,
        frameworks: decoded.history.frameworks().values().cloned().collect(),
    })
}
