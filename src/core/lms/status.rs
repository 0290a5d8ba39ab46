//! What the widget knows of the LMS it runs in, and the history restored from it at launch.

use crate::core::lms::compact::Read;
use crate::core::model::history::History;

/// Why the LMS's copy is left alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Unreadable,
    Newer,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LmsStatus {
    /// A SCORM runtime was found and initialised.
    pub connected: bool,
    /// Its `suspend_data` could not be read: it is never written, and can be downloaded.
    pub problem: Option<Problem>,
    /// After the last write: sessions kept only in this browser (ids, newest first).
    pub left_out: Vec<String>,
    /// After the last write: the session saved was too long and went in without its texts.
    pub trimmed: bool,
}

impl LmsStatus {
    /// The LMS keeps the history: connected, and its copy is ours to write.
    pub fn keeps_history(&self) -> bool {
        self.connected && self.problem.is_none()
    }
}

/// The history at launch: the LMS's (its home) merged with this browser's copy (a cache that may
/// hold sessions the LMS had no room for). On a tie the browser's copy is kept: it is never the
/// shorter one (the LMS's may lack a too-long session's texts).
pub fn restore(local: &History, read: Read) -> (History, LmsStatus) {
    let connected = LmsStatus {
        connected: true,
        ..LmsStatus::default()
    };
    match read {
        Read::Empty => (local.clone(), connected),
        Read::History(lms) => (lms.merge(local), connected),
        Read::Newer | Read::Unreadable => (
            local.clone(),
            LmsStatus {
                problem: Some(if read == Read::Newer {
                    Problem::Newer
                } else {
                    Problem::Unreadable
                }),
                ..connected
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lms::compact;
    use crate::core::model::session::Session;
    use crate::core::model::sorted_map::SortedMap;

    fn s(id: &str, created: i64, note: &str) -> Session {
        let mut s = Session::new(id.into(), created);
        s.ratings.insert("agility.speed".into(), 3);
        if !note.is_empty() {
            s.notes.insert("agility.speed".into(), note.into());
        }
        s
    }

    #[test]
    fn the_lms_history_and_the_browser_cache_are_merged() {
        let lms = History::new(vec![s("a", 10, ""), s("b", 20, "")], SortedMap::new());
        let local = History::new(vec![s("old", 5, ""), s("b", 20, "full")], SortedMap::new());
        let text = compact::encode(&lms.sessions().iter().collect::<Vec<_>>(), &[], Some("b"));
        let (history, status) = restore(&local, compact::decode(&text));
        let ids: Vec<&str> = history.sessions().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["b", "a", "old"]);
        assert_eq!(history.get("b").unwrap().note("agility.speed"), "full");
        assert!(status.keeps_history());
    }

    #[test]
    fn a_fresh_browser_gets_the_lms_history() {
        let lms = History::new(vec![s("a", 10, "n")], SortedMap::new());
        let text = compact::encode(&lms.sessions().iter().collect::<Vec<_>>(), &[], None);
        let (history, _) = restore(&History::default(), compact::decode(&text));
        assert_eq!(history, lms);
    }

    #[test]
    fn unreadable_or_newer_data_is_left_alone() {
        let local = History::new(vec![s("a", 10, "")], SortedMap::new());
        let (history, status) = restore(&local, compact::decode("garbage"));
        assert_eq!(history, local);
        assert_eq!(status.problem, Some(Problem::Unreadable));
        assert!(!status.keeps_history());
        let (_, status) = restore(&local, compact::decode(r#"{"cermin":9}"#));
        assert_eq!(status.problem, Some(Problem::Newer));
    }
}
