//! The saved sessions, newest first, with tombstones so a deletion survives merges from other tabs.

use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use std::cmp::Ordering;

/// Every saved session and every deletion. Kept sorted newest first (by creation, then id) so
/// that lists, "previous session" and growth series need no sorting of their own.
// `Eq` also lets `Rc<History>` compare by pointer first, which keeps UI re-renders cheap.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    sessions: Vec<Session>,
    /// Session id → when it was deleted. A copy of a session saved before that time (a stale tab,
    /// an old backup) stays deleted; one saved after it (an undo, a later edit) wins.
    tombstones: SortedMap<String, i64>,
    /// Framework id → the framework file a person added, kept so that its sessions still read.
    frameworks: SortedMap<String, KeptFramework>,
}

/// A framework file kept with the history, as the text that was read (`frameworks::file`), so
/// that it goes through the one loader again and is written back exactly as it came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptFramework {
    /// When it was added (ms since the epoch): of two files of one framework, the later wins.
    pub added: i64,
    /// The framework file, JSON.
    pub file: String,
}

impl History {
    pub fn new(mut sessions: Vec<Session>, tombstones: SortedMap<String, i64>) -> History {
        // Sorting once keeps loading 1,000 sessions linear-logarithmic, where putting them one
        // by one would be quadratic. Per id, the copy saved last comes first and is kept.
        // Both orders share one comparator type, so the wasm carries one sort, not two.
        type Order = fn(&Session, &Session) -> Ordering;
        let by_id_latest_first: Order = |a, b| (&a.id, b.updated).cmp(&(&b.id, a.updated));
        let newest_first: Order = |a, b| (b.created, &b.id).cmp(&(a.created, &a.id));
        sessions.sort_unstable_by(by_id_latest_first);
        // An older copy gives way, but not the feedback it holds (see `Session::keep_feedback_of`).
        sessions.dedup_by(|older, kept| {
            let same = older.id == kept.id;
            if same {
                kept.keep_feedback_of(older);
            }
            same
        });
        sessions.retain(|s| tombstones.get(&s.id).is_none_or(|&at| at < s.updated));
        sessions.sort_unstable_by(newest_first);
        History {
            sessions,
            tombstones,
            frameworks: SortedMap::new(),
        }
    }

    /// A history of `session` alone that keeps `other`'s framework files: what a "share with
    /// trainer" file holds (`store::share`).
    pub fn one_with_frameworks_of(session: Session, other: &History) -> History {
        History {
            sessions: vec![session],
            tombstones: SortedMap::new(),
            frameworks: other.frameworks.clone(),
        }
    }

    /// The framework files kept with this history, by framework id.
    pub fn frameworks(&self) -> &SortedMap<String, KeptFramework> {
        &self.frameworks
    }

    /// Keeps a framework file with the history; an earlier file of the same framework gives way.
    /// Returns whether anything changed.
    pub fn keep_framework(&mut self, id: &str, kept: KeptFramework) -> bool {
        match self.frameworks.get(id) {
            Some(known) if known.added >= kept.added || *known == kept => false,
            _ => {
                self.frameworks.insert(id.to_string(), kept);
                true
            }
        }
    }

    /// Newest first.
    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    pub fn tombstones(&self) -> &SortedMap<String, i64> {
        &self.tombstones
    }

    pub fn get(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    pub fn len(&self) -> usize {
        self.sessions.len()
    }

    /// The newest session created before the given one: what "compare with previous" means.
    pub fn previous(&self, id: &str) -> Option<&Session> {
        let position = self.sessions.iter().position(|s| s.id == id)?;
        self.sessions.get(position + 1)
    }

    /// Saves a session, replacing an older copy with the same id. Returns whether anything
    /// changed: a copy older than the kept one, or than a deletion of it, changes nothing but
    /// the feedback the kept copy lacks (feedback is only ever added: `Session::keep_feedback_of`).
    pub fn put(&mut self, mut session: Session) -> bool {
        if self
            .tombstones
            .get(&session.id)
            .is_some_and(|&deleted| deleted >= session.updated)
        {
            return false;
        }
        if let Some(i) = self.sessions.iter().position(|s| s.id == session.id) {
            if self.sessions[i].updated > session.updated {
                return self.sessions[i].keep_feedback_of(&session);
            }
            session.keep_feedback_of(&self.sessions.remove(i));
        }
        let at = self
            .sessions
            .partition_point(|s| (s.created, &s.id) > (session.created, &session.id));
        self.sessions.insert(at, session);
        true
    }

    /// Keeps requests for feedback and others' responses (`core::feedback::kept`: each id and
    /// its file's text) with a saved session, each replacing what the session kept under its id:
    /// the feedback intake has decided which copy of a response stays. Nothing else is removed.
    /// Returns whether anything changed (`false` too when the session is not saved here).
    pub fn keep_feedback(
        &mut self,
        id: &str,
        feedback: impl IntoIterator<Item = (String, String)>,
    ) -> bool {
        let Some(session) = self.sessions.iter_mut().find(|s| s.id == id) else {
            return false;
        };
        let mut changed = false;
        for (key, text) in feedback {
            if session.feedback.get(&key) != Some(&text) {
                session.feedback.insert(key, text);
                changed = true;
            }
        }
        changed
    }

    /// Deletes a session and records when, returning it so the person can undo.
    pub fn delete(&mut self, id: &str, now: i64) -> Option<Session> {
        let i = self.sessions.iter().position(|s| s.id == id)?;
        let deleted = self.sessions.remove(i);
        // A deletion must outrank the copy it deletes, even within the same millisecond.
        let at = now.max(deleted.updated);
        self.tombstones.insert(id.to_string(), at);
        Some(deleted)
    }

    /// Brings a deleted session back; it is saved as new so it outranks its tombstone everywhere.
    pub fn restore(&mut self, mut session: Session, now: i64) {
        let deleted_at = self.tombstones.remove(&session.id).unwrap_or(i64::MIN);
        session.updated = now.max(deleted_at.saturating_add(1));
        self.put(session);
    }

    /// Everything either side knows: per id the newest copy, unless a later deletion says otherwise.
    pub fn merge(&self, other: &History) -> History {
        let mut merged = self.clone();
        for (id, &at) in &other.tombstones {
            let latest = merged.tombstones.get(id).map_or(at, |&known| known.max(at));
            merged.tombstones.insert(id.clone(), latest);
        }
        let tombstones = &merged.tombstones;
        merged
            .sessions
            .retain(|s| tombstones.get(&s.id).is_none_or(|&at| at < s.updated));
        for session in &other.sessions {
            merged.put(session.clone());
        }
        for (id, kept) in &other.frameworks {
            merged.keep_framework(id, kept.clone());
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(id: &str, created: i64, updated: i64) -> Session {
        Session {
            updated,
            ..Session::new(id.into(), created)
        }
    }

    fn ids(h: &History) -> Vec<&str> {
        h.sessions().iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn keeps_newest_first_whatever_the_order_of_saving() {
        let h = History::new(
            vec![s("b", 20, 20), s("a", 10, 10), s("c", 30, 30)],
            SortedMap::new(),
        );
        assert_eq!(ids(&h), ["c", "b", "a"]);
        assert_eq!(h.previous("c").map(|s| s.id.as_str()), Some("b"));
        assert_eq!(h.previous("a"), None);
    }

    #[test]
    fn a_save_replaces_an_older_copy_but_not_a_newer_one() {
        let mut h = History::default();
        assert!(h.put(s("a", 10, 10)));
        let mut edited = s("a", 10, 15);
        edited.label = "edited".into();
        assert!(h.put(edited));
        assert!(!h.put(s("a", 10, 12)));
        assert_eq!(h.len(), 1);
        assert_eq!(h.get("a").unwrap().label, "edited");
    }

    #[test]
    fn delete_then_undo_brings_the_session_back() {
        let mut h = History::new(vec![s("a", 10, 10), s("b", 20, 20)], SortedMap::new());
        let deleted = h.delete("a", 100).unwrap();
        assert_eq!(ids(&h), ["b"]);
        assert!(!h.put(s("a", 10, 10)), "a stale copy must not resurrect it");
        h.restore(deleted, 100);
        assert_eq!(ids(&h), ["b", "a"]);
        assert!(h.tombstones().is_empty());
    }

    #[test]
    fn merge_keeps_sessions_saved_in_either_tab() {
        let tab1 = History::new(vec![s("a", 10, 10), s("x", 30, 30)], SortedMap::new());
        let tab2 = History::new(vec![s("a", 10, 10), s("y", 40, 40)], SortedMap::new());
        assert_eq!(ids(&tab1.merge(&tab2)), ["y", "x", "a"]);
        assert_eq!(tab1.merge(&tab2), tab2.merge(&tab1));
    }

    #[test]
    fn merge_does_not_undo_a_deletion_with_a_stale_copy() {
        let mut tab1 = History::new(vec![s("a", 10, 10), s("b", 20, 20)], SortedMap::new());
        let stale_tab2 = tab1.clone();
        tab1.delete("a", 50);
        let merged = stale_tab2.merge(&tab1);
        assert_eq!(ids(&merged), ["b"]);
        assert_eq!(ids(&tab1.merge(&stale_tab2)), ["b"]);
    }

    #[test]
    fn merge_keeps_an_edit_made_after_the_deletion() {
        let mut tab1 = History::new(vec![s("a", 10, 10)], SortedMap::new());
        tab1.delete("a", 50);
        let tab2 = History::new(vec![s("a", 10, 60)], SortedMap::new());
        assert_eq!(ids(&tab1.merge(&tab2)), ["a"]);
        assert_eq!(ids(&tab2.merge(&tab1)), ["a"]);
    }

    #[test]
    fn merge_keeps_the_later_file_of_each_framework() {
        let kept = |added: i64| KeptFramework {
            added,
            file: format!("{{\"v\":{added}}}"),
        };
        let mut h1 = History::default();
        assert!(h1.keep_framework("mine", kept(10)));
        assert!(
            !h1.keep_framework("mine", kept(5)),
            "an older file gives way"
        );
        let mut h2 = History::default();
        h2.keep_framework("mine", kept(20));
        h2.keep_framework("other", kept(1));
        for merged in [h1.merge(&h2), h2.merge(&h1)] {
            assert_eq!(merged.frameworks().get("mine"), Some(&kept(20)));
            assert_eq!(merged.frameworks().len(), 2);
        }
    }

    /// A session with others' responses (`core::feedback` writes them; here any text will do).
    fn answered(id: &str, created: i64, updated: i64, responses: &[&str]) -> Session {
        let mut session = s(id, created, updated);
        for r in responses {
            session
                .feedback
                .insert(r.to_string(), format!("{{\"id\":\"{r}\"}}"));
        }
        session
    }

    fn feedback(h: &History, id: &str) -> Vec<String> {
        h.get(id).unwrap().feedback.keys().cloned().collect()
    }

    #[test]
    fn merge_keeps_the_feedback_of_both_copies_in_either_order() {
        let tab1 = History::new(vec![answered("a", 10, 10, &["r1", "r2"])], SortedMap::new());
        // The other tab saved the session later, and added another response.
        let tab2 = History::new(vec![answered("a", 10, 20, &["r2", "r3"])], SortedMap::new());
        for merged in [tab1.merge(&tab2), tab2.merge(&tab1)] {
            assert_eq!(feedback(&merged, "a"), ["r1", "r2", "r3"]);
            assert_eq!(merged.get("a").unwrap().updated, 20);
        }
        assert_eq!(tab1.merge(&tab2), tab2.merge(&tab1));
        // The LMS's copy holds none (`lms::compact`): merging it loses nothing, even when newer.
        let lms = History::new(vec![s("a", 10, 30)], SortedMap::new());
        assert_eq!(feedback(&lms.merge(&tab1), "a"), ["r1", "r2"]);
        // Two different copies of one response: both orders keep the same one.
        let mut edited = tab1.clone();
        edited.keep_feedback(
            "a",
            [("r1".to_string(), "{\"id\":\"r1\",\"x\":1}".to_string())],
        );
        assert_eq!(edited.merge(&tab1), tab1.merge(&edited));
    }

    #[test]
    fn an_older_copy_still_brings_the_feedback_the_kept_one_lacks() {
        let mut h = History::new(vec![answered("a", 10, 20, &["r1"])], SortedMap::new());
        assert!(h.put(answered("a", 10, 15, &["r2"])));
        assert!(!h.put(answered("a", 10, 15, &["r2"])), "nothing new");
        assert_eq!(feedback(&h, "a"), ["r1", "r2"]);
        assert_eq!(h.get("a").unwrap().updated, 20);
        // Two copies in one document, too.
        let two = vec![answered("b", 1, 5, &["x"]), answered("b", 1, 9, &["y"])];
        assert_eq!(
            feedback(&History::new(two, SortedMap::new()), "b"),
            ["x", "y"]
        );
    }

    #[test]
    fn a_deleted_session_s_feedback_stays_deleted_and_comes_back_with_an_undo() {
        let mut tab1 = History::new(vec![answered("a", 10, 10, &["r1"])], SortedMap::new());
        let stale = tab1.clone();
        let deleted = tab1.delete("a", 50).unwrap();
        assert!(tab1.merge(&stale).get("a").is_none());
        assert!(stale.merge(&tab1).get("a").is_none());
        tab1.restore(deleted, 60);
        assert_eq!(feedback(&tab1, "a"), ["r1"]);
    }

    #[test]
    fn feedback_is_kept_with_a_saved_session_only() {
        let mut h = History::new(vec![s("a", 10, 10)], SortedMap::new());
        let kept = |id: &str, text: &str| (id.to_string(), text.to_string());
        assert!(h.keep_feedback("a", [kept("q", "{}"), kept("r", "{\"v\":2}")]));
        assert!(
            !h.keep_feedback("a", [kept("r", "{\"v\":2}")]),
            "nothing new"
        );
        assert!(!h.keep_feedback("missing", [kept("r", "{}")]));
        let a = h.get("a").unwrap();
        assert_eq!((a.feedback.len(), a.updated), (2, 10));
        // The intake decides between two copies of one response: what it passes replaces.
        assert!(h.keep_feedback("a", [kept("r", "{\"v\":1}")]));
        assert_eq!(h.get("a").unwrap().feedback.get("r").unwrap(), "{\"v\":1}");
    }

    #[test]
    fn merge_takes_the_newest_copy_of_each_session() {
        let mut old = s("a", 10, 10);
        old.label = "old".into();
        let mut new = s("a", 10, 20);
        new.label = "new".into();
        let h1 = History::new(vec![old], SortedMap::new());
        let h2 = History::new(vec![new], SortedMap::new());
        assert_eq!(h1.merge(&h2).get("a").unwrap().label, "new");
        assert_eq!(h2.merge(&h1).get("a").unwrap().label, "new");
    }
}
