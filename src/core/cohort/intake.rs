//! Reading what participants handed in: share files, full backups, and `.zip` archives of them.
//!
//! Every file either becomes a [`Submission`] or a [`Refusal`] with its reason; one bad file never
//! stops the others. Archives are read by `core::archive` (each file inside held to
//! [`MAX_DOCUMENT_BYTES`]).

use super::read::read_document;
pub use super::read::{Refused, Source};
use super::Wave;
use crate::core::archive::{is_zip, read_archive, ArchiveError, EntryError};
pub use crate::core::archive::{MAX_ARCHIVE_BYTES, MAX_ARCHIVE_FILES};
use crate::core::model::history::KeptFramework;
use crate::core::model::session::Session;
use crate::core::store::codec::MAX_DOCUMENT_BYTES;

/// One participant's file, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    /// The file's name; inside an archive, `archive.zip/folder/file.json`.
    pub file: String,
    /// The name or pseudonym the person gave, or the one Moodle put on the file.
    pub name: Option<String>,
    pub sessions: Vec<Session>,
    pub source: Source,
    /// The wave the trainer put this file in (used when waves are assigned by hand).
    pub wave: Wave,
    /// The framework files it carries (those the person added; `frameworks` reads them).
    pub frameworks: Vec<KeptFramework>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub file: String,
    pub reason: Refused,
}

/// Everything a batch of files gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Intake {
    pub submissions: Vec<Submission>,
    pub refusals: Vec<Refusal>,
}

impl Intake {
    /// Reads one file the trainer added: an archive is opened and each file in it read.
    pub fn add(&mut self, file: &str, bytes: &[u8]) {
        if is_zip(file, bytes) {
            self.add_archive(file, bytes);
        } else {
            self.add_document(file, bytes, None);
        }
    }

    fn add_document(&mut self, file: &str, bytes: &[u8], moodle_name: Option<String>) {
        match read_document(bytes) {
            Ok(document) => self.submissions.push(Submission {
                file: file.to_string(),
                name: document.name.or(moodle_name),
                sessions: document.sessions,
                source: document.source,
                wave: Wave::Before,
                frameworks: document.frameworks,
            }),
            Err(reason) => self.refuse(file, reason),
        }
    }

    /// Lists a file as refused (the page refuses one too big to read without reading it).
    pub fn refuse(&mut self, file: &str, reason: Refused) {
        self.refusals.push(Refusal {
            file: file.to_string(),
            reason,
        });
    }

    fn add_archive(&mut self, file: &str, bytes: &[u8]) {
        let read = read_archive(bytes, MAX_DOCUMENT_BYTES, |path, content| {
            let shown = format!("{file}/{path}");
            match content {
                Ok(content) => self.add_document(&shown, &content, moodle_name(path)),
                Err(EntryError::TooLarge) => self.refuse(&shown, Refused::TooLarge),
                Err(EntryError::Damaged) => self.refuse(&shown, Refused::Damaged),
                Err(EntryError::Archive) => self.refuse(&shown, Refused::NotCermin),
            }
        });
        match read {
            Ok(()) => {}
            Err(ArchiveError::TooLarge) => self.refuse(file, Refused::TooLarge),
            Err(ArchiveError::Damaged) => self.refuse(file, Refused::Damaged),
        }
    }
}

/// The participant's name in the path Moodle gives each submission in "Download all
/// submissions": `Ani Wijaya_123456_assignsubmission_file_/…` (a folder, or a prefix of the file).
pub fn moodle_name(path: &str) -> Option<String> {
    let (head, _) = path.split_once("_assignsubmission_")?;
    let head = head.rsplit('/').next()?;
    let (name, id) = head.rsplit_once('_')?;
    let name = name.trim();
    (id.bytes().all(|b| b.is_ascii_digit()) && !name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::archive::zip_of;
    use crate::core::model::history::History;
    use crate::core::model::sorted_map::SortedMap;
    use crate::core::store::codec;
    use crate::core::store::share::share_file;

    fn session(id: &str, created: i64, speed: u8) -> Session {
        let mut s = Session::new(id.into(), created);
        s.ratings.insert("agility.speed".into(), speed);
        s
    }

    fn share(name: &str, s: &Session) -> Vec<u8> {
        share_file(s, &History::default(), name, false, 1).into_bytes()
    }

    /// A share file as the widget wrote it before version 2 (`cermin.share`, version 1).
    fn share_v1(name: &str, s: &Session) -> String {
        format!(
            "{{\"format\":\"cermin.share\",\"version\":1,\"name\":{name:?},\"shared_at\":1,\"session\":{}}}",
            codec::encode_session(s)
        )
    }

    fn check(file: &str, bytes: &[u8], expected: Result<usize, Refused>) {
        let mut intake = Intake::default();
        intake.add(file, bytes);
        match expected {
            Ok(sessions) => {
                assert_eq!(intake.refusals, [], "{file}");
                assert_eq!(intake.submissions[0].sessions.len(), sessions, "{file}");
            }
            Err(reason) => assert_eq!(
                intake.refusals,
                [Refusal {
                    file: file.into(),
                    reason
                }]
            ),
        }
    }

    #[test]
    fn reads_share_files_and_backups_and_refuses_the_rest_with_a_reason() {
        let s = session("a1", 1_700_000_000_000, 3);
        let backup = codec::encode_backup(
            &History::new(
                vec![s.clone(), session("a2", 1_800_000_000_000, 4)],
                SortedMap::new(),
            ),
            5,
        );
        let newer_share = share_v1("", &s).replace("\"version\":1", "\"version\":9");
        let newer_backup = backup.replace(
            &format!("\"version\":{}", codec::VERSION),
            &format!("\"version\":{}", codec::VERSION + 1),
        );
        let bad_level = String::from_utf8(share("", &s))
            .unwrap()
            .replace(":3}", ":9}");
        let empty = codec::encode_backup(&History::default(), 5);
        let full = String::from_utf8(share("", &s)).unwrap();
        check("ok.json", &share("Ani", &s), Ok(1));
        check("v1.json", share_v1("Ani", &s).as_bytes(), Ok(1));
        check("backup.json", backup.as_bytes(), Ok(2));
        check(
            "photo.jpg",
            &[0xff, 0xd8, 0xff, 0xe0, 0x80],
            Err(Refused::NotCermin),
        );
        check(
            "other.json",
            b"{\"format\":\"other\"}",
            Err(Refused::NotCermin),
        );
        check("list.json", b"[1,2]", Err(Refused::NotCermin));
        check("notes.txt", b"hello", Err(Refused::NotCermin));
        check("newer.json", newer_share.as_bytes(), Err(Refused::Newer));
        check(
            "newer-backup.json",
            newer_backup.as_bytes(),
            Err(Refused::Newer),
        );
        check(
            "cut.json",
            &full.as_bytes()[..full.len() / 2],
            Err(Refused::Damaged),
        );
        check("level.json", bad_level.as_bytes(), Err(Refused::Damaged));
        check("empty.json", empty.as_bytes(), Err(Refused::Empty));
        let big = vec![b' '; MAX_DOCUMENT_BYTES + 1];
        check("big.json", &big, Err(Refused::TooLarge));
        check("broken.zip", b"PK\x03\x04nonsense", Err(Refused::Damaged));
    }

    #[test]
    fn others_feedback_in_a_backup_stays_out_of_the_cohort() {
        let mut s = session("a1", 1, 3);
        s.feedback.insert("rs".into(), "{\"c\":\"secret\"}".into());
        let backup = codec::encode_backup(&History::new(vec![s], SortedMap::new()), 5);
        assert!(backup.contains("secret"));
        let mut intake = Intake::default();
        intake.add("backup.json", backup.as_bytes());
        assert!(intake.submissions[0].sessions[0].feedback.is_empty());
    }

    #[test]
    fn the_name_in_the_file_wins_and_a_bom_is_fine() {
        let s = session("a1", 1, 3);
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend(share("  Ani  ", &s));
        let mut intake = Intake::default();
        intake.add("x.json", &bytes);
        assert_eq!(intake.submissions[0].name.as_deref(), Some("Ani"));
        assert_eq!(intake.submissions[0].source, Source::Share);
    }

    #[test]
    fn reads_a_moodle_download_all_archive() {
        let (a, b) = (session("a1", 1, 3), session("b1", 2, 4));
        let archive = zip_of(&[
            (
                "Ani Wijaya_101_assignsubmission_file_/cermin-share.json",
                &share("", &a),
            ),
            (
                "Budi_102_assignsubmission_file_cermin-share-budi.json",
                &share("B.", &b),
            ),
            ("Citra_103_assignsubmission_file_/notes.pdf", b"%PDF-1.4"),
            ("__MACOSX/._x.json", b"junk"),
        ]);
        let mut intake = Intake::default();
        intake.add("submissions.zip", &archive);
        let names: Vec<_> = intake.submissions.iter().map(|s| s.name.clone()).collect();
        assert_eq!(
            names,
            [Some("Ani Wijaya".to_string()), Some("B.".to_string())]
        );
        assert_eq!(
            intake.refusals,
            [Refusal {
                file: "submissions.zip/Citra_103_assignsubmission_file_/notes.pdf".into(),
                reason: Refused::NotCermin
            }]
        );
    }

    #[test]
    fn moodle_names_come_from_the_folder_or_the_prefix() {
        for (path, expected) in [
            (
                "Ani Wijaya_101_assignsubmission_file_/a.json",
                Some("Ani Wijaya"),
            ),
            ("x/Budi_7_assignsubmission_file_b.json", Some("Budi")),
            ("a_b_assignsubmission_file_/a.json", None),
            ("plain.json", None),
        ] {
            assert_eq!(moodle_name(path).as_deref(), expected, "{path}");
        }
    }
}
