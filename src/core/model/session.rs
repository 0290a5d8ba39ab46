//! A reflection session: ratings, targets and notes at one moment, and the radar scores they give.

use crate::core::model::frameworks::{self, Framework};
use crate::core::model::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};

/// The longest text kept in one field. The editor stops at [`NOTE_LIMIT`]; imported or older data
/// may be longer and is kept as it is, up to this bound, so that a decoder's memory stays bounded.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// What the note fields let a person type.
pub const NOTE_LIMIT: usize = 5_000;
/// A session records the versions of at most this many frameworks, each id and version at most
/// [`MAX_VERSION_CHARS`] long: a framework file allows no longer.
pub const MAX_FRAMEWORKS: usize = 64;
pub const MAX_VERSION_CHARS: usize = 32;
/// Times are milliseconds since the Unix epoch; anything past the year 9999 is nonsense.
pub const MAX_TIME_MS: i64 = 253_402_300_799_999;

/// One reflection. A session spans every framework: a person may rate any subset of items.
///
/// Its serde form is the stored one (`store::document`), fields in this order: `id`, `created`
/// and `updated` are required; empty maps and strings are left out to keep 1,000 sessions small.
/// A field this build does not know, or one given twice, makes the session unreadable: never
/// half a session. Levels must fit a byte; their scales are checked by [`Session::validate`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: String,
    /// When it was first created, ms since the epoch (UTC).
    pub created: i64,
    /// When it was last saved; decides between two copies of one session (two tabs, an import).
    pub updated: i64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Item id → chosen level. An item without an entry is unrated.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub ratings: SortedMap<String, u8>,
    /// Item id → the level the person wants to reach.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub targets: SortedMap<String, u8>,
    /// Item id → what the person noticed.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub notes: SortedMap<String, String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reflection: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub next_step: String,
    /// Framework id → the version of it this session was rated with (document version 2 on).
    /// Recorded at each save, so that a framework changed since can be told apart.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub frameworks: SortedMap<String, String>,
    /// Others' feedback on this session (document version 3 on): each request made from it and
    /// each response to them, by its id, as the file's JSON text (`core::feedback` writes, reads
    /// and checks them; the history only carries the texts, so its reader needs no type of
    /// theirs). Not part of what the person entered: two copies of a session keep the feedback
    /// of both (see [`Session::keep_feedback_of`]).
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub feedback: SortedMap<String, String>,
}

/// Why a stored or imported session cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    BadId,
    BadTime,
    /// A level outside the item's built-in framework's scale (or outside 1–10, the longest scale
    /// a framework file may have, for an item of any other framework).
    LevelOutOfRange {
        item: String,
        level: u8,
    },
    TextTooLong,
    /// More framework versions than any page can have loaded, or an id or version too long.
    BadFrameworks,
}

impl Session {
    /// A fresh, empty session.
    pub fn new(id: String, now: i64) -> Session {
        Session {
            id,
            created: now,
            updated: now,
            ..Session::default()
        }
    }

    /// A new session that starts from this one's ratings and targets (not its notes: those
    /// belong to the moment they were written).
    pub fn prefilled_from(&self, id: String, now: i64) -> Session {
        Session {
            ratings: self.ratings.clone(),
            targets: self.targets.clone(),
            ..Session::new(id, now)
        }
    }

    /// Nothing entered at all: no level, note or text.
    pub fn is_blank(&self) -> bool {
        self.ratings.is_empty()
            && self.targets.is_empty()
            && self.notes.is_empty()
            && self.label.is_empty()
            && self.reflection.is_empty()
            && self.next_step.is_empty()
    }

    pub fn rating(&self, item: &str) -> Option<u8> {
        self.ratings.get(item).copied()
    }

    pub fn target(&self, item: &str) -> Option<u8> {
        self.targets.get(item).copied()
    }

    pub fn note(&self, item: &str) -> &str {
        self.notes.get(item).map_or("", String::as_str)
    }

    /// The ids with an entry here (a rating, a target or a note) that `known` does not take,
    /// sorted and once each: an item of a framework changed or not loaded, kept and never
    /// dropped. The page lists those no framework knows; the exports also those a revised
    /// framework replaced, named after the aspect that took over.
    pub fn items_outside(&self, known: impl Fn(&str) -> bool) -> Vec<&str> {
        let mut ids: Vec<&str> = (self.ratings.keys())
            .chain(self.targets.keys())
            .chain(self.notes.keys())
            .map(String::as_str)
            .filter(|id| !known(id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Takes in the feedback of another copy of this session that this one lacks: feedback is
    /// only ever added, so two tabs, a backup or the LMS's copy (which has none) never lose any.
    /// Of two different texts under one id (two copies of one response, one corrected), both
    /// sides keep the greater, so that merging in either order agrees (`core::feedback::
    /// response` writes a response so that this is the later one). Returns whether anything
    /// changed.
    pub fn keep_feedback_of(&mut self, other: &Session) -> bool {
        let mut changed = false;
        for (id, text) in &other.feedback {
            if self.feedback.get(id).is_none_or(|known| known < text) {
                self.feedback.insert(id.clone(), text.clone());
                changed = true;
            }
        }
        changed
    }

    /// Records the version of each framework this session has anything entered for.
    pub fn record_versions<'a>(&mut self, frameworks: impl IntoIterator<Item = &'a Framework>) {
        for framework in frameworks {
            if self.touches(framework) {
                self.frameworks
                    .insert(framework.id.to_string(), framework.version.to_string());
            }
        }
    }

    /// Whether anything at all has been entered for this framework, known items or not.
    pub fn touches(&self, framework: &Framework) -> bool {
        let mut ids = self
            .ratings
            .keys()
            .chain(self.targets.keys())
            .chain(self.notes.keys());
        ids.any(|id| framework.owns(id))
    }

    /// The radar value of each axis: the mean of its rated items, else of the earlier items it
    /// replaced, `None` where none is rated.
    pub fn axis_scores(&self, framework: &Framework) -> Vec<Option<f64>> {
        self.scores_of(framework, &self.ratings)
    }

    /// Like [`Session::axis_scores`], for the targets.
    pub fn target_scores(&self, framework: &Framework) -> Vec<Option<f64>> {
        self.scores_of(framework, &self.targets)
    }

    fn scores_of(&self, framework: &Framework, levels: &SortedMap<String, u8>) -> Vec<Option<f64>> {
        framework
            .axes
            .iter()
            .map(|axis| {
                let mean = |ids: &mut dyn Iterator<Item = &str>| {
                    let rated: Vec<f64> = ids
                        .filter_map(|id| levels.get(id).map(|&v| f64::from(v)))
                        .collect();
                    (!rated.is_empty()).then(|| rated.iter().sum::<f64>() / rated.len() as f64)
                };
                // An earlier item this axis replaced stands for it until one of its items is
                // rated: a session saved before a framework was revised still charts.
                mean(&mut axis.items.iter().map(|item| &*item.id))
                    .or_else(|| mean(&mut axis.replaces.iter().map(|id| &**id)))
            })
            .collect()
    }

    /// What this session rated on the earlier items `axis` replaced (a session saved before its
    /// framework was revised): one level, or several items' mean, as the chart uses them.
    pub fn earlier_rating(&self, axis: &frameworks::Axis) -> Option<Earlier> {
        let levels: Vec<u8> = axis
            .replaces
            .iter()
            .filter_map(|id| self.rating(id))
            .collect();
        match levels.as_slice() {
            [] => None,
            [one] => Some(Earlier::One(*one)),
            several => Some(Earlier::Mean(
                several.iter().map(|&v| f64::from(v)).sum::<f64>() / several.len() as f64,
            )),
        }
    }

    /// Checks what a decoder cannot: ids, times and levels within their ranges.
    pub fn validate(&self) -> Result<(), SessionError> {
        let id_ok = !self.id.is_empty()
            && self.id.len() <= 64
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            return Err(SessionError::BadId);
        }
        let time_ok = |t: i64| (0..=MAX_TIME_MS).contains(&t);
        if !time_ok(self.created) || !time_ok(self.updated) {
            return Err(SessionError::BadTime);
        }
        for (item, &level) in self.ratings.iter().chain(&self.targets) {
            // By prefix alone: cheap for the ~30,000 levels of a long history, and an item a
            // newer build added to a built-in framework is held to that framework's scale. An
            // item of a framework from a file may be rated on any scale a file may have.
            let max = frameworks::builtin()
                .iter()
                .find(|f| f.owns(item))
                .map_or(frameworks::file::MAX_LEVELS as u8, |f| f.scale.max());
            if !(1..=max).contains(&level) {
                return Err(SessionError::LevelOutOfRange {
                    item: item.clone(),
                    level,
                });
            }
        }
        let short =
            |t: &String| t.len() <= MAX_VERSION_CHARS * 4 && t.chars().count() <= MAX_VERSION_CHARS;
        if self.frameworks.len() > MAX_FRAMEWORKS
            || !self.frameworks.iter().all(|(id, v)| short(id) && short(v))
        {
            return Err(SessionError::BadFrameworks);
        }
        let texts = [&self.label, &self.reflection, &self.next_step]
            .into_iter()
            .chain(self.notes.values());
        // A text no longer in bytes than the limit in characters needs no counting.
        if texts
            .into_iter()
            .any(|t| t.len() > MAX_TEXT_CHARS && t.chars().count() > MAX_TEXT_CHARS)
        {
            return Err(SessionError::TextTooLong);
        }
        Ok(())
    }
}

/// A rating an axis keeps from the earlier items it replaced ([`Session::earlier_rating`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Earlier {
    /// One earlier item was rated: its level, shown with the level's name.
    One(u8),
    /// Several were (a revision that split them): their mean.
    Mean(f64),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agility() -> &'static Framework {
        frameworks::builtin_framework("agility").unwrap()
    }

    fn session(ratings: &[(&str, u8)]) -> Session {
        let mut s = Session::new("s1".into(), 1_700_000_000_000);
        s.ratings = ratings.iter().map(|&(k, v)| (k.to_string(), v)).collect();
        s
    }

    #[test]
    fn an_axis_shows_what_was_rated_on_the_items_it_replaced_one_level_or_their_mean() {
        let widyaiswara = frameworks::builtin_framework("widyaiswara").unwrap();
        let axis = widyaiswara
            .axes
            .iter()
            .find(|a| a.replaces.len() > 2)
            .unwrap();
        let (a, b) = (&*axis.replaces[0], &*axis.replaces[1]);
        assert_eq!(session(&[]).earlier_rating(axis), None);
        assert_eq!(
            session(&[(a, 4)]).earlier_rating(axis),
            Some(Earlier::One(4))
        );
        assert_eq!(
            session(&[(a, 4), (b, 1)]).earlier_rating(axis),
            Some(Earlier::Mean(2.5))
        );
        // The chart uses the same figure until the axis's own items are rated.
        let index = widyaiswara
            .axes
            .iter()
            .position(|x| x.id == axis.id)
            .unwrap();
        assert_eq!(
            session(&[(a, 4), (b, 1)]).axis_scores(widyaiswara)[index],
            Some(2.5)
        );
    }

    #[test]
    fn items_outside_lists_each_unknown_entry_once_in_order() {
        let mut s = session(&[("old.b", 2), ("agility.speed", 3)]);
        s.targets.insert("old.a".into(), 4);
        s.notes.insert("old.b".into(), "kept".into());
        s.notes.insert("agility.speed".into(), "known".into());
        let known = |id: &str| id.starts_with("agility.");
        assert_eq!(s.items_outside(known), ["old.a", "old.b"]);
        assert!(session(&[("agility.speed", 3)])
            .items_outside(known)
            .is_empty());
    }

    #[test]
    fn agility_scores_are_the_ratings_themselves() {
        let s = session(&[("agility.flexibility", 4), ("agility.reflecting", 2)]);
        let scores = s.axis_scores(agility());
        assert_eq!(scores.len(), 9);
        assert_eq!(scores[0], Some(4.0));
        assert_eq!(scores[1], None);
        assert_eq!(scores[8], Some(2.0));
    }

    #[test]
    fn digcomp_area_score_is_the_mean_of_its_rated_competences() {
        let s = session(&[("digcomp.1.1", 2), ("digcomp.1.3", 5), ("digcomp.4.1", 7)]);
        let scores = s.axis_scores(frameworks::builtin_framework("digcomp").unwrap());
        assert_eq!(scores, vec![Some(3.5), None, None, Some(7.0), None]);
    }

    #[test]
    fn an_earlier_single_widyaiswara_rating_stands_for_its_standard_until_its_items_are_rated() {
        let widyaiswara = frameworks::builtin_framework("widyaiswara").unwrap();
        let old = session(&[("widyaiswara.social", 4), ("widyaiswara.personality", 2)]);
        assert_eq!(old.validate(), Ok(()));
        assert_eq!(
            old.axis_scores(widyaiswara),
            vec![None, Some(2.0), Some(4.0), None]
        );
        let mut revised = old.clone();
        revised
            .ratings
            .insert("widyaiswara.social.colleagues".into(), 2);
        assert_eq!(revised.axis_scores(widyaiswara)[2], Some(2.0));
        assert_eq!(revised.rating("widyaiswara.social"), Some(4), "kept");
        assert!(old.touches(widyaiswara));
    }

    #[test]
    fn a_2026_2_widyaiswara_session_charts_its_learning_management_score_as_before() {
        let widyaiswara = frameworks::builtin_framework("widyaiswara").unwrap();
        // Version 2026.2 rated learning management with three items that each merged
        // sub-competences; 2026.3 rates one item per sub-competence, under new ids.
        let old = session(&[
            ("widyaiswara.learning_management.plan", 2),
            ("widyaiswara.learning_management.deliver", 3),
            ("widyaiswara.learning_management.evaluate", 5),
            ("widyaiswara.social.colleagues", 4),
        ]);
        assert_eq!(old.validate(), Ok(()));
        let scores = old.axis_scores(widyaiswara);
        assert_eq!((scores[0], scores[2]), (Some(10.0 / 3.0), Some(4.0)));
        let mut revised = old.clone();
        revised
            .ratings
            .insert("widyaiswara.learning_management.motivation".into(), 1);
        assert_eq!(revised.axis_scores(widyaiswara)[0], Some(1.0));
        assert_eq!(
            revised.rating("widyaiswara.learning_management.deliver"),
            Some(3),
            "kept"
        );
    }

    #[test]
    fn prefilled_session_keeps_levels_but_not_notes() {
        let mut s = session(&[("agility.speed", 3)]);
        s.targets.insert("agility.speed".into(), 5);
        s.notes.insert("agility.speed".into(), "rushed".into());
        s.label = "Before".into();
        let next = s.prefilled_from("s2".into(), 1_800_000_000_000);
        assert_eq!(next.rating("agility.speed"), Some(3));
        assert_eq!(next.target("agility.speed"), Some(5));
        assert_eq!(next.note("agility.speed"), "");
        assert_eq!(next.label, "");
        assert_eq!((next.id.as_str(), next.created), ("s2", 1_800_000_000_000));
    }

    #[test]
    fn validation_catches_each_fault() {
        assert_eq!(session(&[("agility.speed", 5)]).validate(), Ok(()));
        assert_eq!(session(&[("digcomp.3.4", 8)]).validate(), Ok(()));
        assert!(matches!(
            session(&[("agility.speed", 6)]).validate(),
            Err(SessionError::LevelOutOfRange { .. })
        ));
        assert!(matches!(
            session(&[("digcomp.1.1", 0)]).validate(),
            Err(SessionError::LevelOutOfRange { .. })
        ));
        // An item a newer build added is kept: within its framework's scale, or the widest scale
        // for a framework this build does not know.
        assert_eq!(session(&[("agility.future", 5)]).validate(), Ok(()));
        assert!(session(&[("agility.future", 6)]).validate().is_err());
        assert_eq!(session(&[("future.item", 10)]).validate(), Ok(()));
        assert!(session(&[("future.item", 11)]).validate().is_err());
        let mut bad_id = session(&[]);
        bad_id.id = "<script>".into();
        assert_eq!(bad_id.validate(), Err(SessionError::BadId));
        let mut bad_time = session(&[]);
        bad_time.created = -1;
        assert_eq!(bad_time.validate(), Err(SessionError::BadTime));
        let mut long = session(&[]);
        long.reflection = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(long.validate(), Err(SessionError::TextTooLong));
        long.reflection = "x".repeat(MAX_TEXT_CHARS);
        assert_eq!(long.validate(), Ok(()));
    }
}
