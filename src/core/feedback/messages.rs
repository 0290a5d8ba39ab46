//! What the person is told of a refused request or response, and of each file added: in their language, naming the file and the reason.

use super::check::Problem;
use super::intake::{Outcome, Refused, Report};
use super::texts::F;
use crate::core::i18n::Lang;

impl Problem {
    /// The reason, to follow "…, as it" (`FbRefusedFile`, `FbRequestRefused`).
    pub fn reason(self) -> F {
        match self {
            Problem::TooLarge => F::ErrTooLarge,
            Problem::Unreadable => F::ErrUnreadable,
            Problem::NotFeedback => F::ErrNotFeedback,
            Problem::Newer => F::ErrNewer,
            Problem::Malformed => F::ErrMalformed,
            Problem::BadValue => F::ErrBadValue,
            Problem::TooLong => F::ErrTooLong,
            Problem::Control => F::ErrControl,
            Problem::Empty => F::ErrEmpty,
        }
    }

    /// What a rater is told of a request (link or file) that does not open.
    pub fn request_message(self, lang: Lang) -> String {
        F::RequestRefused.fill(lang, &[("reason", self.reason().get(lang))])
    }
}

impl Refused {
    /// The reason, in `lang`.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            Refused::Format(problem) => problem.reason().get(lang).to_string(),
            Refused::OtherRequest => F::ErrOtherRequest.get(lang).to_string(),
            Refused::OtherFramework => F::ErrOtherFramework.get(lang).to_string(),
            Refused::OutOfScale { item, level } => {
                F::ErrOutOfScale.fill(lang, &[("item", item), ("level", &level.to_string())])
            }
            Refused::Duplicate => F::ErrDuplicate.get(lang).to_string(),
            Refused::Archive => F::ErrArchive.get(lang).to_string(),
        }
    }
}

impl Report {
    /// What to tell the person of this file: `None` for one simply added.
    pub fn message(&self, lang: Lang) -> Option<String> {
        let file = self.file.as_str();
        match &self.outcome {
            Outcome::Refused(refused) => {
                let reason = refused.reason(lang);
                Some(F::RefusedFile.fill(lang, &[("file", file), ("reason", &reason)]))
            }
            Outcome::Added {
                other_version: Some(version),
                unknown,
                ..
            } => {
                let n = unknown.to_string();
                let args = [("file", file), ("version", version.as_str()), ("n", &n)];
                Some(F::OtherVersion.fill(lang, &args))
            }
            Outcome::Added { replaced: true, .. } => {
                Some(F::ReplacedCopy.fill(lang, &[("file", file)]))
            }
            Outcome::Added { .. } => None,
        }
    }
}

/// "3 answers added, 1 refused."
pub fn added_summary(lang: Lang, (added, refused): (usize, usize)) -> String {
    let (added, refused) = (added.to_string(), refused.to_string());
    F::AddedSummary.fill(lang, &[("added", &added), ("refused", &refused)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(file: &str, outcome: Outcome) -> Report {
        Report {
            file: file.into(),
            outcome,
        }
    }

    #[test]
    fn names_the_file_and_the_reason_in_both_languages() {
        let scale = Refused::OutOfScale {
            item: "agility.speed".into(),
            level: 7,
        };
        let refused = report("answers.zip/b.json", Outcome::Refused(scale));
        assert_eq!(
            refused.message(Lang::En).unwrap(),
            "answers.zip/b.json: not added, as it gives level 7 for agility.speed, outside this framework's scale."
        );
        assert_eq!(
            refused.message(Lang::Id).unwrap(),
            "answers.zip/b.json: tidak ditambahkan, karena memuat tingkat 7 untuk agility.speed, di luar skala kerangka ini."
        );
        let duplicate = report("a.json", Outcome::Refused(Refused::Duplicate));
        assert_eq!(
            duplicate.message(Lang::En).unwrap(),
            "a.json: not added, as it is an answer added already."
        );
        let other = Outcome::Added {
            replaced: false,
            other_version: Some("2027.1".into()),
            unknown: 1,
        };
        assert_eq!(
            report("c.json", other).message(Lang::En).unwrap(),
            "c.json: answered with version 2027.1 of this framework; 1 rating of items this version does not have is kept by item id."
        );
        let plain = Outcome::Added {
            replaced: false,
            other_version: None,
            unknown: 0,
        };
        assert_eq!(report("d.json", plain).message(Lang::En), None);
        assert_eq!(
            Problem::Newer.request_message(Lang::En),
            "This feedback request cannot be opened, as it was made by a newer version of Cermin."
        );
        assert_eq!(
            added_summary(Lang::En, (1, 2)),
            "1 answer added, 2 refused."
        );
    }

    #[test]
    fn every_reason_has_a_message() {
        let problems = [
            Problem::TooLarge,
            Problem::Unreadable,
            Problem::NotFeedback,
            Problem::Newer,
            Problem::Malformed,
            Problem::BadValue,
            Problem::TooLong,
            Problem::Control,
            Problem::Empty,
        ];
        let mut reasons: Vec<Refused> = problems.into_iter().map(Refused::Format).collect();
        reasons.extend([
            Refused::OtherRequest,
            Refused::OtherFramework,
            Refused::Duplicate,
            Refused::Archive,
        ]);
        let mut seen = Vec::new();
        for reason in &reasons {
            for lang in Lang::ALL {
                let text = reason.reason(lang);
                assert!(!text.is_empty() && !text.contains('{'), "{reason:?}");
                seen.push(text);
            }
        }
        let count = seen.len();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), count, "each reason says something of its own");
    }
}
