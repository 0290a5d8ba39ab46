//! The one module that touches browser storage: the history in localStorage (load, merge-then-write,
//! quarantine, tab sync) and this tab's session on screen in sessionStorage.

use super::browser::{now_ms, window};
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::state::{Loaded, StorageMode, WriteError};
use crate::core::store::codec;
use crate::core::store::policy::{self, Write};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// The history of one namespace in localStorage, or nothing where storage is unavailable.
pub struct Store {
    storage: Option<web_sys::Storage>,
    /// Per tab: the session on screen survives a reload without leaking into other tabs.
    tab: Option<web_sys::Storage>,
    key: String,
    draft_key: String,
    quarantine_prefix: String,
}

impl PartialEq for Store {
    fn eq(&self, other: &Store) -> bool {
        self.key == other.key
    }
}

impl Store {
    /// Opens storage for a namespace. In a sandboxed frame, with third-party storage blocked or
    /// storage disabled, merely touching `localStorage` throws: then the store works in memory.
    pub fn open(namespace: &str) -> Store {
        let storage = window().local_storage().ok().flatten().filter(|storage| {
            // Some browsers hand out a storage object that refuses every write.
            let probe = "cermin:probe";
            storage.set_item(probe, "1").is_ok() && storage.remove_item(probe).is_ok()
        });
        Store {
            storage,
            tab: window().session_storage().ok().flatten(),
            key: format!("cermin:{namespace}:history"),
            draft_key: format!("cermin:{namespace}:draft"),
            quarantine_prefix: format!("cermin:{namespace}:quarantine:"),
        }
    }

    /// Reads the stored history. Unreadable data is set aside under a quarantine key (never
    /// deleted by us) and a fresh history starts next to it; a newer version opens read-only.
    pub fn load(&self) -> Loaded {
        Loaded {
            draft: self.load_draft(),
            ..self.load_history(None)
        }
    }

    /// As [`Store::load`], but of a long history only the newest `n` sessions, the rest unread
    /// (`Loaded::rest_unread`). A short, damaged or other version's history is read whole.
    pub fn load_newest(&self, n: usize) -> Loaded {
        Loaded {
            draft: self.load_draft(),
            ..self.load_history(Some(n))
        }
    }

    /// The whole history, without this tab's session: what [`Store::load_newest`] left
    /// unread, for `Action::ReadRest`.
    pub fn load_rest(&self) -> Loaded {
        self.load_history(None)
    }

    /// The history, read once from storage: with `newest`, only that many of a long one. What
    /// the text means is `store::policy`'s decision; the text it says to set aside is kept here.
    fn load_history(&self, newest: Option<usize>) -> Loaded {
        let Some(storage) = &self.storage else {
            return Loaded {
                mode: StorageMode::MemoryOnly,
                ..Loaded::default()
            };
        };
        let raw = storage.get_item(&self.key).ok().flatten();
        let found = policy::read(raw.as_deref(), newest);
        let quarantined = found.set_aside() && raw.as_deref().is_some_and(|r| self.quarantine(r));
        Loaded::from_found(found, quarantined)
    }

    /// Writes the history after merging it with what is stored now (another tab may have saved
    /// since), and returns the merged history. The document is serialised completely before the
    /// single `setItem`, so a failed write leaves the previous document as it was.
    pub fn write(&self, history: &History) -> Result<History, WriteError> {
        let storage = self.storage.as_ref().ok_or(WriteError::Unavailable)?;
        let stored = storage
            .get_item(&self.key)
            .map_err(|_| WriteError::Unavailable)?;
        let merged = match policy::before_write(stored.as_deref(), history) {
            Write::Newer => return Err(WriteError::Newer),
            Write::Merged { history, set_aside } => {
                if set_aside && !self.quarantine(stored.as_deref().unwrap_or_default()) {
                    return Err(WriteError::Other);
                }
                history
            }
        };
        let document = codec::encode(&merged);
        storage.set_item(&self.key, &document).map_err(|error| {
            match error.dyn_ref::<web_sys::DomException>() {
                Some(e) if e.name() == "QuotaExceededError" => WriteError::Quota,
                _ => WriteError::Other,
            }
        })?;
        Ok(merged)
    }

    /// Keeps the session on screen for this tab, so a reload loses nothing, saved or not.
    pub fn save_draft(&self, draft: &Session) {
        if let Some(tab) = &self.tab {
            let _ = tab.set_item(&self.draft_key, &codec::encode_session(draft));
        }
    }

    /// This tab's session from before a reload, if it is there and valid.
    fn load_draft(&self) -> Option<Session> {
        let json = self.tab.as_ref()?.get_item(&self.draft_key).ok()??;
        codec::decode_session(&json)
    }

    /// The history as stored now, for a `storage` event from another tab.
    pub fn reload(&self) -> Option<History> {
        let raw = self.storage.as_ref()?.get_item(&self.key).ok()??;
        codec::decode(&raw).ok().map(|decoded| decoded.history)
    }

    /// Calls `changed` when another tab writes this namespace's history.
    pub fn watch(&self, changed: impl Fn() + 'static) -> Option<EventListener> {
        self.storage.as_ref()?;
        let key = self.key.clone();
        Some(EventListener::new(&window(), "storage", move |event| {
            let event = event.dyn_ref::<web_sys::StorageEvent>();
            if event.and_then(|e| e.key()).as_deref() == Some(key.as_str()) {
                changed();
            }
        }))
    }

    /// The stored document as it is (a newer version's, which this build cannot read), to export.
    pub fn stored_text(&self) -> Option<String> {
        self.storage.as_ref()?.get_item(&self.key).ok().flatten()
    }

    /// The newest quarantined text, for the person to download.
    pub fn quarantined_text(&self) -> Option<String> {
        let storage = self.storage.as_ref()?;
        let length = storage.length().ok()?;
        let newest = (0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(&self.quarantine_prefix))
            .max_by_key(|k| {
                k[self.quarantine_prefix.len()..]
                    .parse::<i64>()
                    .unwrap_or(0)
            })?;
        storage.get_item(&newest).ok().flatten()
    }

    /// Sets `raw` aside under a new quarantine key, unless the same text is already there.
    /// Returns whether it is safely kept.
    fn quarantine(&self, raw: &str) -> bool {
        let Some(storage) = &self.storage else {
            return false;
        };
        if self.quarantined_text().as_deref() == Some(raw) {
            return true;
        }
        let key = format!("{}{}", self.quarantine_prefix, now_ms());
        storage.set_item(&key, raw).is_ok()
    }
}
