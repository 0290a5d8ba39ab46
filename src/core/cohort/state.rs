//! The cohort page's state and its one reducer: the files read, the wave rule, the name switch.
//!
//! Pure, like `state`: the files arrive already read, and keeping the cohort in the browser is
//! done by the page in an effect keyed on [`CohortState::revision`].

use crate::core::cohort::frameworks::{gather, CohortFrameworks};
use crate::core::cohort::group::Cohort;
use crate::core::cohort::intake::{Intake, Refusal, Submission};
use crate::core::cohort::texts::C;
use crate::core::cohort::{Wave, WaveRule};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::catalog::builtin;
use crate::core::model::frameworks::Framework;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct CohortState {
    pub lang: Lang,
    /// The framework on screen: a built-in, or one a participant's file carried.
    pub framework: &'static Framework,
    /// The frameworks the files carry (read from the files, so never stored apart from them).
    pub frameworks: Rc<CohortFrameworks>,
    /// Every file read, in the order added.
    pub files: Rc<Vec<Submission>>,
    pub refusals: Rc<Vec<Refusal>>,
    /// How many files were added in all (archives count the files inside).
    pub files_read: usize,
    pub rule: WaveRule,
    pub hide_names: bool,
    /// The trainer chose "Keep this cohort in this browser".
    pub keep: bool,
    /// The files, rule and switch put together.
    pub cohort: Rc<Cohort>,
    pub status: Option<C>,
    /// Bumped whenever what is kept changes.
    pub revision: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CohortAction {
    Lang(Lang),
    Framework(&'static Framework),
    /// Files were read: the good ones join the cohort, the refused ones are listed.
    Added(Intake),
    Clear,
    Rule(WaveRule),
    /// The trainer marked a file as a wave (used when waves are assigned by hand).
    MarkWave(usize, Wave),
    HideNames(bool),
    Keep(bool),
    /// A kept cohort was found when the page opened.
    Restored {
        files: Vec<Submission>,
        rule: WaveRule,
        hide_names: bool,
    },
    Say(C),
}

impl CohortState {
    pub fn new(lang: Lang) -> CohortState {
        CohortState {
            lang,
            framework: &builtin()[0],
            frameworks: Rc::default(),
            files: Rc::default(),
            refusals: Rc::default(),
            files_read: 0,
            rule: WaveRule::default(),
            hide_names: false,
            keep: false,
            cohort: Rc::default(),
            status: None,
            revision: 0,
        }
    }

    /// The frameworks offered as tabs: the built-ins, then those the files carry that a counted
    /// session rates (a share file carries every framework file its author added).
    pub fn offered(&self) -> Vec<&'static Framework> {
        let rated = |f: &Framework| {
            (self.cohort.participants.iter())
                .flat_map(|p| p.counted.iter().flatten())
                .any(|s| s.touches(f))
        };
        let added = self.frameworks.added.iter().copied();
        builtin().iter().chain(added.filter(|f| rated(f))).collect()
    }

    /// The new state, or `None` when nothing changes.
    pub fn apply(&self, action: CohortAction) -> Option<CohortState> {
        let mut next = self.clone();
        let mut regroup = true;
        match action {
            CohortAction::Lang(lang) if lang != self.lang => {
                next.lang = lang;
                regroup = false;
            }
            CohortAction::Framework(f) if f != self.framework => {
                next.framework = f;
                regroup = false;
            }
            CohortAction::Added(intake) => {
                next.files_read += intake.submissions.len() + intake.refusals.len();
                Rc::make_mut(&mut next.files).extend(intake.submissions);
                Rc::make_mut(&mut next.refusals).extend(intake.refusals);
                next.frameworks = Rc::new(gather(&next.files));
                next.status = None;
            }
            CohortAction::Clear => {
                next = CohortState {
                    keep: self.keep,
                    ..CohortState::new(self.lang)
                };
                // A framework only the cleared files carried goes with them.
                if builtin().iter().any(|f| f == self.framework) {
                    next.framework = self.framework;
                }
                next.revision = self.revision;
            }
            CohortAction::Rule(rule) if rule != self.rule => next.rule = rule,
            CohortAction::MarkWave(index, wave) => {
                let file = Rc::make_mut(&mut next.files).get_mut(index)?;
                if file.wave == wave {
                    return None;
                }
                file.wave = wave;
            }
            CohortAction::HideNames(hide) if hide != self.hide_names => next.hide_names = hide,
            CohortAction::Keep(keep) if keep != self.keep => {
                next.keep = keep;
                next.status = Some(if keep { C::Kept } else { C::NotKept });
            }
            CohortAction::Restored {
                files,
                rule,
                hide_names,
            } => {
                next.files_read = files.len();
                next.files = Rc::new(files);
                next.rule = rule;
                next.hide_names = hide_names;
                next.keep = true;
                next.status = Some(C::Restored);
                // What was just read from storage needs no writing back.
                next.cohort = Rc::new(Cohort::assemble(&next.files, next.rule));
                next.frameworks = Rc::new(gather(&next.files));
                return Some(next);
            }
            CohortAction::Say(text) => {
                next.status = Some(text);
                regroup = false;
            }
            _ => return None,
        }
        if regroup {
            next.cohort = Rc::new(Cohort::assemble(&next.files, next.rule));
            next.revision += 1;
        }
        Some(next)
    }
}

/// A date that likely separates two waves: the middle of the longest pause between sessions
/// (the training), or `None` with fewer than two distinct times.
pub fn suggested_split(files: &[Submission]) -> Option<i64> {
    let mut times: Vec<i64> = files
        .iter()
        .flat_map(|f| f.sessions.iter().map(|s| s.created))
        .collect();
    times.sort_unstable();
    times.dedup();
    let (a, b) = times
        .windows(2)
        .map(|w| (w[0], w[1]))
        .max_by_key(|(a, b)| b - a)?;
    Some(a + (b - a) / 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cohort::intake::{Refused, Source};
    use crate::core::model::session::Session;

    fn file(name: &str, created: i64) -> Submission {
        let mut s = Session::new(format!("s{created}"), created);
        s.ratings.insert("agility.speed".into(), 3);
        Submission {
            file: format!("{name}.json"),
            name: Some(name.into()),
            sessions: vec![s],
            source: Source::Share,
            wave: Wave::Before,
            frameworks: Vec::new(),
        }
    }

    fn intake(files: Vec<Submission>, refused: &[&str]) -> Intake {
        Intake {
            submissions: files,
            refusals: refused
                .iter()
                .map(|f| Refusal {
                    file: f.to_string(),
                    reason: Refused::Damaged,
                })
                .collect(),
        }
    }

    #[test]
    fn adding_files_regroups_and_bumps_the_revision() {
        let s = CohortState::new(Lang::En);
        let s = s
            .apply(CohortAction::Added(intake(
                vec![file("a", 1), file("b", 2)],
                &["x"],
            )))
            .unwrap();
        assert_eq!(
            (s.files_read, s.cohort.participants.len(), s.revision),
            (3, 2, 1)
        );
        let s = s.apply(CohortAction::Rule(WaveRule::ByFile)).unwrap();
        let s = s.apply(CohortAction::MarkWave(1, Wave::After)).unwrap();
        assert!(s.cohort.has_after());
        assert_eq!(s.apply(CohortAction::MarkWave(1, Wave::After)), None);
        assert_eq!(s.apply(CohortAction::MarkWave(9, Wave::After)), None);
        let hidden = s.apply(CohortAction::HideNames(true)).unwrap();
        assert!(hidden.hide_names && hidden.revision > s.revision);
        let cleared = hidden.apply(CohortAction::Clear).unwrap();
        assert!(cleared.files.is_empty() && cleared.refusals.is_empty());
        assert_eq!(cleared.apply(CohortAction::Lang(Lang::En)), None);
    }

    #[test]
    fn keeping_says_so_and_a_restored_cohort_is_kept() {
        let s = CohortState::new(Lang::Id)
            .apply(CohortAction::Keep(true))
            .unwrap();
        assert_eq!(s.status, Some(C::Kept));
        let restored = CohortState::new(Lang::Id)
            .apply(CohortAction::Restored {
                files: vec![file("a", 1)],
                rule: WaveRule::Single,
                hide_names: true,
            })
            .unwrap();
        assert!(restored.keep && restored.hide_names);
        assert_eq!(
            (restored.revision, restored.cohort.participants.len()),
            (0, 1)
        );
    }

    #[test]
    fn a_framework_a_file_carries_is_offered_until_the_files_are_cleared() {
        use crate::core::cohort::frameworks::tests::{carrying, framework_file};
        let ours = framework_file("ours", "1.0", "First");
        let s = CohortState::new(Lang::En)
            .apply(CohortAction::Added(intake(
                vec![carrying("a.json", &[(1, ours)])],
                &[],
            )))
            .unwrap();
        let offered: Vec<_> = s.offered().iter().map(|f| &*f.id).collect();
        assert_eq!(offered, ["agility", "digcomp", "widyaiswara", "ours"]);
        let on_ours = s.apply(CohortAction::Framework(s.offered()[3])).unwrap();
        let cleared = on_ours.apply(CohortAction::Clear).unwrap();
        assert_eq!(cleared.framework.id, "agility");
        assert_eq!(cleared.offered().len(), 3);
    }

    #[test]
    fn the_suggested_split_falls_in_the_longest_pause() {
        let files = [file("a", 10), file("b", 12), file("c", 100), file("d", 104)];
        assert_eq!(suggested_split(&files), Some(56));
        assert_eq!(suggested_split(&files[..1]), None);
    }
}
