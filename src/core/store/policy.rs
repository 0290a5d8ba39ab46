//! What storage's text decides: read at start-up, or merged before a write. The browser module
//! (`ui::storage`) only gets and sets; these decisions are here, where native tests reach them.
//!
//! - A session that does not read is skipped, and the whole text is set aside (quarantined)
//!   before anything replaces it; an unreadable text is set aside and a fresh history starts.
//! - A document of a newer version is never written: the history opens read-only.
//! - A write merges with what is stored now: another tab may have saved since.

use super::codec::{self, DecodeError};
use crate::core::model::history::History;

/// What the stored text holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// Nothing stored yet.
    Nothing,
    History {
        history: History,
        /// Sessions that did not read: the text must be set aside before it is replaced.
        skipped: usize,
        /// Only the newest sessions of a long history were read; the rest wait.
        rest_unread: bool,
    },
    /// Written by a newer Cermin: read-only, never written.
    Newer,
    /// Not a history we can read: set aside, and a fresh history starts beside it.
    Unreadable,
}

impl Found {
    /// Whether the stored text must be set aside (quarantined) before anything replaces it.
    pub fn set_aside(&self) -> bool {
        match self {
            Found::History { skipped, .. } => *skipped > 0,
            Found::Unreadable => true,
            Found::Nothing | Found::Newer => false,
        }
    }
}

/// Reads the stored text: with `newest`, only that many sessions of a long history (a short,
/// damaged or other version's history is read whole).
pub fn read(stored: Option<&str>, newest: Option<usize>) -> Found {
    let Some(raw) = stored else {
        return Found::Nothing;
    };
    if let Some(decoded) = newest.and_then(|n| codec::decode_newest(raw, n)) {
        return Found::History {
            history: decoded.history,
            skipped: 0,
            rest_unread: true,
        };
    }
    match codec::decode(raw) {
        Ok(decoded) => Found::History {
            history: decoded.history,
            skipped: decoded.skipped,
            rest_unread: false,
        },
        Err(DecodeError::NewerVersion { .. }) => Found::Newer,
        Err(_) => Found::Unreadable,
    }
}

/// What to write, given what is stored now and the history on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    /// Write `history` (merged with what was stored); first set the stored text aside.
    Merged { history: History, set_aside: bool },
    /// A newer Cermin wrote the stored document since it was read: write nothing.
    Newer,
}

/// The history to write: merged with what another tab stored since, never over a newer version,
/// and never over a damaged text before it is set aside.
pub fn before_write(stored: Option<&str>, history: &History) -> Write {
    match read(stored, None) {
        Found::Nothing => Write::Merged {
            history: history.clone(),
            set_aside: false,
        },
        Found::History {
            history: there,
            skipped,
            ..
        } => Write::Merged {
            history: there.merge(history),
            set_aside: skipped > 0,
        },
        Found::Newer => Write::Newer,
        // Damaged since it was read: keep the damaged text before replacing it.
        Found::Unreadable => Write::Merged {
            history: history.clone(),
            set_aside: true,
        },
    }
}
