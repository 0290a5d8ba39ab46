//! Who is in the cohort: participants found in the files, deduplicated, each session put in a wave.
//!
//! The same session handed in twice (the same id) is merged, its newest copy kept. A person is
//! known by their name or pseudonym (case and spacing ignored), else by the file they handed in;
//! a person with several sessions in one wave counts once there, with their newest session.

use super::intake::Submission;
use super::{Wave, WaveRule};
use crate::core::model::session::Session;

/// One person of the cohort.
#[derive(Clone, Debug, PartialEq)]
pub struct Participant {
    /// `P01`, `P02`, …: in the order the files were added; what is shown when names are hidden.
    pub code: String,
    /// The name or pseudonym they gave (or Moodle put on their file), if any.
    pub name: Option<String>,
    /// The first file of theirs: names them when they gave no name.
    pub file: String,
    /// The session that counts in each wave (`Wave::index`).
    pub counted: [Option<Session>; 2],
    /// Their other sessions: older ones in a wave where a newer one counts.
    pub superseded: usize,
}

impl Participant {
    pub fn session(&self, wave: Wave) -> Option<&Session> {
        self.counted[wave.index()].as_ref()
    }

    /// What the page and the exports call this person: the code when names are hidden.
    pub fn shown_name(&self, hide_names: bool) -> &str {
        match (&self.name, hide_names) {
            (Some(name), false) => name,
            _ if hide_names => &self.code,
            _ => &self.file,
        }
    }
}

/// The participants, and what merging found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cohort {
    pub participants: Vec<Participant>,
    /// Copies of a session already handed in (the same session id), merged into one.
    pub merged: usize,
    pub rule: WaveRule,
}

/// One copy of a session, with where it came from.
struct Copy<'a> {
    session: &'a Session,
    name: Option<&'a str>,
    file_index: usize,
    wave: Wave,
}

impl Cohort {
    /// Puts the files together under a wave rule.
    pub fn assemble(files: &[Submission], rule: WaveRule) -> Cohort {
        let mut copies: Vec<Copy> = files
            .iter()
            .enumerate()
            .flat_map(|(file_index, f)| {
                f.sessions.iter().map(move |session| Copy {
                    session,
                    name: f.name.as_deref(),
                    file_index,
                    wave: f.wave,
                })
            })
            .collect();
        // Per session id the newest copy first; a name given on any copy names the session.
        copies.sort_by(|a, b| {
            (&a.session.id, b.session.updated, a.file_index).cmp(&(
                &b.session.id,
                a.session.updated,
                b.file_index,
            ))
        });
        let mut merged = 0;
        let mut kept: Vec<Copy> = Vec::with_capacity(copies.len());
        for copy in copies {
            match kept.last_mut() {
                Some(last) if last.session.id == copy.session.id => {
                    merged += 1;
                    last.name = last.name.or(copy.name);
                    last.file_index = last.file_index.min(copy.file_index);
                }
                _ => kept.push(copy),
            }
        }
        // People in the order their first file was added.
        kept.sort_by_key(|c| c.file_index);
        let mut keys: Vec<String> = Vec::new();
        let mut participants: Vec<Participant> = Vec::new();
        for copy in kept {
            let key = match copy.name.map(normalise).filter(|n| !n.is_empty()) {
                Some(name) => format!("name:{name}"),
                None => format!("file:{}", copy.file_index),
            };
            let at = match keys.iter().position(|k| *k == key) {
                Some(at) => at,
                None => {
                    keys.push(key);
                    participants.push(Participant {
                        code: String::new(),
                        name: copy.name.map(|n| n.trim().to_string()),
                        file: files[copy.file_index].file.clone(),
                        counted: [None, None],
                        superseded: 0,
                    });
                    participants.len() - 1
                }
            };
            let person = &mut participants[at];
            let wave = rule.wave_of(copy.session, copy.wave);
            let slot = &mut person.counted[wave.index()];
            match slot {
                Some(there) if newer(there, copy.session) => person.superseded += 1,
                Some(_) => {
                    person.superseded += 1;
                    *slot = Some(copy.session.clone());
                }
                None => *slot = Some(copy.session.clone()),
            }
        }
        let width = participants.len().to_string().len().max(2);
        for (n, person) in participants.iter_mut().enumerate() {
            person.code = format!("P{:0width$}", n + 1);
        }
        Cohort {
            participants,
            merged,
            rule,
        }
    }

    /// Whether there is anyone in the "After" wave (otherwise the page shows one group).
    pub fn has_after(&self) -> bool {
        self.participants
            .iter()
            .any(|p| p.session(Wave::After).is_some())
    }

    /// Each participant's counted session in a wave.
    pub fn in_wave(&self, wave: Wave) -> impl Iterator<Item = (&Participant, &Session)> {
        self.participants
            .iter()
            .filter_map(move |p| Some((p, p.session(wave)?)))
    }
}

/// Whether `a` is the newer of two sessions of one person: created later (then saved later).
fn newer(a: &Session, b: &Session) -> bool {
    (a.created, a.updated, &a.id) > (b.created, b.updated, &b.id)
}

/// A name as compared: lower case, single spaces.
fn normalise(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cohort::intake::Source;

    fn session(id: &str, created: i64, speed: u8) -> Session {
        let mut s = Session::new(id.into(), created);
        s.ratings.insert("agility.speed".into(), speed);
        s
    }

    fn file(name: Option<&str>, sessions: Vec<Session>, wave: Wave) -> Submission {
        Submission {
            file: format!("{}.json", name.unwrap_or("anon")),
            name: name.map(String::from),
            sessions,
            source: Source::Share,
            wave,
            frameworks: Vec::new(),
        }
    }

    #[test]
    fn a_person_counts_once_per_wave_with_the_newest_session() {
        let files = [
            file(Some("Ani"), vec![session("a1", 10, 2)], Wave::Before),
            file(Some("Budi"), vec![session("b1", 11, 3)], Wave::Before),
            file(Some(" ani "), vec![session("a2", 20, 4)], Wave::Before),
            file(Some("ANI"), vec![session("a3", 15, 1)], Wave::Before),
        ];
        let cohort = Cohort::assemble(&files, WaveRule::Single);
        assert_eq!(cohort.participants.len(), 2);
        let ani = &cohort.participants[0];
        assert_eq!(
            (ani.code.as_str(), ani.name.as_deref()),
            ("P01", Some("Ani"))
        );
        assert_eq!(ani.session(Wave::Before).unwrap().id, "a2");
        assert_eq!(ani.superseded, 2);
        assert_eq!(cohort.participants[1].code, "P02");
        assert!(!cohort.has_after());
    }

    #[test]
    fn the_same_session_handed_in_twice_is_merged_keeping_the_newest_copy() {
        let mut edited = session("a1", 10, 5);
        edited.updated = 50;
        let files = [
            file(None, vec![session("a1", 10, 2)], Wave::Before),
            file(Some("Ani"), vec![edited], Wave::Before),
        ];
        let cohort = Cohort::assemble(&files, WaveRule::Single);
        assert_eq!(cohort.merged, 1);
        assert_eq!(cohort.participants.len(), 1);
        let ani = &cohort.participants[0];
        assert_eq!(ani.name.as_deref(), Some("Ani"));
        assert_eq!(
            ani.session(Wave::Before).unwrap().rating("agility.speed"),
            Some(5)
        );
    }

    #[test]
    fn waves_by_hand_or_by_a_date_split() {
        let backup = Submission {
            source: Source::Backup,
            ..file(
                None,
                vec![
                    session("x1", 10, 2),
                    session("x2", 100, 4),
                    session("x3", 5, 1),
                ],
                Wave::Before,
            )
        };
        let files = [
            backup,
            file(Some("Budi"), vec![session("b2", 200, 3)], Wave::After),
        ];
        let by_hand = Cohort::assemble(&files, WaveRule::ByFile);
        assert_eq!(
            by_hand.participants[0].session(Wave::Before).unwrap().id,
            "x2"
        );
        assert_eq!(
            by_hand.participants[1].session(Wave::After).unwrap().id,
            "b2"
        );
        let split = Cohort::assemble(&files, WaveRule::SplitAt(50));
        let x = &split.participants[0];
        assert_eq!(x.session(Wave::Before).unwrap().id, "x1");
        assert_eq!(x.session(Wave::After).unwrap().id, "x2");
        assert_eq!(
            (x.superseded, x.name.as_deref(), x.shown_name(false)),
            (1, None, "anon.json")
        );
        assert_eq!(x.shown_name(true), "P01");
        assert!(split.has_after());
    }

    #[test]
    fn codes_grow_a_digit_past_99_people() {
        let files: Vec<_> = (0..120)
            .map(|n| {
                file(
                    Some(&format!("p{n}")),
                    vec![session(&format!("s{n}"), n, 3)],
                    Wave::Before,
                )
            })
            .collect();
        let cohort = Cohort::assemble(&files, WaveRule::Single);
        assert_eq!(cohort.participants[0].code, "P001");
        assert_eq!(cohort.participants[119].code, "P120");
    }
}
