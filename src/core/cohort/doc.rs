//! The cohort a trainer chose to keep in their browser: the files read, each as it was handed in.

use crate::core::model::session::Session;
use serde::{Deserialize, Serialize};

/// The `format` field of a kept cohort.
pub const COHORT_FORMAT: &str = "cermin.cohort";
/// The version this build writes and the newest it reads.
pub const COHORT_VERSION: u64 = 1;

/// The kept cohort.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CohortDocument {
    pub format: String,
    pub version: u64,
    #[serde(default)]
    pub hide_names: bool,
    #[serde(default)]
    pub rule: KeptRule,
    pub files: Vec<KeptFile>,
}

/// How sessions were put into waves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum KeptRule {
    #[default]
    Single,
    ByFile,
    SplitAt {
        at: i64,
    },
}

/// One file that was read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptFile {
    pub file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Marked as the "After" wave.
    #[serde(default)]
    pub after: bool,
    /// A full backup rather than a share file.
    #[serde(default)]
    pub backup: bool,
    pub sessions: Vec<Session>,
    /// The framework files it carried, each as its JSON text (read again by the framework
    /// loader when the cohort is opened); left out when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frameworks: Vec<KeptFrameworkFile>,
}

/// A framework file a participant's file carried.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptFrameworkFile {
    /// When the participant added it to their widget (ms since the epoch).
    pub added: i64,
    /// The framework file's text.
    pub file: String,
}

/// Why a kept cohort could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeptError {
    Newer,
    Damaged,
}

impl CohortDocument {
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn decode(text: &str) -> Result<CohortDocument, KeptError> {
        let doc: CohortDocument = serde_json::from_str(text).map_err(|_| KeptError::Damaged)?;
        if doc.format != COHORT_FORMAT {
            return Err(KeptError::Damaged);
        }
        if doc.version > COHORT_VERSION {
            return Err(KeptError::Newer);
        }
        Ok(doc)
    }
}
