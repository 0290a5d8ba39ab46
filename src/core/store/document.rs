//! The history document (`cermin.history`) as serde types: what localStorage holds and what a
//! backup file contains. Its sessions are [`Session`]s in their serde form.

use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::borrow::Cow;

/// The whole document, in the order it is written. Borrowed when written (nothing is copied),
/// owned when read. A field this build does not know is not an error of the document, but it is
/// read field by field then (`codec`), so this type knows only what it writes.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document<'a> {
    /// Always [`super::codec::FORMAT`]: what marks the document as ours.
    pub format: Cow<'a, str>,
    /// The version of the document's shape; a newer one is never overwritten nor guessed at.
    pub version: u64,
    /// Set in backup files: when the backup was made (ms since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<i64>,
    /// Set in a "share with trainer" file (`super::share`), when the person typed a name or a
    /// pseudonym: what the trainer's cohort page calls them. Never read here (the cohort page
    /// reads it on its own): a document with a name is read field by field, which keeps its
    /// reader out of the widget's wasm.
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub name: Option<&'a str>,
    /// Newest first.
    pub sessions: Cow<'a, [Session]>,
    /// Session id → when it was deleted (the history's tombstones); left out when empty.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub deleted: Cow<'a, SortedMap<String, i64>>,
    /// The framework files a person added, kept so that their sessions read (version 2 on);
    /// left out when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frameworks: Vec<StoredFramework>,
}

/// A framework file kept with the history: the file itself, as a JSON object, unchanged.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredFramework {
    /// When the person added it (ms since the epoch).
    pub added: i64,
    /// The framework file. Read by `frameworks::file::load` when the history is opened, never
    /// here: a file this build refuses is still written back as it was.
    pub file: Box<RawValue>,
}
