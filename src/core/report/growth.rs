//! Growth over time: each axis's score across the saved sessions (the chart is `growth_chart`).

use crate::core::model::frameworks::Framework;
use crate::core::model::history::History;

/// One axis's score in every saved session that has one, oldest first: `(created ms, score)`.
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthLine {
    pub axis_index: usize,
    pub points: Vec<(i64, f64)>,
}

/// One line per axis of the framework, in axis order; a line is empty when no session scored it.
/// A session that left an axis unrated adds no point to that line (rather than a zero).
pub fn growth(history: &History, framework: &Framework) -> Vec<GrowthLine> {
    let mut lines: Vec<GrowthLine> = (0..framework.axes.len())
        .map(|axis_index| GrowthLine {
            axis_index,
            points: Vec::new(),
        })
        .collect();
    // The history is newest first; a growth line reads left to right, oldest first.
    for session in history.sessions().iter().rev() {
        for (line, score) in lines.iter_mut().zip(session.axis_scores(framework)) {
            if let Some(score) = score {
                line.points.push((session.created, score));
            }
        }
    }
    lines
}

/// Every time any line has a point, oldest first, without repeats: the shared x axis, so that
/// small multiples of one framework line up column by column.
pub fn session_times(lines: &[GrowthLine]) -> Vec<i64> {
    let mut times: Vec<i64> = lines
        .iter()
        .flat_map(|line| line.points.iter().map(|&(t, _)| t))
        .collect();
    times.sort_unstable();
    times.dedup();
    times
}

/// The lines restricted to the latest `n` sessions: a chart of hundreds of columns is unreadable
/// and slow to draw, while the table and the CSV keep them all. `times` is
/// [`session_times`]`(lines)`, which the caller has at hand.
pub fn latest(lines: &[GrowthLine], times: &[i64], n: usize) -> Vec<GrowthLine> {
    let from = times.len().checked_sub(n).map_or(i64::MIN, |i| times[i]);
    lines
        .iter()
        .map(|line| GrowthLine {
            axis_index: line.axis_index,
            points: line
                .points
                .iter()
                .copied()
                .filter(|&(t, _)| t >= from)
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_keeps_the_last_sessions_of_every_line() {
        let lines = vec![
            GrowthLine {
                axis_index: 0,
                points: vec![(1, 1.0), (2, 2.0), (3, 3.0)],
            },
            GrowthLine {
                axis_index: 1,
                points: vec![(1, 5.0), (3, 4.0)],
            },
        ];
        let times = session_times(&lines);
        let cut = latest(&lines, &times, 2);
        assert_eq!(cut[0].points, vec![(2, 2.0), (3, 3.0)]);
        assert_eq!(cut[1].points, vec![(3, 4.0)]);
        assert_eq!(latest(&lines, &times, 10), lines);
    }
}
