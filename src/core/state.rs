//! The widget's state and its one reducer: every change is an [`Action`] applied here.
//!
//! Pure: time and ids come in with the actions, and persistence is not done here. The UI writes
//! the history in an effect keyed on [`State::revision`], which the reducer bumps whenever the
//! person changed the history.

use super::frameworks::FrameworkId;
use super::history::History;
use super::i18n::Lang;
use super::session::Session;
use super::texts::T;
use std::rc::Rc;

/// Whether and how the history reaches browser storage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StorageMode {
    /// Saved to localStorage.
    #[default]
    Persistent,
    /// No storage here (sandboxed frame, blocked or disabled): kept in memory only.
    MemoryOnly,
    /// The stored document is from a newer Cermin: never written, only read and exported.
    ReadOnly,
}

/// What was found when the stored document was read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub history: History,
    pub mode: StorageMode,
    /// Unreadable data was set aside under the quarantine key.
    pub quarantined: bool,
    /// Sessions that could not be read (their original is in the quarantine).
    pub skipped: usize,
}

/// Why a write did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// A newer Cermin wrote the stored document since we read it.
    Newer,
    Quota,
    Unavailable,
    Other,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub framework: FrameworkId,
    /// The session on screen. It is in the history once saved; edits update it on the next save.
    pub draft: Session,
    pub history: Rc<History>,
    pub mode: StorageMode,
    pub quarantined: bool,
    pub skipped: usize,
    /// The latest thing to tell the person (shown and announced politely).
    pub status: Option<T>,
    /// Bumped whenever the person changed the history: the key of the persistence effect.
    pub revision: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetFramework(FrameworkId),
    /// Sets (or, with `None`, clears) the rating of an item.
    Rate {
        item: String,
        level: Option<u8>,
    },
    Save {
        now: i64,
    },
    Open {
        id: String,
    },
    /// Starts a new session, prefilled from the one on screen or blank.
    NewSession {
        id: String,
        now: i64,
        prefill: bool,
    },
    /// The persistence effect wrote the history (merged with what other tabs had written).
    Persisted {
        history: History,
    },
    /// The persistence effect could not write; the stored history is unchanged.
    PersistFailed(WriteError),
    /// Another tab changed the stored history.
    Synced {
        history: History,
    },
}

impl State {
    /// The state at start-up, from what storage held. The newest session opens, so a person
    /// who comes back sees where they left off; with none, a blank session with `new_id`.
    pub fn new(
        lang: Lang,
        framework: FrameworkId,
        loaded: Loaded,
        new_id: String,
        now: i64,
    ) -> State {
        let draft = loaded
            .history
            .sessions()
            .first()
            .cloned()
            .unwrap_or_else(|| Session::new(new_id, now));
        State {
            lang,
            framework,
            draft,
            history: Rc::new(loaded.history),
            mode: loaded.mode,
            quarantined: loaded.quarantined,
            skipped: loaded.skipped,
            status: None,
            revision: 0,
        }
    }

    /// Whether the session on screen differs from its saved copy (or was never saved).
    pub fn has_unsaved_changes(&self) -> bool {
        match self.history.get(&self.draft.id) {
            Some(saved) => !same_content(saved, &self.draft),
            None => !same_content(&Session::default(), &self.draft),
        }
    }

    /// Applies an action. `None` means nothing changed, so the UI can skip re-rendering.
    pub fn apply(&self, action: Action) -> Option<State> {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::SetFramework(framework) => next.framework = framework,
            Action::Rate { item, level } => {
                match level {
                    Some(level) => next.draft.ratings.insert(item, level),
                    None => next.draft.ratings.remove(&item),
                };
                next.status = None;
            }
            Action::Save { now } => {
                if self.mode == StorageMode::ReadOnly {
                    next.status = Some(T::ReadOnlyNewer);
                } else {
                    next.draft.updated = now.max(self.draft.created);
                    Rc::make_mut(&mut next.history).put(next.draft.clone());
                    next.revision += 1;
                    next.status = Some(match self.mode {
                        StorageMode::MemoryOnly => T::SavedInMemory,
                        _ => T::Saved,
                    });
                }
            }
            Action::Open { id } => {
                next.draft = self.history.get(&id)?.clone();
                next.status = Some(T::Opened);
            }
            Action::NewSession { id, now, prefill } => {
                next.draft = if prefill {
                    self.draft.prefilled_from(id, now)
                } else {
                    Session::new(id, now)
                };
                next.status = Some(T::Started);
            }
            Action::Persisted { history } => next.history = Rc::new(history),
            Action::PersistFailed(WriteError::Newer) => {
                next.mode = StorageMode::ReadOnly;
                next.status = Some(T::ReadOnlyNewer);
            }
            Action::PersistFailed(error) => {
                next.status = Some(match error {
                    WriteError::Newer => T::ReadOnlyNewer,
                    WriteError::Quota => T::QuotaExceeded,
                    WriteError::Unavailable => T::StorageUnavailable,
                    WriteError::Other => T::WriteFailed,
                });
            }
            Action::Synced { history } => {
                next.history = Rc::new(history);
                next.status = Some(T::OtherTabChanged);
            }
        }
        (next != *self).then_some(next)
    }
}

/// Equal apart from save times: what "unsaved changes" compares.
fn same_content(a: &Session, b: &Session) -> bool {
    a.ratings == b.ratings
        && a.targets == b.targets
        && a.notes == b.notes
        && a.label == b.label
        && a.reflection == b.reflection
        && a.next_step == b.next_step
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> State {
        State::new(
            Lang::En,
            FrameworkId::Agility,
            Loaded::default(),
            "s1".into(),
            1_000,
        )
    }

    fn rate(item: &str, level: u8) -> Action {
        Action::Rate {
            item: item.into(),
            level: Some(level),
        }
    }

    #[test]
    fn rating_then_saving_puts_the_session_in_the_history() {
        let s = fresh();
        assert!(!s.has_unsaved_changes());
        let s = s.apply(rate("agility.speed", 4)).unwrap();
        assert!(s.has_unsaved_changes());
        let s = s.apply(Action::Save { now: 2_000 }).unwrap();
        assert!(!s.has_unsaved_changes());
        assert_eq!(s.revision, 1);
        assert_eq!(s.status, Some(T::Saved));
        let saved = s.history.get("s1").unwrap();
        assert_eq!(
            (saved.rating("agility.speed"), saved.updated),
            (Some(4), 2_000)
        );
    }

    #[test]
    fn no_op_actions_report_no_change() {
        let s = fresh();
        assert!(s.apply(Action::SetLang(Lang::En)).is_none());
        assert!(s
            .apply(Action::Open {
                id: "missing".into()
            })
            .is_none());
        let rated = s.apply(rate("agility.speed", 4)).unwrap();
        assert!(rated.apply(rate("agility.speed", 4)).is_none());
    }

    #[test]
    fn opening_a_saved_session_restores_its_ratings() {
        let s = fresh()
            .apply(rate("agility.speed", 4))
            .unwrap()
            .apply(Action::Save { now: 2_000 })
            .unwrap()
            .apply(Action::NewSession {
                id: "s2".into(),
                now: 3_000,
                prefill: false,
            })
            .unwrap();
        assert_eq!(s.draft.rating("agility.speed"), None);
        let s = s.apply(Action::Open { id: "s1".into() }).unwrap();
        assert_eq!(s.draft.rating("agility.speed"), Some(4));
    }

    #[test]
    fn start_up_opens_the_newest_saved_session() {
        let mut history = History::default();
        history.put(Session::new("old".into(), 10));
        history.put(Session::new("new".into(), 20));
        let loaded = Loaded {
            history,
            ..Loaded::default()
        };
        let s = State::new(Lang::Id, FrameworkId::DigComp, loaded, "unused".into(), 30);
        assert_eq!(s.draft.id, "new");
    }

    #[test]
    fn read_only_history_is_never_changed_by_save() {
        let loaded = Loaded {
            mode: StorageMode::ReadOnly,
            ..Loaded::default()
        };
        let s = State::new(Lang::En, FrameworkId::Agility, loaded, "s1".into(), 1);
        let s = s.apply(rate("agility.speed", 2)).unwrap();
        let s = s.apply(Action::Save { now: 5 }).unwrap();
        assert_eq!(s.revision, 0);
        assert!(s.history.is_empty());
        assert_eq!(s.status, Some(T::ReadOnlyNewer));
    }

    #[test]
    fn a_failed_write_keeps_the_session_on_screen_and_says_why() {
        let s = fresh()
            .apply(rate("agility.speed", 3))
            .unwrap()
            .apply(Action::Save { now: 2 })
            .unwrap()
            .apply(Action::PersistFailed(WriteError::Quota))
            .unwrap();
        assert_eq!(s.draft.rating("agility.speed"), Some(3));
        assert_eq!(s.status, Some(T::QuotaExceeded));
    }
}
