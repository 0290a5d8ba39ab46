//! Every change to the state, and the one reducer that applies it.

use super::{Loaded, State, Status, StorageMode, WriteError};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::file;
use crate::core::model::frameworks::file::FileError;
use crate::core::model::frameworks::Framework;
use crate::core::model::history::{History, KeptFramework};
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use crate::core::report::export::ImportSummary;
use crate::core::texts::T;
use std::rc::Rc;

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
