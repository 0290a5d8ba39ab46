//! What the trainer reads per framework: each wave's item and axis figures, the movement between
//! waves, and the training needs ranked.

use super::group::Cohort;
use super::stats::{item_stats, ItemStats, Summary};
use super::Wave;
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use std::cmp::Ordering;

/// One wave's figures for one framework.
#[derive(Clone, Debug, PartialEq)]
pub struct WaveFigures {
    pub wave: Wave,
    /// People with a session in this wave that rates at least one item of the framework.
    pub people: usize,
    /// In the framework's order.
    pub items: Vec<ItemStats>,
    /// The spread of the participants' axis scores (the radar's values), one per axis.
    pub axes: Vec<Option<Summary>>,
}

/// The figures of `wave`, from each participant's counted session.
pub fn wave_figures(cohort: &Cohort, framework: &Framework, wave: Wave) -> WaveFigures {
    let sessions: Vec<&Session> = cohort
        .in_wave(wave)
        .map(|(_, s)| s)
        .filter(|s| rated(s, framework).0 > 0)
        .collect();
    let items = framework
        .items()
        .map(|item| {
            let people: Vec<_> = sessions
                .iter()
                .map(|s| (s.rating(&item.id), s.target(&item.id)))
                .collect();
            item_stats(&item.id, framework.scale.max(), &people)
        })
        .collect();
    let scores: Vec<Vec<Option<f64>>> = sessions.iter().map(|s| s.axis_scores(framework)).collect();
    let axes = (0..framework.axes.len())
        .map(|a| Summary::of(scores.iter().filter_map(|axis| axis[a]).collect()))
        .collect();
    WaveFigures {
        wave,
        people: sessions.len(),
        items,
        axes,
    }
}

/// How many of the framework's items a session rates, of how many.
pub fn rated(session: &Session, framework: &Framework) -> (usize, usize) {
    let total = framework.items().count();
    let rated = framework
        .items()
        .filter(|item| session.ratings.contains_key(&*item.id))
        .count();
    (rated, total)
}

/// How the people in both waves moved on one item: up, the same, or down.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Movement {
    pub item: String,
    pub up: usize,
    pub same: usize,
    pub down: usize,
}

/// Per item, over the participants who rated it in both waves.
pub fn movement(cohort: &Cohort, framework: &Framework) -> Vec<Movement> {
    let pairs: Vec<(&Session, &Session)> = cohort
        .participants
        .iter()
        .filter_map(|p| Some((p.session(Wave::Before)?, p.session(Wave::After)?)))
        .collect();
    framework
        .items()
        .map(|item| {
            let mut m = Movement {
                item: item.id.to_string(),
                ..Movement::default()
            };
            for (before, after) in &pairs {
                if let (Some(b), Some(a)) = (before.rating(&item.id), after.rating(&item.id)) {
                    match a.cmp(&b) {
                        Ordering::Greater => m.up += 1,
                        Ordering::Equal => m.same += 1,
                        Ordering::Less => m.down += 1,
                    }
                }
            }
            m
        })
        .collect()
}

/// The items most in need of training, each list best first, as indexes into
/// [`WaveFigures::items`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    /// Lowest median first (then lowest first quartile, then the framework's order).
    pub lowest: Vec<usize>,
    /// Largest mean gap between the participants' targets and ratings; only gaps above zero.
    pub gaps: Vec<usize>,
    /// Widest interquartile range (then widest range); only items two or more people rated.
    pub spread: Vec<usize>,
}

/// The top `top` items of each list.
pub fn needs(figures: &WaveFigures, top: usize) -> Needs {
    let items = &figures.items;
    let rank = |keep: &dyn Fn(&ItemStats) -> Option<(f64, f64)>, ascending: bool| {
        let mut ranked: Vec<(usize, (f64, f64))> = items
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((i, keep(s)?)))
            .collect();
        // A stable sort keeps the framework's order between equal figures.
        ranked.sort_by(|(_, a), (_, b)| {
            let order = a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1));
            if ascending {
                order
            } else {
                order.reverse()
            }
        });
        ranked.into_iter().take(top).map(|(i, _)| i).collect()
    };
    Needs {
        lowest: rank(&|s| s.summary.map(|m| (m.median, m.q1)), true),
        gaps: rank(
            &|s| s.gap.filter(|g| g.0 > 0.0).map(|g| (g.0, g.1 as f64)),
            false,
        ),
        spread: rank(
            &|s| {
                s.summary
                    .filter(|m| m.n >= 2)
                    .map(|m| (m.iqr(), m.max - m.min))
            },
            false,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cohort::intake::{Source, Submission};
    use crate::core::cohort::WaveRule;
    use crate::core::model::frameworks::catalog::builtin_framework;

    fn person(
        name: &str,
        wave: Wave,
        created: i64,
        ratings: &[(&str, u8)],
        targets: &[(&str, u8)],
    ) -> Submission {
        let mut s = Session::new(format!("{name}-{created}"), created);
        s.ratings = ratings.iter().map(|&(k, v)| (k.to_string(), v)).collect();
        s.targets = targets.iter().map(|&(k, v)| (k.to_string(), v)).collect();
        Submission {
            file: format!("{name}.json"),
            name: Some(name.into()),
            sessions: vec![s],
            source: Source::Share,
            wave,
            frameworks: Vec::new(),
        }
    }

    #[test]
    fn figures_per_item_and_axis() {
        let files = [
            person(
                "a",
                Wave::Before,
                1,
                &[("agility.speed", 1), ("digcomp.1.1", 2), ("digcomp.1.2", 4)],
                &[("agility.speed", 4)],
            ),
            person("b", Wave::Before, 2, &[("agility.speed", 3)], &[]),
            person(
                "c",
                Wave::Before,
                3,
                &[("agility.speed", 4), ("agility.flexibility", 2)],
                &[("agility.speed", 5)],
            ),
            person("d", Wave::Before, 4, &[("digcomp.1.1", 6)], &[]),
        ];
        let cohort = Cohort::assemble(&files, WaveRule::Single);
        let agility = builtin_framework("agility").unwrap();
        let f = wave_figures(&cohort, agility, Wave::Before);
        assert_eq!(f.people, 3, "d rated no agility item");
        let speed = f.items.iter().find(|s| s.item == "agility.speed").unwrap();
        assert_eq!(speed.counts, [1, 0, 1, 1, 0]);
        assert_eq!(speed.summary.unwrap().median, 3.0);
        assert_eq!(speed.gap, Some((2.0, 2)));
        let digcomp = wave_figures(&cohort, builtin_framework("digcomp").unwrap(), Wave::Before);
        // The area's scores: a's mean of 2 and 4, and d's 6.
        let area = digcomp.axes[0].unwrap();
        assert_eq!(
            (area.n, area.min, area.median, area.max),
            (2, 3.0, 4.5, 6.0)
        );
        assert_eq!(digcomp.axes[1], None);
        assert_eq!(rated(files[0].sessions.first().unwrap(), agility), (1, 9));
    }

    #[test]
    fn movement_counts_people_in_both_waves() {
        let files = [
            person(
                "a",
                Wave::Before,
                1,
                &[("agility.speed", 2), ("agility.flexibility", 3)],
                &[],
            ),
            person(
                "a",
                Wave::After,
                9,
                &[("agility.speed", 4), ("agility.flexibility", 3)],
                &[],
            ),
            person("b", Wave::Before, 2, &[("agility.speed", 3)], &[]),
            person(
                "b",
                Wave::After,
                8,
                &[("agility.speed", 1), ("agility.flexibility", 5)],
                &[],
            ),
            person("c", Wave::After, 7, &[("agility.speed", 5)], &[]),
        ];
        let cohort = Cohort::assemble(&files, WaveRule::ByFile);
        let moves = movement(&cohort, builtin_framework("agility").unwrap());
        let of = |id: &str| moves.iter().find(|m| m.item == id).unwrap().clone();
        assert_eq!(
            (
                of("agility.speed").up,
                of("agility.speed").same,
                of("agility.speed").down
            ),
            (1, 0, 1)
        );
        assert_eq!(
            (of("agility.flexibility").up, of("agility.flexibility").same),
            (0, 1)
        );
        assert_eq!(
            of("agility.reflecting"),
            Movement {
                item: "agility.reflecting".into(),
                ..Movement::default()
            }
        );
    }

    #[test]
    fn needs_rank_lowest_medians_largest_gaps_and_widest_spread() {
        let files = [
            person(
                "a",
                Wave::Before,
                1,
                &[
                    ("agility.flexibility", 1),
                    ("agility.speed", 5),
                    ("agility.experimenting", 3),
                ],
                &[("agility.experimenting", 5)],
            ),
            person(
                "b",
                Wave::Before,
                2,
                &[
                    ("agility.flexibility", 2),
                    ("agility.speed", 1),
                    ("agility.experimenting", 3),
                ],
                &[("agility.experimenting", 4), ("agility.speed", 2)],
            ),
        ];
        let cohort = Cohort::assemble(&files, WaveRule::Single);
        let f = wave_figures(&cohort, builtin_framework("agility").unwrap(), Wave::Before);
        let n = needs(&f, 2);
        let ids = |v: &[usize]| {
            v.iter()
                .map(|&i| f.items[i].item.as_str())
                .collect::<Vec<_>>()
        };
        // Speed and experimenting share a median of 3; speed's lower quartile is lower.
        assert_eq!(ids(&n.lowest), ["agility.flexibility", "agility.speed"]);
        assert_eq!(ids(&n.gaps), ["agility.experimenting", "agility.speed"]);
        assert_eq!(ids(&n.spread), ["agility.speed", "agility.flexibility"]);
    }
}
