//! The one module of the cohort page that touches browser storage: the kept cohort, under its own
//! key, written only when the trainer chose "Keep this cohort in this browser".

use crate::ui::browser::window;

/// Its own key, apart from every learner's history.
const KEY: &str = "cermin:cohort";

fn storage() -> Option<web_sys::Storage> {
    // In a sandboxed frame or with storage blocked, touching localStorage throws.
    window().local_storage().ok().flatten()
}

/// The kept cohort's text, if there is one.
pub fn load() -> Option<String> {
    storage()?.get_item(KEY).ok().flatten()
}

/// Keeps the cohort; `false` when the browser refused (blocked, or full).
pub fn save(text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(KEY, text).is_ok())
}

/// Forgets the kept cohort.
pub fn remove() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}
