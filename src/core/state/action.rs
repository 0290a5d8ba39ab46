//! Every change to the state, and the one reducer that applies it.

use super::{Loaded, State, Status, StorageMode, WriteError};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::catalog;
use crate::core::model::frameworks::file::{self, FileError};
use crate::core::model::frameworks::Framework;
use crate::core::model::history::{History, KeptFramework};
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use crate::core::state::radar::Others;
use crate::core::store::import::import_backup;
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
    /// A backup file's text, to merge into the history as it is now.
    ImportBackup(String),
    /// Something to tell the person (a backup file refused, a file that could not be made);
    /// nothing else changes.
    Say(T),
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
    /// A framework file was read, checked and interned (`catalog::intern`). `kept`: the person
    /// added it with "Add framework file" (when, and the file): it opens, and is kept with the
    /// history. `None`: the host page's `?frameworks=` named it.
    AddFramework {
        framework: &'static Framework,
        kept: Option<KeptFramework>,
    },
    /// A framework file kept with the history (added at `added`) was read: its sessions read.
    Adopt {
        framework: &'static Framework,
        added: i64,
    },
    /// A framework file was refused; nothing else changes.
    FrameworkRefused(FileError),
    /// Others' feedback to keep with a saved session: requests made from it and responses added
    /// to it, each as its id and its file's text (`core::feedback::kept`; the feedback part
    /// decides what is kept). Not in a read-only history; the draft is left as it is (a later
    /// Save keeps the feedback: it is only ever added).
    KeepFeedback {
        session: String,
        entries: Vec<(String, String)>,
    },
    /// A feedback link opened (`#ask=…`, `#answer=…`), or with `None` done with.
    FeedbackLink(Option<String>),
    /// Others' view of a session on a framework, for the radar, or with `None` none.
    ShowOthers(Option<Others>),
}

impl Action {
    /// The action for a framework file's text: its framework (read by the one loader and
    /// interned), or why it was refused. `kept_at`: the person chose it at this time, so it is
    /// kept with the history. Called by the shell's deferred part, never on the first path.
    pub fn read_framework(text: &str, kept_at: Option<i64>) -> Action {
        match file::load(text) {
            Ok(framework) => {
                let framework = catalog::intern(framework);
                Action::AddFramework {
                    framework,
                    kept: kept_at.map(|added| KeptFramework {
                        added,
                        file: file::save(framework),
                    }),
                }
            }
            Err(error) => Action::FrameworkRefused(error),
        }
    }

    /// The action that adopts a framework file kept with the history (see
    /// [`State::unadopted`]); `None` for a file that no longer reads.
    pub fn adopt(kept: &KeptFramework) -> Option<Action> {
        let framework = catalog::intern(file::load(&kept.file).ok()?);
        Some(Action::Adopt {
            framework,
            added: kept.added,
        })
    }
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
            // Merged here, on the history as it is when the file has been read: a save made
            // while it was being read is kept.
            Action::ImportBackup(text) => match import_backup(&self.history, &text) {
                Ok((history, summary)) => {
                    next.history = Rc::new(history);
                    next.revision += 1;
                    next.status = Some(Status::Imported(summary));
                }
                Err(error) => next.status = Some(Status::Say(error.message())),
            },
            Action::Say(reason) => next.status = Some(Status::Say(reason)),
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
            Action::AddFramework { framework, kept } => match next.catalog.add(framework) {
                Ok(()) => {
                    // A revised file of the framework on screen replaces it on screen too.
                    if kept.is_some() || next.framework.id == framework.id {
                        next.framework = framework;
                    }
                    if let Some(kept) = kept {
                        next.status = Some(Status::FrameworkAdded(framework));
                        let added = kept.added;
                        // A read-only history is never written: the framework is used, not kept.
                        if self.mode != StorageMode::ReadOnly
                            && Rc::make_mut(&mut next.history).keep_framework(&framework.id, kept)
                        {
                            next.adopted.insert(framework.id.to_string(), added);
                            next.revision += 1;
                        }
                    }
                }
                Err(error) => next.status = Some(Status::FrameworkRefused(error)),
            },
            Action::Adopt { framework, added } => {
                if next.catalog.add(framework).is_ok() {
                    next.adopted.insert(framework.id.to_string(), added);
                    if next.framework.id == framework.id {
                        next.framework = framework;
                    }
                }
            }
            Action::FrameworkRefused(error) => next.status = Some(Status::FrameworkRefused(error)),
            Action::KeepFeedback { session, entries } => {
                if self.mode == StorageMode::ReadOnly {
                    next.status = Some(Status::Say(T::ReadOnlyNewer));
                } else if Rc::make_mut(&mut next.history).keep_feedback(&session, entries) {
                    next.revision += 1;
                }
            }
            Action::FeedbackLink(link) => next.feedback_link = link,
            Action::ShowOthers(others) => next.others = others,
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
