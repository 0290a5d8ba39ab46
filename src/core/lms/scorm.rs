//! SCORM 1.2 and 2004 as Cermin uses them: the runtime's name and methods, the elements read and
//! written and their values. `ui::lms` only finds the runtime and makes these calls.
//!
//! Never written: a score or a success status. A self-reflection has no right answers.

use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;

/// Which SCORM. The package says which (`data-scorm` on its `index.html`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standard {
    Scorm12,
    Scorm2004,
}

/// The runtime's methods, by what they do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    Initialize,
    GetValue,
    SetValue,
    Commit,
    Finish,
    GetLastError,
}

impl Standard {
    /// `12` or `2004`, as in the package's `data-scorm` attribute.
    pub fn from_code(code: &str) -> Option<Standard> {
        match code {
            "12" | "1.2" => Some(Standard::Scorm12),
            "2004" => Some(Standard::Scorm2004),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Standard::Scorm12 => "12",
            Standard::Scorm2004 => "2004",
        }
    }

    /// The object the LMS puts on one of our ancestor windows (or the opener's).
    pub fn api_name(self) -> &'static str {
        match self {
            Standard::Scorm12 => "API",
            Standard::Scorm2004 => "API_1484_11",
        }
    }

    pub fn method(self, call: Call) -> &'static str {
        use Call::*;
        match (self, call) {
            (Standard::Scorm12, Initialize) => "LMSInitialize",
            (Standard::Scorm12, GetValue) => "LMSGetValue",
            (Standard::Scorm12, SetValue) => "LMSSetValue",
            (Standard::Scorm12, Commit) => "LMSCommit",
            (Standard::Scorm12, Finish) => "LMSFinish",
            (Standard::Scorm12, GetLastError) => "LMSGetLastError",
            (Standard::Scorm2004, Initialize) => "Initialize",
            (Standard::Scorm2004, GetValue) => "GetValue",
            (Standard::Scorm2004, SetValue) => "SetValue",
            (Standard::Scorm2004, Commit) => "Commit",
            (Standard::Scorm2004, Finish) => "Terminate",
            (Standard::Scorm2004, GetLastError) => "GetLastError",
        }
    }

    /// `suspend_data`'s size in characters: strict SCORM 1.2's `CMIString4096`, 2004's 64,000.
    pub fn suspend_limit(self) -> usize {
        match self {
            Standard::Scorm12 => 4096,
            Standard::Scorm2004 => 64_000,
        }
    }

    pub fn suspend_data(self) -> &'static str {
        "cmi.suspend_data"
    }

    /// The element that says whether the attempt is complete.
    pub fn completion(self) -> &'static str {
        match self {
            Standard::Scorm12 => "cmi.core.lesson_status",
            Standard::Scorm2004 => "cmi.completion_status",
        }
    }

    pub fn interaction_count(self) -> &'static str {
        "cmi.interactions._count"
    }

    /// What to write right after initialising, given the completion status read: an attempt
    /// never opened before becomes "incomplete", so the LMS shows it was started; a completed
    /// one is left as it is.
    pub fn launch_writes(self, completion: &str) -> Vec<(String, String)> {
        let fresh = matches!(completion, "" | "not attempted" | "unknown");
        if fresh {
            vec![(self.completion().into(), "incomplete".into())]
        } else {
            Vec::new()
        }
    }

    /// What a Save writes, in order (Commit follows): the history (unless the LMS's copy is not
    /// ours to overwrite), completion, one likert interaction per rated item, exit and time.
    pub fn save_writes(
        self,
        suspend_data: Option<&str>,
        session: &Session,
        slots: &mut Slots,
        elapsed_ms: i64,
    ) -> Vec<(String, String)> {
        let mut writes: Vec<(String, String)> = Vec::new();
        let mut set = |element: String, value: String| writes.push((element, value));
        if let Some(text) = suspend_data {
            set(self.suspend_data().into(), text.into());
        }
        set(self.completion().into(), "completed".into());
        for (item, level) in &session.ratings {
            let Some(id) = self.interaction_id(item) else {
                continue;
            };
            let n = slots.slot(&session.id, item);
            let field = |name: &str| format!("cmi.interactions.{n}.{name}");
            // The id first: the runtime checks the others against it.
            set(field("id"), id);
            set(field("type"), "likert".into());
            let response = match self {
                Standard::Scorm12 => "student_response",
                Standard::Scorm2004 => "learner_response",
            };
            set(field(response), level.to_string());
            set(field("result"), "neutral".into());
        }
        writes.extend(self.exit_writes(elapsed_ms));
        writes
    }

    /// What to write before leaving (Commit and Finish/Terminate follow): suspend, so that the
    /// next launch resumes this attempt with its `suspend_data`, and the time spent.
    pub fn exit_writes(self, elapsed_ms: i64) -> Vec<(String, String)> {
        match self {
            Standard::Scorm12 => vec![
                ("cmi.core.exit".into(), "suspend".into()),
                (
                    "cmi.core.session_time".into(),
                    super::time::cmi_timespan(elapsed_ms),
                ),
            ],
            Standard::Scorm2004 => vec![
                ("cmi.exit".into(), "suspend".into()),
                (
                    "cmi.session_time".into(),
                    super::time::iso_duration(elapsed_ms),
                ),
            ],
        }
    }

    /// An item id as an interaction id. SCORM 2004 takes a URI (`long_identifier_type`), which
    /// item ids already are (`digcomp.1.1`). SCORM 1.2's `CMIIdentifier`, read strictly, allows
    /// letters, digits, `_` and `-` only: each `.` becomes `-` (`digcomp-1-1`), and a `-` (which a
    /// framework file's ids may hold) becomes `-X`. Item ids are lowercase (`a-z 0-9 . - _`, as
    /// `frameworks::check` holds every file to), so an uppercase `X` never comes from an id and the
    /// mapping is one-to-one and can be read back. An id outside that alphabet (none passes the
    /// check) is not recorded rather than recorded under a lookalike.
    pub fn interaction_id(self, item: &str) -> Option<String> {
        let ok = !item.is_empty()
            && item.len() <= 125
            && item.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'_')
            });
        ok.then(|| match self {
            Standard::Scorm12 => item.replace('-', "-X").replace('.', "-"),
            Standard::Scorm2004 => item.to_string(),
        })
    }
}

/// Which interaction index each rated item of a session uses during this launch: saving again
/// rewrites the same entries, a new session (or a new item) takes the next free ones. Starts
/// after the interactions the LMS already holds (`cmi.interactions._count`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Slots {
    next: usize,
    taken: SortedMap<(String, String), usize>,
}

impl Slots {
    pub fn starting_at(count: usize) -> Slots {
        Slots {
            next: count,
            taken: SortedMap::new(),
        }
    }

    fn slot(&mut self, session: &str, item: &str) -> usize {
        let key = (session.to_string(), item.to_string());
        if let Some(&n) = self.taken.get(&key) {
            return n;
        }
        let n = self.next;
        self.next += 1;
        self.taken.insert(key, n);
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::frameworks::builtin;

    fn session() -> Session {
        let mut s = Session::new("s1".into(), 1_700_000_000_000);
        s.ratings.insert("agility.speed".into(), 4);
        s.ratings.insert("digcomp.1.1".into(), 7);
        s
    }

    fn get<'a>(writes: &'a [(String, String)], element: &str) -> Option<&'a str> {
        writes
            .iter()
            .rev()
            .find(|(e, _)| e == element)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn scorm12_save() {
        let mut slots = Slots::starting_at(0);
        let w = Standard::Scorm12.save_writes(Some("{}"), &session(), &mut slots, 90_000);
        assert_eq!(get(&w, "cmi.suspend_data"), Some("{}"));
        assert_eq!(get(&w, "cmi.core.lesson_status"), Some("completed"));
        assert_eq!(get(&w, "cmi.interactions.0.id"), Some("agility-speed"));
        assert_eq!(get(&w, "cmi.interactions.0.type"), Some("likert"));
        assert_eq!(get(&w, "cmi.interactions.0.student_response"), Some("4"));
        assert_eq!(get(&w, "cmi.interactions.1.id"), Some("digcomp-1-1"));
        assert_eq!(get(&w, "cmi.interactions.1.student_response"), Some("7"));
        assert_eq!(get(&w, "cmi.core.exit"), Some("suspend"));
        assert_eq!(get(&w, "cmi.core.session_time"), Some("0000:01:30.00"));
        assert!(w
            .iter()
            .all(|(e, _)| !e.contains("score") && !e.contains("success")));
        // The id of each interaction is written before its other fields.
        let id_at = w
            .iter()
            .position(|(e, _)| e == "cmi.interactions.1.id")
            .unwrap();
        let type_at = w
            .iter()
            .position(|(e, _)| e == "cmi.interactions.1.type")
            .unwrap();
        assert!(id_at < type_at);
    }

    #[test]
    fn scorm2004_save_without_suspend_data() {
        let mut slots = Slots::starting_at(5);
        let w = Standard::Scorm2004.save_writes(None, &session(), &mut slots, 1_500);
        assert_eq!(get(&w, "cmi.suspend_data"), None);
        assert_eq!(get(&w, "cmi.completion_status"), Some("completed"));
        assert_eq!(get(&w, "cmi.interactions.5.id"), Some("agility.speed"));
        assert_eq!(get(&w, "cmi.interactions.5.learner_response"), Some("4"));
        assert_eq!(get(&w, "cmi.interactions.6.id"), Some("digcomp.1.1"));
        assert_eq!(get(&w, "cmi.exit"), Some("suspend"));
        assert_eq!(get(&w, "cmi.session_time"), Some("PT1.5S"));
        assert!(w
            .iter()
            .all(|(e, _)| !e.contains("score") && !e.contains("success")));
    }

    #[test]
    fn saving_again_rewrites_the_same_interactions() {
        let mut slots = Slots::starting_at(0);
        let mut s = session();
        Standard::Scorm2004.save_writes(None, &s, &mut slots, 0);
        s.ratings.insert("agility.speed".into(), 5);
        s.ratings.insert("agility.reflecting".into(), 2);
        let w = Standard::Scorm2004.save_writes(None, &s, &mut slots, 0);
        // The same item keeps its index; a newly rated one takes the next.
        assert_eq!(get(&w, "cmi.interactions.0.id"), Some("agility.speed"));
        assert_eq!(get(&w, "cmi.interactions.0.learner_response"), Some("5"));
        assert_eq!(get(&w, "cmi.interactions.1.id"), Some("digcomp.1.1"));
        assert_eq!(get(&w, "cmi.interactions.2.id"), Some("agility.reflecting"));
        let mut other = session();
        other.id = "s2".into();
        let w = Standard::Scorm2004.save_writes(None, &other, &mut slots, 0);
        assert_eq!(get(&w, "cmi.interactions.3.id"), Some("agility.speed"));
    }

    #[test]
    fn every_item_id_maps_to_a_valid_interaction_id_one_to_one() {
        let mut seen12 = std::collections::HashSet::new();
        let ids = builtin().iter().flat_map(|f| f.items().map(|i| &*i.id));
        // Ids a framework file may have, next to lookalikes.
        let file_ids = [
            "my-fw.a-b",
            "my-fw.a.b",
            "my-fw.a--b",
            "my-fw.a.-b",
            "my-fw.a-.b",
            "my-fw.ax-b",
        ];
        for id in ids.chain(file_ids) {
            let id12 = Standard::Scorm12.interaction_id(id).expect(id);
            assert!(
                id12.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'),
                "{id12}"
            );
            assert!(
                seen12.insert(id12.clone()),
                "{id} maps onto another id's {id12}"
            );
            assert_eq!(unmap12(&id12), id, "read back");
            assert_eq!(Standard::Scorm2004.interaction_id(id).unwrap(), id);
        }
        assert_eq!(
            Standard::Scorm12.interaction_id("agility.speed").unwrap(),
            "agility-speed"
        );
        assert_eq!(
            Standard::Scorm12.interaction_id("my-fw.a-b").unwrap(),
            "my-Xfw-a-Xb"
        );
        assert_eq!(Standard::Scorm12.interaction_id("A.b"), None);
        assert_eq!(Standard::Scorm2004.interaction_id("a b"), None);
    }

    /// The inverse of the 1.2 mapping: `-X` is `-`, any other `-` is `.`.
    fn unmap12(id: &str) -> String {
        id.replace("-X", "\u{0}")
            .replace('-', ".")
            .replace('\u{0}', "-")
    }

    #[test]
    fn launch_marks_a_fresh_attempt_incomplete_only() {
        let s = Standard::Scorm12;
        assert_eq!(
            s.launch_writes("not attempted"),
            vec![(
                "cmi.core.lesson_status".to_string(),
                "incomplete".to_string()
            )]
        );
        assert!(s.launch_writes("completed").is_empty());
        assert_eq!(
            Standard::Scorm2004.launch_writes("unknown")[0].0,
            "cmi.completion_status"
        );
        assert_eq!(Standard::from_code("2004"), Some(Standard::Scorm2004));
        assert_eq!(Standard::from_code("3"), None);
    }
}
