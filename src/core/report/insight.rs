//! What a session's numbers say: strengths, focus areas, and what changed since an earlier session.

use crate::core::model::frameworks::{Framework, Item};
use crate::core::model::session::Session;
use std::cmp::Ordering;

/// A rated item with its rating and, if set, the level the person wants to reach.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranked {
    pub item: &'static Item,
    pub level: u8,
    pub target: Option<u8>,
}

impl Ranked {
    /// How far the target lies above the rating: 0 without a target, negative once past it.
    pub fn gap(&self) -> i16 {
        self.target
            .map_or(0, |target| i16::from(target) - i16::from(self.level))
    }
}

/// The rated items of a framework, in the framework's order. Every ranking starts from this list
/// and sorts it stably, which is what breaks ties by framework order.
fn rated(session: &Session, framework: &'static Framework) -> Vec<Ranked> {
    framework
        .items()
        .filter_map(|item| {
            Some(Ranked {
                item,
                level: session.rating(&item.id)?,
                target: session.target(&item.id),
            })
        })
        .collect()
}

/// Sorts by the key, equal keys keeping their order. By insertion: a framework has at most 21
/// items, and this costs the wasm far less than a general-purpose sort for each ranking.
fn sort_stably(list: &mut [Ranked], key: fn(&Ranked) -> (i16, i16)) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && key(&list[j - 1]) > key(&list[j]) {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The `n` highest-rated items, highest first; equal ratings keep the framework's order.
pub fn strengths(session: &Session, framework: &'static Framework, n: usize) -> Vec<Ranked> {
    let mut ranked = rated(session, framework);
    sort_stably(&mut ranked, |r| (-i16::from(r.level), 0));
    ranked.truncate(n);
    ranked
}

/// The `n` items most worth working on, among the rated ones.
///
/// Where targets above the rating exist, those items come first by the largest gap, then the
/// lower rating; without such targets, the lowest-rated items come first. Ties keep the
/// framework's order.
///
/// The two lists never share an item once at least `2n` items are rated, since then both can be
/// full without it; with fewer rated, an item may be in both, so that someone who has rated only
/// a few items still sees focus areas rather than an empty list.
pub fn focus_areas(session: &Session, framework: &'static Framework, n: usize) -> Vec<Ranked> {
    let mut pool = rated(session, framework);
    if pool.len() >= 2 * n {
        let top = strengths(session, framework, n);
        pool.retain(|r| !top.iter().any(|s| s.item == r.item));
    }
    if pool.iter().any(|r| r.gap() > 0) {
        pool.retain(|r| r.gap() > 0);
        sort_stably(&mut pool, |r| (-r.gap(), i16::from(r.level)));
    } else {
        sort_stably(&mut pool, |r| (i16::from(r.level), 0));
    }
    pool.truncate(n);
    pool
}

/// Which way an item moved between two sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
}

/// One item's rating now and in an earlier session; `None` where it was unrated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Delta {
    pub item: &'static Item,
    pub now: Option<u8>,
    pub before: Option<u8>,
}

impl Delta {
    /// Levels gained (negative: lost); `None` unless both sessions rated the item.
    pub fn change(&self) -> Option<i16> {
        Some(i16::from(self.now?) - i16::from(self.before?))
    }

    pub fn trend(&self) -> Option<Trend> {
        self.change().map(|change| match change.cmp(&0) {
            Ordering::Greater => Trend::Up,
            Ordering::Less => Trend::Down,
            Ordering::Equal => Trend::Same,
        })
    }
}

/// Per item in framework order, the ratings of both sessions; items rated in neither are left out.
pub fn deltas(now: &Session, before: &Session, framework: &'static Framework) -> Vec<Delta> {
    framework
        .items()
        .map(|item| Delta {
            item,
            now: now.rating(&item.id),
            before: before.rating(&item.id),
        })
        .filter(|d| d.now.is_some() || d.before.is_some())
        .collect()
}

/// Per axis, the score now and before (see [`Session::axis_scores`]).
pub fn axis_deltas(
    now: &Session,
    before: &Session,
    framework: &Framework,
) -> Vec<(Option<f64>, Option<f64>)> {
    now.axis_scores(framework)
        .into_iter()
        .zip(before.axis_scores(framework))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A session from `(item id, rating, target)`; a rating or target of 0 means "not set".
    fn session(entries: &[(&str, u8, u8)]) -> Session {
        let mut s = Session::new("s".into(), 0);
        for &(id, rating, target) in entries {
            if rating > 0 {
                s.ratings.insert(id.into(), rating);
            }
            if target > 0 {
                s.targets.insert(id.into(), target);
            }
        }
        s
    }

    fn ids(ranked: &[Ranked]) -> Vec<&'static str> {
        ranked.iter().map(|r| &*r.item.id).collect()
    }

    fn agility() -> &'static Framework {
        crate::core::model::frameworks::builtin_framework("agility").unwrap()
    }

    fn check_strengths(entries: &[(&str, u8, u8)], n: usize, expected: &[&str]) {
        let got = strengths(&session(entries), agility(), n);
        assert_eq!(ids(&got), expected, "strengths of {entries:?}");
    }

    fn check_focus(entries: &[(&str, u8, u8)], n: usize, expected: &[&str]) {
        let got = focus_areas(&session(entries), agility(), n);
        assert_eq!(ids(&got), expected, "focus of {entries:?}");
    }

    const SPEED: &str = "agility.speed";
    const FLEX: &str = "agility.flexibility";
    const EXPER: &str = "agility.experimenting";
    const REFL: &str = "agility.reflecting";
    const COLLAB: &str = "agility.collaborating";
    const FEEDBACK: &str = "agility.feedback_seeking";

    #[test]
    fn strengths_are_highest_first_with_ties_in_framework_order() {
        check_strengths(&[], 3, &[]);
        check_strengths(
            &[(REFL, 5, 0), (SPEED, 2, 0), (FLEX, 4, 0)],
            3,
            &[REFL, FLEX, SPEED],
        );
        check_strengths(
            &[(REFL, 4, 0), (SPEED, 4, 0), (FLEX, 4, 0)],
            2,
            &[FLEX, SPEED],
        );
        // A target alone does not make an item rated.
        check_strengths(&[(REFL, 0, 5), (SPEED, 1, 0)], 3, &[SPEED]);
    }

    #[test]
    fn focus_without_targets_is_the_lowest_rated() {
        check_focus(&[], 3, &[]);
        check_focus(
            &[(REFL, 1, 0), (SPEED, 3, 0), (FLEX, 1, 0), (EXPER, 5, 0)],
            2,
            &[FLEX, REFL],
        );
        // Targets at or below the rating are no reason to focus on an item.
        check_focus(&[(SPEED, 4, 4), (FLEX, 2, 1), (REFL, 3, 0)], 1, &[FLEX]);
    }

    #[test]
    fn focus_with_targets_is_the_largest_gap_then_the_lower_rating() {
        check_focus(
            &[(FLEX, 3, 4), (SPEED, 1, 4), (EXPER, 2, 5), (REFL, 1, 1)],
            3,
            &[SPEED, EXPER, FLEX],
        );
        // Equal gaps: the lower rating first, then framework order.
        check_focus(
            &[(REFL, 2, 4), (SPEED, 3, 5), (FLEX, 3, 5), (EXPER, 1, 0)],
            3,
            &[REFL, FLEX, SPEED],
        );
        // Unrated items never appear, even with a target.
        check_focus(&[(REFL, 0, 5), (SPEED, 3, 3)], 3, &[SPEED]);
    }

    #[test]
    fn focus_leaves_out_strengths_once_enough_items_are_rated() {
        let four = [(FLEX, 5, 0), (SPEED, 4, 0), (EXPER, 3, 0), (REFL, 1, 0)];
        check_strengths(&four, 2, &[FLEX, SPEED]);
        check_focus(&four, 2, &[REFL, EXPER]);
        // Three rated with n = 2: the lists may share an item rather than leave focus short.
        check_focus(&four[..3], 2, &[EXPER, SPEED]);
        // A strength with the biggest gap gives way to the other items with targets.
        let targets = [
            (FLEX, 3, 5),
            (SPEED, 4, 0),
            (EXPER, 1, 2),
            (COLLAB, 2, 0),
            (FEEDBACK, 2, 3),
        ];
        check_focus(&targets, 2, &[EXPER, FEEDBACK]);
    }

    #[test]
    fn gap_is_target_minus_rating() {
        let s = session(&[(SPEED, 2, 5), (FLEX, 4, 3), (REFL, 3, 0)]);
        let gaps: Vec<i16> = strengths(&s, agility(), 3)
            .iter()
            .map(Ranked::gap)
            .collect();
        assert_eq!(gaps, [-1, 0, 3]);
    }

    #[test]
    fn deltas_cover_items_rated_on_either_side_in_framework_order() {
        let now = session(&[(REFL, 4, 0), (SPEED, 2, 0), (FLEX, 3, 0)]);
        let before = session(&[(REFL, 2, 0), (SPEED, 3, 0), (EXPER, 5, 0), (FLEX, 3, 0)]);
        let got: Vec<_> = deltas(&now, &before, agility())
            .iter()
            .map(|d| (&*d.item.id, d.now, d.before, d.change(), d.trend()))
            .collect();
        assert_eq!(
            got,
            [
                (FLEX, Some(3), Some(3), Some(0), Some(Trend::Same)),
                (SPEED, Some(2), Some(3), Some(-1), Some(Trend::Down)),
                (EXPER, None, Some(5), None, None),
                (REFL, Some(4), Some(2), Some(2), Some(Trend::Up)),
            ]
        );
    }

    #[test]
    fn axis_deltas_pair_the_area_means() {
        let now = session(&[("digcomp.1.1", 2, 0), ("digcomp.1.2", 5, 0)]);
        let before = session(&[("digcomp.1.1", 3, 0), ("digcomp.5.4", 6, 0)]);
        let got = axis_deltas(
            &now,
            &before,
            crate::core::model::frameworks::builtin_framework("digcomp").unwrap(),
        );
        assert_eq!(
            got,
            [
                (Some(3.5), Some(3.0)),
                (None, None),
                (None, None),
                (None, None),
                (None, Some(6.0)),
            ]
        );
    }
}
