//! The widget's state; every change is an [`Action`], applied by its one reducer (`action`).
//!
//! Pure: time and ids come in with the actions, and persistence is not done here. The UI writes
//! the history in an effect keyed on [`State::revision`], which the reducer bumps whenever the
//! person changed the history.

mod action;
mod loaded;
pub mod radar;
mod status;

pub use action::Action;
pub use loaded::{Loaded, StorageMode, WriteError};
pub use status::Status;

use crate::core::i18n::Lang;
use crate::core::lms::status::LmsStatus;
use crate::core::model::frameworks::{Catalog, Framework};
use crate::core::model::history::{History, KeptFramework};
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use crate::core::state::radar::Others;
use std::rc::Rc;

/// Everything the widget shows and keeps.
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
    /// A feedback link the page shows (issue 22): `#ask=…`, a request to answer in place of the
    /// person's own work, or `#answer=…`, a response to add. The shell only notices it; its
    /// feedback part reads it.
    pub feedback_link: Option<String>,
    /// Others' view of a session, for the radar (the shell's feedback part computes it).
    pub others: Option<Others>,
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
        State {
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
            feedback_link: None,
            others: None,
        }
    }

    /// The framework files kept with the history that the catalog does not hold yet (or holds
    /// in an earlier file), so that their sessions read: the shell has them read (deferred, see
    /// `ui::more::framework_files`) and adopts each with [`Action::Adopt`]. A framework the host
    /// page named is left as it is: the host's file is the current one.
    pub fn unadopted(&self) -> Vec<(&str, &KeptFramework)> {
        self.history
            .frameworks()
            .iter()
            .filter(|(id, kept)| {
                let known = self.catalog.get(id).is_some();
                let newer = self
                    .adopted
                    .get(id.as_str())
                    .is_some_and(|&at| kept.added > at);
                !known || newer
            })
            .map(|(id, kept)| (id.as_str(), kept))
            .collect()
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
