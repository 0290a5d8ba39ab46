//! The widget's state and its one reducer: every change is an [`Action`] applied here.
//!
//! Pure: time and ids come in with the actions, and persistence is not done here. The UI writes
//! the history in an effect keyed on [`State::revision`], which the reducer bumps whenever the
//! person changed the history.

use crate::core::i18n::Lang;
use crate::core::lms::status::LmsStatus;
use crate::core::model::frameworks::file;
use crate::core::model::frameworks::file::FileError;
use crate::core::model::frameworks::{Catalog, Framework};
use crate::core::model::history::{History, KeptFramework};
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use crate::core::report::export::ImportSummary;
use crate::core::texts::T;
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
    /// The session this tab had on screen before a reload, saved or not.
    pub draft: Option<Session>,
    /// The LMS that launched the widget (SCORM), if any; its history is merged into `history`.
    pub lms: LmsStatus,
    /// `history` holds only the newest sessions of a long one: what the first screen shows. The
    /// rest is read in a task of its own after it ([`Action::ReadRest`]).
    pub rest_unread: bool,
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

/// What the status line says (politely announced to screen readers).
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Say(T),
    /// A rating changed: says the item and the level chosen.
    Rated {
        item: String,
        level: Option<u8>,
    },
    Imported(ImportSummary),
    /// A session was deleted: the status offers Undo.
    Deleted,
    /// The person added a framework file.
    FrameworkAdded(&'static Framework),
    /// A framework file was refused: the field and the reason.
    FrameworkRefused(FileError),
}

impl Status {
    /// The message in `lang`; `catalog` names the item of a rating.
    pub fn message(&self, lang: Lang, catalog: &Catalog) -> String {
        match self {
            Status::Say(text) => text.get(lang).to_string(),
            Status::Rated { item, level } => {
                let Some((framework, item)) = catalog.find_item(item) else {
                    return String::new();
                };
                let level = level
                    .and_then(|l| framework.scale.level(l))
                    .map_or(T::Unrated.get(lang), |l| l.name.get(lang));
                T::RatingAnnounced.fill(lang, &[("item", item.name.get(lang)), ("level", level)])
            }
            Status::Imported(counts) => T::ImportSummary.fill(
                lang,
                &[
                    ("added", &counts.added.to_string()),
                    ("updated", &counts.updated.to_string()),
                    ("unchanged", &counts.unchanged.to_string()),
                    ("skipped", &counts.skipped.to_string()),
                ],
            ),
            Status::Deleted => T::DeletedSession.get(lang).to_string(),
            Status::FrameworkAdded(framework) => {
                T::FrameworkAdded.fill(lang, &[("framework", framework.name.get(lang))])
            }
            Status::FrameworkRefused(error) => error.message(lang),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    /// The framework on screen.
    pub framework: &'static Framework,
    /// Every framework this page knows: the built-ins and those added from files.
    pub catalog: Catalog,
    /// Framework id → when the file kept with the history that the catalog holds was added, for
    /// frameworks that came from the history (not from the host page's `?frameworks=`).
    adopted: SortedMap<String, i64>,
    /// The session on screen. It is in the history once saved; edits update it on the next save.
    pub draft: Session,
    pub history: Rc<History>,
    pub mode: StorageMode,
    pub quarantined: bool,
    pub skipped: usize,
    /// An earlier session overlaid on the radar and in the table.
    pub compare: Option<String>,
    /// The session deleted last, while it can still be brought back.
    pub undo: Option<Session>,
    /// The latest thing to tell the person (shown and announced politely).
    pub status: Option<Status>,
    /// Bumped whenever the person changed the history: the key of the persistence effect.
    pub revision: u64,
    /// Bumped at each Save: what the LMS is told as completion, and xAPI statements, follow it.
    pub saves: u64,
    pub lms: LmsStatus,
    /// The history holds only the newest sessions until [`Action::ReadRest`] (see [`Loaded`]).
    pub rest_unread: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetFramework(&'static Framework),
    /// Sets (or, with `None`, clears) the rating of an item.
    Rate {
        item: String,
        level: Option<u8>,
    },
    /// Sets (or clears) the level an item should reach.
    SetTarget {
        item: String,
        level: Option<u8>,
    },
    /// What the person noticed about an item; empty text removes the note.
    SetNote {
        item: String,
        text: String,
    },
    SetLabel(String),
    SetReflection(String),
    SetNextStep(String),
    /// Overlays an earlier session (or none) on the radar.
    Compare(Option<String>),
    ComparePrevious,
    /// Deletes a saved session; it can be brought back with `Undo` for a while.
    Delete {
        id: String,
        now: i64,
    },
    Undo {
        now: i64,
    },
    /// The undo period is over.
    ForgetUndo,
    /// A backup was merged into the history.
    Imported {
        history: History,
        summary: ImportSummary,
    },
    /// A backup file was refused; the history is untouched.
    ImportRefused(T),
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
    /// The whole stored history, read after the first screen showed its newest sessions.
    ReadRest(Box<Loaded>),
    /// Another tab changed the stored history.
    Synced {
        history: History,
    },
    /// The history was written to the LMS: these sessions did not fit and are only in this
    /// browser; `trimmed`: the session saved went in without its texts.
    LmsWritten {
        left_out: Vec<String>,
        trimmed: bool,
    },
    /// A framework file was read and checked. `kept_at`: the person added it with "Add
    /// framework file" at this time: it opens, and is kept with the history. `None`: the host
    /// page's `?frameworks=` named it.
    AddFramework {
        framework: Box<Framework>,
        kept_at: Option<i64>,
    },
    /// A framework file was refused; nothing else changes.
    FrameworkRefused(FileError),
}

impl State {
    /// The state at start-up, from what storage held: the session this tab had on screen (a
    /// reload loses nothing, saved or not), else the newest saved one, so a person who comes back
    /// sees where they left off; with none, a blank session with `new_id`.
    pub fn new(
        lang: Lang,
        framework: &'static Framework,
        loaded: Loaded,
        new_id: String,
        now: i64,
    ) -> State {
        let draft = loaded
            .draft
            .filter(|draft| !draft.is_blank())
            .or_else(|| loaded.history.sessions().first().cloned())
            .unwrap_or_else(|| Session::new(new_id, now));
        let mut state = State {
            lang,
            framework,
            catalog: Catalog::default(),
            adopted: SortedMap::new(),
            draft,
            history: Rc::new(loaded.history),
            mode: loaded.mode,
            quarantined: loaded.quarantined,
            skipped: loaded.skipped,
            compare: None,
            undo: None,
            status: None,
            revision: 0,
            saves: 0,
            lms: loaded.lms,
            rest_unread: loaded.rest_unread,
        };
        state.adopt_frameworks();
        state
    }

    /// Adds to the catalog the frameworks kept with the history that it does not hold yet (or
    /// holds in an earlier file), so that their sessions read. A framework the host page named
    /// is left as it is: the host's file is the current one.
    fn adopt_frameworks(&mut self) {
        for (id, kept) in self.history.frameworks() {
            let known = self.catalog.get(id).is_some();
            let newer = self.adopted.get(id).is_some_and(|&at| kept.added > at);
            if known && !newer {
                continue;
            }
            if let Ok(framework) = file::load(&kept.file) {
                if let Ok(added) = self.catalog.add(framework) {
                    self.adopted.insert(id.clone(), kept.added);
                    if self.framework.id == added.id {
                        self.framework = added;
                    }
                }
            }
        }
    }

    /// The session overlaid for comparison, if it still exists and is not the one on screen.
    pub fn compared(&self) -> Option<&Session> {
        let id = self.compare.as_deref()?;
        (id != self.draft.id)
            .then(|| self.history.get(id))
            .flatten()
    }

    /// What "compare with previous" picks: the newest saved session older than the one on
    /// screen, or the newest saved one if the session on screen was never saved.
    pub fn previous(&self) -> Option<&Session> {
        match self.history.get(&self.draft.id) {
            Some(_) => self.history.previous(&self.draft.id),
            None => self.history.sessions().first(),
        }
    }

    /// Whether the session on screen differs from its saved copy (or was never saved).
    pub fn has_unsaved_changes(&self) -> bool {
        match self.history.get(&self.draft.id) {
            Some(saved) => !same_content(saved, &self.draft),
            None => !self.draft.is_blank(),
        }
    }

    /// Applies an action. `None` means nothing changed, so the UI can skip re-rendering.
    pub fn apply(&self, action: Action) -> Option<State> {
        let mut next = self.clone();
        let draft = &mut next.draft;
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::SetFramework(framework) => next.framework = framework,
            Action::Rate { item, level } => {
                set_level(&mut draft.ratings, &item, level);
                next.status = Some(Status::Rated { item, level });
            }
            Action::SetTarget { item, level } => set_level(&mut draft.targets, &item, level),
            Action::SetNote { item, text } => {
                if text.is_empty() {
                    draft.notes.remove(&item);
                } else {
                    draft.notes.insert(item, text);
                }
            }
            Action::SetLabel(text) => draft.label = text,
            Action::SetReflection(text) => draft.reflection = text,
            Action::SetNextStep(text) => draft.next_step = text,
            Action::Compare(id) => next.compare = id,
            Action::ComparePrevious => match self.previous() {
                Some(previous) => next.compare = Some(previous.id.clone()),
                None => next.status = Some(Status::Say(T::NoPrevious)),
            },
            Action::Save { now } => {
                if self.mode == StorageMode::ReadOnly {
                    next.status = Some(Status::Say(T::ReadOnlyNewer));
                } else {
                    draft.updated = now.max(draft.created);
                    draft.record_versions(next.catalog.all().iter().copied());
                    Rc::make_mut(&mut next.history).put(draft.clone());
                    next.revision += 1;
                    next.saves += 1;
                    next.status = Some(Status::Say(match self.mode {
                        _ if self.lms.keeps_history() => T::SavedLms,
                        StorageMode::MemoryOnly => T::SavedInMemory,
                        _ => T::Saved,
                    }));
                }
            }
            Action::Open { id } => {
                next.draft = self.history.get(&id)?.clone();
                next.status = Some(Status::Say(T::Opened));
            }
            Action::NewSession { id, now, prefill } => {
                next.draft = if prefill {
                    self.draft.prefilled_from(id, now)
                } else {
                    Session::new(id, now)
                };
                next.status = Some(Status::Say(T::Started));
            }
            Action::Delete { id, now } => {
                if self.mode == StorageMode::ReadOnly {
                    next.status = Some(Status::Say(T::ReadOnlyNewer));
                } else {
                    next.undo = Some(Rc::make_mut(&mut next.history).delete(&id, now)?);
                    next.revision += 1;
                    next.status = Some(Status::Deleted);
                }
            }
            Action::Undo { now } => {
                let session = next.undo.take()?;
                Rc::make_mut(&mut next.history).restore(session, now);
                next.revision += 1;
                next.status = Some(Status::Say(T::Restored));
            }
            Action::ForgetUndo => {
                next.undo = None;
                if next.status == Some(Status::Deleted) {
                    next.status = None;
                }
            }
            Action::Imported { history, summary } => {
                next.history = Rc::new(history);
                next.revision += 1;
                next.status = Some(Status::Imported(summary));
            }
            Action::ImportRefused(reason) => next.status = Some(Status::Say(reason)),
            Action::Persisted { history } => next.history = Rc::new(history),
            // Known from the start and already said: nothing new to tell.
            Action::PersistFailed(WriteError::Unavailable)
                if self.mode == StorageMode::MemoryOnly =>
            {
                return None
            }
            Action::PersistFailed(WriteError::Newer) => {
                next.mode = StorageMode::ReadOnly;
                next.status = Some(Status::Say(T::ReadOnlyNewer));
            }
            Action::PersistFailed(error) => {
                next.status = Some(Status::Say(match error {
                    WriteError::Newer => T::ReadOnlyNewer,
                    WriteError::Quota => T::QuotaExceeded,
                    WriteError::Unavailable => T::StorageUnavailable,
                    WriteError::Other => T::WriteFailed,
                }));
            }
            Action::ReadRest(loaded) => {
                // Merged, not replaced: a save or deletion made meanwhile is in both already,
                // unless its write failed, and then it is only in ours.
                next.history = Rc::new(loaded.history.merge(&self.history));
                next.mode = loaded.mode;
                next.quarantined |= loaded.quarantined;
                next.skipped = loaded.skipped;
                next.rest_unread = false;
                next.adopt_frameworks();
            }
            Action::Synced { history } => {
                next.history = Rc::new(history);
                next.rest_unread = false;
                next.status = Some(Status::Say(T::OtherTabChanged));
            }
            Action::LmsWritten { left_out, trimmed } => {
                next.lms.left_out = left_out;
                next.lms.trimmed = trimmed;
            }
            Action::AddFramework { framework, kept_at } => match next.catalog.add(*framework) {
                Ok(added) => {
                    // A revised file of the framework on screen replaces it on screen too.
                    if kept_at.is_some() || next.framework.id == added.id {
                        next.framework = added;
                    }
                    if let Some(now) = kept_at {
                        next.status = Some(Status::FrameworkAdded(added));
                        let kept = KeptFramework {
                            added: now,
                            file: file::save(added),
                        };
                        // A read-only history is never written: the framework is used, not kept.
                        if self.mode != StorageMode::ReadOnly
                            && Rc::make_mut(&mut next.history).keep_framework(&added.id, kept)
                        {
                            next.adopted.insert(added.id.clone(), now);
                            next.revision += 1;
                        }
                    }
                }
                Err(error) => next.status = Some(Status::FrameworkRefused(error)),
            },
            Action::FrameworkRefused(error) => next.status = Some(Status::FrameworkRefused(error)),
        }
        if !Rc::ptr_eq(&next.history, &self.history) {
            next.adopt_frameworks();
        }
        (next != *self).then_some(next)
    }
}

fn set_level(levels: &mut SortedMap<String, u8>, item: &str, level: Option<u8>) {
    match level {
        Some(level) => levels.insert(item.to_string(), level),
        None => levels.remove(item),
    };
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
