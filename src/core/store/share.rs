//! The "share with trainer" file: one session a participant hands in, with an optional name.
//!
//! Written by the learner's widget, read by the cohort page. Notes (the per-item notes, the
//! reflection and the next step) are in it only when the person ticked "include my notes".

use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};

/// The `format` field that marks a file as a shared session.
pub const SHARE_FORMAT: &str = "cermin.share";
/// The version this build writes and the newest it reads.
pub const SHARE_VERSION: u64 = 1;
/// The longest name or pseudonym kept.
pub const MAX_NAME_CHARS: usize = 120;

/// The whole file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareFile {
    pub format: String,
    pub version: u64,
    /// What the person typed as their name or pseudonym; left out when they typed nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the file was made, ms since the epoch.
    pub shared_at: i64,
    /// The session in its stored form (`model::session::Session`'s serde form).
    pub session: Session,
}

impl ShareFile {
    /// The file for `session`: `name` trimmed (and left out when empty), notes only if asked.
    pub fn new(session: &Session, name: &str, include_notes: bool, now: i64) -> ShareFile {
        // The widget's field holds at most MAX_NAME_CHARS (`maxlength`); the cohort page cuts a
        // longer one when it reads the file.
        let name = name.trim().to_string();
        let mut session = session.clone();
        if !include_notes {
            session.notes = SortedMap::new();
            session.reflection.clear();
            session.next_step.clear();
        }
        ShareFile {
            format: SHARE_FORMAT.to_string(),
            version: SHARE_VERSION,
            name: (!name.is_empty()).then_some(name),
            shared_at: now,
            session,
        }
    }

    /// The file's text (JSON).
    pub fn encode(&self) -> String {
        // Plain data with string keys: serialising it cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        let mut s = Session::new("s-1".into(), 1_700_000_000_000);
        s.ratings.insert("agility.speed".into(), 3);
        s.targets.insert("agility.speed".into(), 5);
        s.notes.insert("agility.speed".into(), "rushed".into());
        s.reflection = "I learnt".into();
        s.next_step = "Practise".into();
        s.label = "Before".into();
        s
    }

    #[test]
    fn leaves_notes_out_unless_asked() {
        let without = ShareFile::new(&session(), "  ", false, 5).encode();
        assert!(!without.contains("rushed") && !without.contains("I learnt"));
        assert!(!without.contains("Practise") && !without.contains("\"name\""));
        let with = ShareFile::new(&session(), " Ani ", true, 5).encode();
        for text in ["rushed", "I learnt", "Practise", "\"name\":\"Ani\""] {
            assert!(with.contains(text), "{text} in {with}");
        }
    }

    #[test]
    fn round_trips_and_is_marked_as_ours() {
        let file = ShareFile::new(&session(), "Ani", true, 5);
        let value: serde_json::Value = serde_json::from_str(&file.encode()).unwrap();
        assert_eq!(value["format"], SHARE_FORMAT);
        assert_eq!(value["version"], SHARE_VERSION);
        let back: ShareFile = serde_json::from_str(&file.encode()).unwrap();
        assert_eq!(back, file);
        assert_eq!(back.session, session());
    }
}
