//! Adding others' responses to a saved session: many files, `.zip`s and links at once, each added or refused by name with the reason, while the rest still count.
//!
//! The rules, in the order they are applied to each response:
//! 1. it must read as a response ([`Problem`]: too large, unreadable, not a response, newer,
//!    malformed, a bad value, a text too long or with a control character, empty);
//! 2. it must answer a request this session made ([`Refused::OtherRequest`]), about the same
//!    framework ([`Refused::OtherFramework`]);
//! 3. every level of an item the framework has must be on its scale, else the whole response is
//!    refused ([`Refused::OutOfScale`]): a rater's Cermin offers no other levels, so such a file
//!    was altered or broken, and counting the rest of it would count half an answer. An item the
//!    framework does not have (the rater had another version of it) is kept by id, as a
//!    session's unknown ratings are, and said ([`Outcome::Added`]'s `unknown`);
//! 4. a response id already here is a duplicate: kept once. Of two different copies under one
//!    id (an answer corrected and sent again) the later (`at`) is kept. The same content under
//!    different ids counts twice: two raters may well give the same answer, and Cermin does not
//!    try to tell who answered.
//!
//! Texts are kept as data whatever they hold (markup, formulas): only ever rendered as text.

use super::check::{Problem, MAX_RESPONSE_BYTES};
use super::kept::{self, keep_response};
use super::link::{self, Link};
use super::request::Request;
use super::response::Response;
use crate::core::archive::{is_zip, read_archive, ArchiveError, EntryError};
use crate::core::model::frameworks::Catalog;
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;

/// Why a response was not added. Each has a message in both languages (`messages`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// It does not read as a response.
    Format(Problem),
    /// It answers a request this session did not make.
    OtherRequest,
    /// It answers about another framework than the one asked about.
    OtherFramework,
    /// A level outside the framework's scale (the first one found).
    OutOfScale { item: String, level: u8 },
    /// This answer is here already (the same, or a later copy of it).
    Duplicate,
    /// An archive inside an archive: not opened.
    Archive,
}

/// What became of one file, archive entry or link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Counted. `replaced`: an earlier copy of the same answer gave way to it. `other_version`:
    /// the framework version it was answered with, when not the one asked about; `unknown`: how
    /// many of its ratings are of items this framework does not have (kept by id).
    Added {
        replaced: bool,
        other_version: Option<String>,
        unknown: usize,
    },
    Refused(Refused),
}

/// One file, archive entry (`archive.zip/folder/file.json`) or link, and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub file: String,
    pub outcome: Outcome,
}

/// A batch of responses for one saved session.
pub struct Intake<'a> {
    catalog: &'a Catalog,
    requests: Vec<Request>,
    /// Every response id here (kept, or added in this batch) → its time and text.
    known: SortedMap<String, (i64, String)>,
    /// What to keep (`History::keep_feedback`): each added response's id and text.
    added: SortedMap<String, String>,
    reports: Vec<Report>,
}

impl<'a> Intake<'a> {
    /// A batch for `session` (as saved), its frameworks looked up in `catalog`.
    pub fn new(session: &Session, catalog: &'a Catalog) -> Intake<'a> {
        // Requests are kept beside responses: their ids are taken too. One kept text that no
        // longer reads gives way to any readable copy.
        let known = (session.feedback.iter())
            .map(|(id, text)| {
                let at = Response::from_file(text.as_bytes()).map_or(i64::MIN, |r| r.at);
                (id.clone(), (at, text.clone()))
            })
            .collect();
        Intake {
            catalog,
            requests: kept::requests(session),
            known,
            added: SortedMap::new(),
            reports: Vec::new(),
        }
    }

    /// Reads one file the person added: a response, or a `.zip` of them (each file inside read).
    pub fn add(&mut self, file: &str, bytes: &[u8]) {
        if !is_zip(file, bytes) {
            let read = Response::from_file(bytes);
            return self.add_read(file, read);
        }
        let read = read_archive(bytes, MAX_RESPONSE_BYTES, |path, content| {
            let shown = format!("{file}/{path}");
            match content {
                Ok(content) => self.add_read(&shown, Response::from_file(&content)),
                Err(EntryError::TooLarge) => {
                    self.refuse(&shown, Refused::Format(Problem::TooLarge))
                }
                Err(EntryError::Damaged) => {
                    self.refuse(&shown, Refused::Format(Problem::Unreadable))
                }
                Err(EntryError::Archive) => self.refuse(&shown, Refused::Archive),
            }
        });
        match read {
            Ok(()) => {}
            Err(ArchiveError::TooLarge) => self.refuse(file, Refused::Format(Problem::TooLarge)),
            Err(ArchiveError::Damaged) => self.refuse(file, Refused::Format(Problem::Unreadable)),
        }
    }

    /// Reads a response link (or its fragment), shown as `label` in the reports.
    pub fn add_link(&mut self, label: &str, address: &str) {
        let read = match link::read(address) {
            Some(Ok(Link::Answer(response))) => Ok(response),
            Some(Ok(Link::Ask(_))) | None => Err(Problem::NotFeedback),
            Some(Err(problem)) => Err(problem),
        };
        self.add_read(label, read);
    }

    /// Lists a file as refused (the page refuses one too big to read without reading it).
    pub fn refuse(&mut self, file: &str, reason: Refused) {
        self.report(file, Outcome::Refused(reason));
    }

    fn report(&mut self, file: &str, outcome: Outcome) {
        let file = file.to_string();
        self.reports.push(Report { file, outcome });
    }

    fn add_read(&mut self, file: &str, read: Result<Response, Problem>) {
        let outcome = match read {
            Ok(response) => self.judge(response),
            Err(problem) => Outcome::Refused(Refused::Format(problem)),
        };
        self.report(file, outcome);
    }

    /// Rules 2 to 4 (module documentation); an added response is kept.
    fn judge(&mut self, response: Response) -> Outcome {
        let Some(request) = self.requests.iter().find(|r| r.id == response.request) else {
            return Outcome::Refused(Refused::OtherRequest);
        };
        if response.framework != request.framework {
            return Outcome::Refused(Refused::OtherFramework);
        }
        let framework = self.catalog.get(&request.framework);
        let mut unknown = 0;
        for (id, &level) in &response.ratings {
            match framework.filter(|f| f.item(id).is_some()) {
                Some(f) if !f.scale.contains(level) => {
                    let item = id.clone();
                    return Outcome::Refused(Refused::OutOfScale { item, level });
                }
                Some(_) => {}
                None => unknown += 1,
            }
        }
        let other_version = (response.framework_version != request.framework_version)
            .then(|| response.framework_version.clone());
        if self.requests.iter().any(|r| r.id == response.id) {
            // A response under a request's id would replace the request: ids are random, so
            // this one was made up.
            return Outcome::Refused(Refused::Format(Problem::BadValue));
        }
        let (id, text) = keep_response(&response);
        let replaced = match self.known.get(&id) {
            None => false,
            Some((at, known)) if (response.at, &text) > (*at, known) => true,
            Some(_) => return Outcome::Refused(Refused::Duplicate),
        };
        self.known.insert(id.clone(), (response.at, text.clone()));
        self.added.insert(id, text);
        Outcome::Added {
            replaced,
            other_version,
            unknown,
        }
    }

    /// What each file, entry and link became, in the order they were added.
    pub fn reports(&self) -> &[Report] {
        &self.reports
    }

    /// How many were added, and how many refused.
    pub fn counts(&self) -> (usize, usize) {
        let added = (self.reports.iter())
            .filter(|r| matches!(r.outcome, Outcome::Added { .. }))
            .count();
        (added, self.reports.len() - added)
    }

    /// The responses to keep with the session (`History::keep_feedback`), and the reports.
    pub fn finish(self) -> (Vec<(String, String)>, Vec<Report>) {
        let added = self
            .added
            .iter()
            .map(|(id, kept)| (id.clone(), kept.clone()));
        (added.collect(), self.reports)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::archive::zip_of;
    use crate::core::feedback::kept::keep_request;
    use crate::core::feedback::response::tests::response;
    use crate::core::model::frameworks::builtin_framework;
    use crate::core::model::history::History;

    /// A saved session that asked for feedback on agility (request `rq-1`).
    fn asking() -> Session {
        let agility = builtin_framework("agility").unwrap();
        let mut request = Request::new("rq-1", "Ani", agility).unwrap();
        request.framework_version = "2026.2".into();
        let mut session = Session::new("s-1".into(), 1);
        let (id, text) = keep_request(&request);
        session.feedback.insert(id, text);
        session
    }

    fn file(r: &Response) -> Vec<u8> {
        r.to_file().into_bytes()
    }

    fn outcome(intake: &Intake, file: &str) -> Outcome {
        let report = intake.reports().iter().find(|r| r.file == file);
        report
            .unwrap_or_else(|| panic!("no report for {file}"))
            .outcome
            .clone()
    }

    fn added() -> Outcome {
        Outcome::Added {
            replaced: false,
            other_version: None,
            unknown: 0,
        }
    }

    #[test]
    fn each_bad_response_is_refused_by_name_and_the_rest_count() {
        let session = asking();
        let catalog = Catalog::default();
        let mut intake = Intake::new(&session, &catalog);
        let mut other_request = response("rs-2", 3);
        other_request.request = "rq-9".into();
        let mut other_framework = response("rs-3", 3);
        other_framework.framework = "digcomp".into();
        other_framework.ratings = [("digcomp.1.1".to_string(), 8)].into_iter().collect();
        other_framework.comments = SortedMap::new();
        let mut newer_version = response("rs-4", 3);
        newer_version.framework_version = "2027.1".into();
        newer_version
            .ratings
            .insert("agility.future_item".into(), 5);
        let out_of_scale = response("rs-5", 3)
            .to_file()
            .replace("\"agility.speed\":3", "\"agility.speed\":7");
        let mut hostile = response("rs-6", 2);
        hostile.comments.insert(
            "agility.speed".into(),
            "<img src=x onerror=alert(1)>".into(),
        );
        let control = response("rs-7", 3)
            .to_file()
            .replace("mencoba", "men\\u0007coba");
        intake.add("ok.json", &file(&response("rs-1", 4)));
        intake.add("again.json", &file(&response("rs-1", 4)));
        intake.add("other-request.json", &file(&other_request));
        intake.add("other-framework.json", &file(&other_framework));
        intake.add("newer-version.json", &file(&newer_version));
        intake.add("scale.json", out_of_scale.as_bytes());
        intake.add("hostile.json", &file(&hostile));
        intake.add("control.json", control.as_bytes());
        intake.add("cut.json", &file(&response("rs-8", 3))[..40]);
        intake.add("notes.txt", b"hello");
        intake.add("huge.json", &vec![b' '; MAX_RESPONSE_BYTES + 1]);
        intake.add_link("link", "https://x/#ask=1&id=a&f=agility&fv=1&name=A");
        assert_eq!(outcome(&intake, "ok.json"), added());
        assert_eq!(
            outcome(&intake, "again.json"),
            Outcome::Refused(Refused::Duplicate)
        );
        assert_eq!(
            outcome(&intake, "other-request.json"),
            Outcome::Refused(Refused::OtherRequest)
        );
        assert_eq!(
            outcome(&intake, "other-framework.json"),
            Outcome::Refused(Refused::OtherFramework)
        );
        assert_eq!(
            outcome(&intake, "newer-version.json"),
            Outcome::Added {
                replaced: false,
                other_version: Some("2027.1".into()),
                unknown: 1
            }
        );
        assert_eq!(
            outcome(&intake, "scale.json"),
            Outcome::Refused(Refused::OutOfScale {
                item: "agility.speed".into(),
                level: 7
            })
        );
        assert_eq!(outcome(&intake, "hostile.json"), added());
        assert_eq!(
            outcome(&intake, "control.json"),
            Outcome::Refused(Refused::Format(Problem::Control))
        );
        assert_eq!(
            outcome(&intake, "cut.json"),
            Outcome::Refused(Refused::Format(Problem::Unreadable))
        );
        assert_eq!(
            outcome(&intake, "notes.txt"),
            Outcome::Refused(Refused::Format(Problem::Unreadable))
        );
        assert_eq!(
            outcome(&intake, "huge.json"),
            Outcome::Refused(Refused::Format(Problem::TooLarge))
        );
        assert_eq!(
            outcome(&intake, "link"),
            Outcome::Refused(Refused::Format(Problem::NotFeedback))
        );
        assert_eq!(intake.counts(), (3, 9));
        let (answers, reports) = intake.finish();
        assert_eq!(reports.len(), 12);
        let ids: Vec<&str> = answers.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["rs-1", "rs-4", "rs-6"]);
        // The hostile text is kept as it came, as data.
        let kept = Response::from_file(answers[2].1.as_bytes()).unwrap();
        assert_eq!(kept, hostile);
        // The unknown item is kept by id.
        let kept = Response::from_file(answers[1].1.as_bytes()).unwrap();
        assert_eq!(kept.ratings.get("agility.future_item"), Some(&5));
    }

    #[test]
    fn a_zip_and_a_link_are_read_and_a_later_copy_replaces_an_earlier_one() {
        let mut session = asking();
        let catalog = Catalog::default();
        let (id, text) = keep_response(&response("rs-1", 2));
        session.feedback.insert(id, text);
        let mut corrected = response("rs-1", 5);
        corrected.at += 60_000;
        let mut older = response("rs-1", 1);
        older.at -= 60_000;
        let inner = zip_of(&[("x.json", b"{}")]);
        let archive = zip_of(&[
            (
                "Budi_12_assignsubmission_file_/answer.json",
                &file(&response("rs-2", 4)),
            ),
            ("corrected.json", &file(&corrected)),
            ("older.json", &file(&older)),
            ("nested.zip", &inner),
            ("readme.pdf", b"%PDF-1.4"),
        ]);
        let mut intake = Intake::new(&session, &catalog);
        intake.add("answers.zip", &archive);
        intake.add_link(
            "link",
            &link::response_link("https://x/", &response("rs-3", 3)),
        );
        let replaced = Outcome::Added {
            replaced: true,
            other_version: None,
            unknown: 0,
        };
        assert_eq!(
            outcome(
                &intake,
                "answers.zip/Budi_12_assignsubmission_file_/answer.json"
            ),
            added()
        );
        assert_eq!(outcome(&intake, "answers.zip/corrected.json"), replaced);
        assert_eq!(
            outcome(&intake, "answers.zip/older.json"),
            Outcome::Refused(Refused::Duplicate)
        );
        assert_eq!(
            outcome(&intake, "answers.zip/nested.zip"),
            Outcome::Refused(Refused::Archive)
        );
        assert_eq!(
            outcome(&intake, "answers.zip/readme.pdf"),
            Outcome::Refused(Refused::Format(Problem::Unreadable))
        );
        assert_eq!(outcome(&intake, "link"), added());
        let mut broken = Intake::new(&session, &catalog);
        broken.add("broken.zip", b"PK\x03\x04nonsense");
        assert_eq!(
            outcome(&broken, "broken.zip"),
            Outcome::Refused(Refused::Format(Problem::Unreadable))
        );
        // Kept in the history, the correction replaces the earlier copy, and the history's merge
        // of the two copies agrees with the intake.
        let (answers, _) = intake.finish();
        let mut history = History::new(vec![session.clone()], SortedMap::new());
        assert!(history.keep_feedback("s-1", answers));
        let saved = history.get("s-1").unwrap().clone();
        let (responses, unread) = kept::responses(&saved);
        assert_eq!(unread, 0);
        assert_eq!(
            responses.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["rs-1", "rs-2", "rs-3"]
        );
        assert_eq!(responses[0], corrected);
        let mut stale = session.clone();
        assert!(stale.keep_feedback_of(&saved));
        assert_eq!(stale.feedback, saved.feedback);
        let mut newer = saved.clone();
        assert!(
            !newer.keep_feedback_of(&session),
            "the earlier copy never comes back"
        );
    }

    /// 200 responses at once (the figure; its time in a browser is printed by
    /// `tests/e2e/feedback.test.mjs`, never asserted): every one counted once, the duplicates refused.
    #[test]
    fn two_hundred_responses_at_once() {
        let session = asking();
        let catalog = Catalog::default();
        let mut intake = Intake::new(&session, &catalog);
        let files: Vec<(String, Vec<u8>)> = (0..200)
            .map(|i| {
                let mut r = response(&format!("rs-{i:03}"), (i % 5 + 1) as u8);
                r.perspective = crate::core::feedback::Perspective::ALL[i % 3];
                (format!("{i}.json"), file(&r))
            })
            .collect();
        let entries: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        intake.add("all.zip", &zip_of(&entries));
        for (name, bytes) in files.iter().take(10) {
            intake.add(name, bytes);
        }
        assert_eq!(intake.counts(), (200, 10));
        let (answers, _) = intake.finish();
        assert_eq!(answers.len(), 200);
        let mut history = History::new(vec![session], SortedMap::new());
        history.keep_feedback("s-1", answers);
        let (responses, _) = kept::responses(history.get("s-1").unwrap());
        let per_level: Vec<usize> = (1..=5)
            .map(|l| {
                responses
                    .iter()
                    .filter(|r| r.ratings.get("agility.speed") == Some(&l))
                    .count()
            })
            .collect();
        assert_eq!(per_level, [40; 5]);
    }
}
