//! A cohort to and from the document kept in the browser (`doc`).

use super::intake::{Source, Submission};
use super::{Wave, WaveRule};
use crate::core::cohort::doc::{
    CohortDocument, KeptError, KeptFile, KeptFrameworkFile, KeptRule, COHORT_FORMAT, COHORT_VERSION,
};
use crate::core::model::history::KeptFramework;
use crate::core::model::session::Session;

/// The document to keep: every file read, the wave rule and the name switch.
pub fn to_document(files: &[Submission], rule: WaveRule, hide_names: bool) -> CohortDocument {
    CohortDocument {
        format: COHORT_FORMAT.to_string(),
        version: COHORT_VERSION,
        hide_names,
        rule: match rule {
            WaveRule::Single => KeptRule::Single,
            WaveRule::ByFile => KeptRule::ByFile,
            WaveRule::SplitAt(at) => KeptRule::SplitAt { at },
        },
        files: files
            .iter()
            .map(|f| KeptFile {
                file: f.file.clone(),
                name: f.name.clone(),
                after: f.wave == Wave::After,
                backup: f.source == Source::Backup,
                // Everything as handed in: a share file's notes only if the person included them.
                sessions: f.sessions.clone(),
                frameworks: (f.frameworks.iter())
                    .map(|k| KeptFrameworkFile {
                        added: k.added,
                        file: k.file.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The files, wave rule and name switch of a kept document; sessions that no longer validate
/// are dropped.
pub fn from_text(text: &str) -> Result<(Vec<Submission>, WaveRule, bool), KeptError> {
    let doc = CohortDocument::decode(text)?;
    let rule = match doc.rule {
        KeptRule::Single => WaveRule::Single,
        KeptRule::ByFile => WaveRule::ByFile,
        KeptRule::SplitAt { at } => WaveRule::SplitAt(at),
    };
    let files = doc
        .files
        .into_iter()
        .map(|f| Submission {
            file: f.file,
            name: f.name,
            sessions: f
                .sessions
                .into_iter()
                .filter(|s: &Session| s.validate().is_ok())
                .collect(),
            source: if f.backup {
                Source::Backup
            } else {
                Source::Share
            },
            wave: if f.after { Wave::After } else { Wave::Before },
            frameworks: (f.frameworks.into_iter())
                .map(|k| KeptFramework {
                    added: k.added,
                    file: k.file,
                })
                .collect(),
        })
        .filter(|f| !f.sessions.is_empty())
        .collect();
    Ok((files, rule, doc.hide_names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_cohort_reads_back_as_it_was() {
        let mut s = Session::new("a1".into(), 10);
        s.ratings.insert("agility.speed".into(), 3);
        s.notes.insert("agility.speed".into(), "shared note".into());
        let files = vec![Submission {
            file: "a.json".into(),
            name: Some("Ani".into()),
            sessions: vec![s],
            source: Source::Backup,
            wave: Wave::After,
            frameworks: vec![KeptFramework {
                added: 4,
                file: "{\"id\":\"mine\"}".into(),
            }],
        }];
        let text = to_document(&files, WaveRule::SplitAt(99), true).encode();
        assert_eq!(from_text(&text), Ok((files, WaveRule::SplitAt(99), true)));
        let newer = text.replace("\"version\":1", "\"version\":7");
        assert_eq!(from_text(&newer), Err(KeptError::Newer));
        assert_eq!(from_text("{"), Err(KeptError::Damaged));
    }
}
