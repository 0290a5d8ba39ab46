//! A backup merged into the history: per session the newer copy wins; nothing here is removed.

use super::codec::{self, DecodeError};
use crate::core::model::history::History;

/// What an import did, for the message the person sees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Sessions this history did not have.
    pub added: usize,
    /// Sessions it had, replaced by the backup's newer copy.
    pub updated: usize,
    /// Sessions the backup had that changed nothing: the same or an older copy, or one deleted
    /// here after the backup's copy was saved.
    pub unchanged: usize,
    /// Sessions in the file that were unusable (broken, or values out of range): not imported.
    pub skipped: usize,
}

/// Merges a backup file into `current`, returning the new history; on a refusal (too large, not
/// JSON, not ours, from a newer version, broken) nothing is returned and `current` stays as it is.
///
/// Per session id the newer copy wins, so nothing is duplicated; others' feedback on a session is
/// kept from both copies. A deletion recorded in the backup is honoured only for sessions not
/// here: importing never removes what the person sees.
pub fn import_backup(
    current: &History,
    text: &str,
) -> Result<(History, ImportSummary), DecodeError> {
    let decoded = codec::decode(text)?;
    let tombstones = decoded
        .history
        .tombstones()
        .iter()
        .filter(|(id, _)| current.get(id).is_none())
        .map(|(id, &at)| (id.clone(), at))
        .collect();
    let incoming = History::new(decoded.history.sessions().to_vec(), tombstones);
    let merged = current.merge(&incoming);
    let mut summary = ImportSummary {
        skipped: decoded.skipped,
        ..ImportSummary::default()
    };
    // By what the merge made of each session: a copy that brought only others' feedback this
    // history lacked updates it too (feedback is only ever added, `Session::keep_feedback_of`).
    for session in incoming.sessions() {
        match (current.get(&session.id), merged.get(&session.id)) {
            (None, Some(_)) => summary.added += 1,
            (Some(here), Some(now)) if here != now => summary.updated += 1,
            _ => summary.unchanged += 1,
        }
    }
    Ok((merged, summary))
}
