//! The frameworks a cohort is rated on beyond the built-ins: the framework files participants'
//! files carry, read by the one framework loader (`frameworks::file::load`), one per id.
//!
//! Two participants may hand in different files of one framework id (a revised file, or two
//! unrelated files that chose the same id). The page shows one definition per id, so that an
//! item means the same for everyone counted on it: the file a participant added last (its
//! `added` time, as in the widget's own history, where the later file of a framework wins).
//! Ratings of items that definition lacks are not counted, like any item no framework here
//! knows; the page says how many versions were handed in and which one it shows.

use super::intake::Submission;
use crate::core::model::frameworks::catalog::{builtin_framework, intern};
use crate::core::model::frameworks::file::{self, FileError};
use crate::core::model::frameworks::Framework;

/// The frameworks found, and what the page must say about them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CohortFrameworks {
    /// One per framework id, in the order first handed in.
    pub added: Vec<&'static Framework>,
    pub notes: Vec<FrameworkNote>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FrameworkNote {
    /// `versions` different files of one framework id were handed in; `shown` is used.
    Versions {
        shown: &'static Framework,
        versions: usize,
    },
    /// A file carried a framework file the loader refused; the file's other ratings count.
    Unreadable { file: String, error: FileError },
}

/// Each id's candidates: (added, file index, framework), in the order met.
type Candidates = Vec<(String, Vec<(i64, usize, &'static Framework)>)>;

/// Reads every framework file the submissions carry.
pub fn gather(files: &[Submission]) -> CohortFrameworks {
    let mut found = CohortFrameworks::default();
    let mut by_id: Candidates = Vec::new();
    for (index, submission) in files.iter().enumerate() {
        for kept in &submission.frameworks {
            let framework = match file::load(&kept.file) {
                // A built-in's id is not a file's to redefine (the widget refuses it too).
                Ok(framework) if builtin_framework(&framework.id).is_some() => continue,
                Ok(framework) => intern(framework),
                Err(error) => {
                    found.notes.push(FrameworkNote::Unreadable {
                        file: submission.file.clone(),
                        error,
                    });
                    continue;
                }
            };
            let candidate = (kept.added, index, framework);
            match by_id.iter_mut().find(|(id, _)| *id == framework.id) {
                Some((_, candidates)) => candidates.push(candidate),
                None => by_id.push((framework.id.to_string(), vec![candidate])),
            }
        }
    }
    for (_, candidates) in by_id {
        // The one added last; of two added at once, the one in the file added later.
        let &(_, _, shown) = candidates
            .iter()
            .max_by_key(|(added, index, _)| (*added, *index))
            .expect("an id is listed with its first candidate");
        // `intern` gives one reference per distinct content.
        let mut versions: Vec<&Framework> = Vec::new();
        for (_, _, f) in &candidates {
            if !versions.iter().any(|v| std::ptr::eq(*v, *f)) {
                versions.push(f);
            }
        }
        if versions.len() > 1 {
            found.notes.push(FrameworkNote::Versions {
                shown,
                versions: versions.len(),
            });
        }
        found.added.push(shown);
    }
    found
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::cohort::intake::Source;
    use crate::core::cohort::Wave;
    use crate::core::model::history::KeptFramework;
    use crate::core::model::session::Session;

    /// A small valid framework file: three axes of one item each, a three-level scale.
    pub(crate) fn framework_file(id: &str, version: &str, first_axis: &str) -> String {
        let text = |t: &str| format!("{{\"en\":\"{t}\"}}");
        let axis = |n: usize, name: &str| {
            format!(
                "{{\"id\":\"{id}.a{n}\",\"name\":{},\"description\":{},\"items\":[{{\"id\":\"{id}.a{n}.1\",\"prompt\":{}}}]}}",
                text(name),
                text("An axis"),
                text("How do you do?")
            )
        };
        let level =
            |name: &str| format!("{{\"name\":{},\"descriptor\":{}}}", text(name), text(name));
        format!(
            "{{\"format\":\"cermin.framework\",\"format_version\":1,\"id\":\"{id}\",\"version\":\"{version}\",\"name\":{},\"description\":{},\"scale\":{{\"question\":{},\"levels\":[{},{},{}]}},\"axes\":[{},{},{}]}}",
            text("Our framework"),
            text("Ours"),
            text("How well?"),
            level("Low"),
            level("Middle"),
            level("High"),
            axis(1, first_axis),
            axis(2, "Second"),
            axis(3, "Third"),
        )
    }

    pub(crate) fn carrying(file: &str, frameworks: &[(i64, String)]) -> Submission {
        let mut session = Session::new(format!("{file}-s"), 1);
        session.ratings.insert("ours.a1.1".into(), 2);
        Submission {
            file: file.into(),
            name: None,
            sessions: vec![session],
            source: Source::Share,
            wave: Wave::Before,
            frameworks: (frameworks.iter())
                .map(|(added, file)| KeptFramework {
                    added: *added,
                    file: file.clone(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_carried_framework_is_read_once_however_many_bring_it() {
        let ours = framework_file("ours", "1.0", "First");
        let found = gather(&[
            carrying("a.json", &[(5, ours.clone())]),
            carrying("b.json", &[(9, ours.clone())]),
        ]);
        assert_eq!(found.notes, []);
        assert_eq!(found.added.len(), 1);
        assert_eq!(found.added[0].id, "ours");
        assert_eq!(found.added[0].axes[0].items[0].id, "ours.a1.1");
    }

    #[test]
    fn of_two_versions_the_one_added_last_is_shown_and_said() {
        let old = framework_file("ours", "1.0", "First");
        let new = framework_file("ours", "2.0", "First, revised");
        let found = gather(&[
            carrying("a.json", &[(9, new.clone())]),
            carrying("b.json", &[(5, old.clone())]),
            carrying("c.json", &[(7, old)]),
        ]);
        assert_eq!(found.added.len(), 1);
        assert_eq!(found.added[0].version, "2.0");
        assert_eq!(
            found.notes,
            [FrameworkNote::Versions {
                shown: found.added[0],
                versions: 2
            }]
        );
    }

    #[test]
    fn a_file_the_loader_refuses_is_named_and_a_builtin_id_ignored() {
        let broken = framework_file("ours", "1.0", "First").replace("\"levels\"", "\"lvls\"");
        let builtin = framework_file("agility", "9", "First");
        let found = gather(&[carrying("a.json", &[(1, broken), (2, builtin)])]);
        assert_eq!(found.added, Vec::<&Framework>::new());
        match &found.notes[..] {
            [FrameworkNote::Unreadable { file, error }] => {
                assert_eq!(file, "a.json");
                assert!(error.path.starts_with("scale"), "{error:?}");
            }
            other => panic!("{other:?}"),
        }
    }
}
