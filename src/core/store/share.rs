//! The "share with trainer" file: one session a participant hands in, with an optional name.
//!
//! Written by the learner's widget, read by the cohort page. It is a backup document
//! (`cermin.history`, written by `codec` like any backup, so the widget carries no second
//! writer) holding only the chosen session, the framework files the person added (so the
//! trainer's page can show a framework added from a file), and `name`. Notes (the
//! per-item notes, the reflection and the next step) are in it only when the person chose
//! "Share with trainer, with my notes". Others' feedback on the session is never in it. Version 1 of the share file (`cermin.share`) is still read ([`ShareFileV1`]).

use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use crate::core::store::codec;
use serde::Deserialize;

/// The `format` field of a version-1 share file (the cohort page still reads them).
pub const SHARE_FORMAT: &str = "cermin.share";
/// The newest version of the `cermin.share` format; later share files are backup documents.
pub const SHARE_VERSION: u64 = 1;
/// The longest name or pseudonym kept.
pub const MAX_NAME_CHARS: usize = 120;

/// The share file for `session`: `name` trimmed (and left out when empty), notes only if asked,
/// and every framework file the person added (kept in `history`). All of them rather than those
/// the session rates: a framework file holds no reflection, the cohort page offers only
/// frameworks someone rated, and choosing costs the widget's wasm (issue 15's size limit).
pub fn share_file(
    session: &Session,
    history: &History,
    name: &str,
    include_notes: bool,
    now: i64,
) -> String {
    // The widget's field holds at most MAX_NAME_CHARS (`maxlength`); the cohort page cuts a
    // longer one when it reads the file.
    let name = name.trim();
    let mut session = session.clone();
    // Others' feedback never goes to the trainer: the raters answered the person, not a class
    // (and a trainer who rated the person as a supervisor would see their own answer among few).
    session.feedback = SortedMap::new();
    if !include_notes {
        session.notes = SortedMap::new();
        session.reflection.clear();
        session.next_step.clear();
    }
    let one = History::one_with_frameworks_of(session, history);
    codec::encode_document(&one, Some(now), (!name.is_empty()).then_some(name))
}

/// A version-1 share file, as the widget wrote it before share files were backup documents.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ShareFileV1 {
    pub format: String,
    pub version: u64,
    #[serde(default)]
    pub name: Option<String>,
    /// When the file was made, ms since the epoch.
    pub shared_at: i64,
    /// The session in its stored form.
    pub session: Session,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::history::KeptFramework;

    fn session() -> Session {
        let mut s = Session::new("s-1".into(), 1_700_000_000_000);
        s.ratings.insert("agility.speed".into(), 3);
        s.targets.insert("mine.a1.1".into(), 4);
        s.notes.insert("agility.speed".into(), "rushed".into());
        s.reflection = "I learnt".into();
        s.next_step = "Practise".into();
        s.label = "Before".into();
        s
    }

    /// A history with another session, and two framework files the person added.
    fn history() -> History {
        let mut other = Session::new("s-2".into(), 1_600_000_000_000);
        other.ratings.insert("agility.speed".into(), 1);
        other.label = "another session".into();
        let mut history = History::new(vec![session(), other], SortedMap::new());
        for (id, added) in [("mine", 7), ("other", 9)] {
            let file = format!("{{\"id\":\"{id}\"}}");
            history.keep_framework(id, KeptFramework { added, file });
        }
        history
    }

    #[test]
    fn leaves_notes_out_unless_asked() {
        let without = share_file(&session(), &history(), "  ", false, 5);
        assert!(!without.contains("rushed") && !without.contains("I learnt"));
        assert!(!without.contains("Practise") && !without.contains("\"name\""));
        let with = share_file(&session(), &history(), " Ani ", true, 5);
        for text in ["rushed", "I learnt", "Practise", "\"name\":\"Ani\""] {
            assert!(with.contains(text), "{text} in {with}");
        }
    }

    #[test]
    fn never_carries_others_feedback() {
        let mut asked = session();
        asked
            .feedback
            .insert("rq".into(), r#"{"name":"Ani"}"#.into());
        asked
            .feedback
            .insert("rs".into(), r#"{"comment":"secret"}"#.into());
        for notes in [false, true] {
            let text = share_file(&asked, &history(), "Ani", notes, 5);
            assert!(
                !text.contains("secret") && !text.contains("\"feedback\""),
                "{text}"
            );
            let decoded = codec::decode(&text).unwrap();
            assert!(decoded.history.sessions()[0].feedback.is_empty());
        }
    }

    #[test]
    fn is_a_backup_of_the_one_session_with_the_person_s_framework_files() {
        let text = share_file(&session(), &history(), "Ani", true, 5);
        // The widget reads it as a backup (field by field: it does not read `name`).
        let decoded = codec::decode(&text).unwrap();
        assert_eq!(decoded.history.sessions(), [session()]);
        assert_eq!(decoded.exported_at, Some(5));
        assert_eq!(decoded.skipped, 0);
        assert!(!text.contains("another session"));
        assert_eq!(decoded.history.frameworks(), history().frameworks());
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], codec::FORMAT);
        assert_eq!(value["name"], "Ani");
    }
}
