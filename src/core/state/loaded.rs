//! What reading the stored history found, and why a write did not happen.

use crate::core::lms::status::LmsStatus;
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::store::policy::Found;

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

impl Loaded {
    /// What storage held, as the state starts from it (no draft, no LMS yet). `quarantined`:
    /// the stored text was set aside, as `found` asked.
    pub fn from_found(found: Found, quarantined: bool) -> Loaded {
        match found {
            Found::Nothing => Loaded::default(),
            Found::History {
                history,
                skipped,
                rest_unread,
            } => Loaded {
                history,
                quarantined,
                skipped,
                rest_unread,
                ..Loaded::default()
            },
            Found::Newer => Loaded {
                mode: StorageMode::ReadOnly,
                ..Loaded::default()
            },
            Found::Unreadable => Loaded {
                quarantined,
                ..Loaded::default()
            },
        }
    }
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
