//! The growth line chart: its data for chosen axes and its drawing, generic over plotters' backends.

use crate::core::charts::marker::Marker;
use crate::core::charts::radar::Palette;
use crate::core::dates::DateTime;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::report::growth::{session_times, GrowthLine};

mod draw;

pub use draw::draw_growth;

/// Everything a growth chart shows; the same value is drawn on screen and into an export.
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthChart {
    /// Drawn above the chart when not empty: the axis name of a small multiple.
    pub title: String,
    /// The x axis, ascending: one evenly spaced column per session. Even spacing rather than to
    /// scale keeps twenty sessions as readable whether they span a week or several years.
    pub times: Vec<i64>,
    /// One label per time (its date). All are drawn when they fit, else the first and last only.
    pub x_labels: Vec<String>,
    /// `(legend label, points)`; a point at a time not in `times` is not drawn. The legend is drawn
    /// only for two lines or more: a single line is named by the title.
    pub lines: Vec<(String, Vec<(i64, f64)>)>,
    /// The top of the scale: the y axis runs from 1 to this.
    pub max: u8,
    pub palette: Palette,
    /// Device pixels per CSS pixel, as in [`radar::RadarChart`](crate::core::charts::radar::RadarChart).
    pub scale: f64,
}

/// The chart of the given axes of `lines` (from [`growth`]): pass every axis index for one
/// combined chart, or one index per small multiple. Dates are in `lang` at the local offset.
/// The palette is [`Palette::LIGHT`] at scale 1; set those fields for the theme and the screen.
pub fn growth_chart(
    lines: &[GrowthLine],
    framework: &Framework,
    axes: &[usize],
    lang: Lang,
    offset_minutes: i64,
) -> GrowthChart {
    let times = session_times(lines);
    let x_labels = times
        .iter()
        .map(|&t| DateTime::from_epoch_ms(t, offset_minutes).date(lang))
        .collect();
    let axis_name = |i: usize| framework.axes.get(i).map_or("", |a| a.name.get(lang));
    let shown = lines
        .iter()
        .filter(|line| axes.contains(&line.axis_index) && !line.points.is_empty())
        .map(|line| (axis_name(line.axis_index).to_string(), line.points.clone()))
        .collect();
    let title = match axes {
        [one] => axis_name(*one),
        _ => framework.name.get(lang),
    };
    GrowthChart {
        title: title.to_string(),
        times,
        x_labels,
        lines: shown,
        max: framework.scale.max(),
        palette: Palette::LIGHT,
        scale: 1.0,
    }
}

const MARKERS: [Marker; 5] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
    Marker::TriangleDown,
];

/// How line `i` differs from the others without colour: its marker, and whether it is dashed.
/// Five solid lines with five markers, then five dashed ones: ten looks, more than the nine axes
/// of the largest framework.
pub fn line_look(i: usize) -> (Marker, bool) {
    (MARKERS[i % MARKERS.len()], (i / MARKERS.len()) % 2 == 1)
}

#[cfg(test)]
mod tests {
    use super::draw::fit;
    use super::*;
    use crate::core::model::history::History;
    use crate::core::report::growth::growth;
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

    use crate::core::model::session::Session;
    use crate::core::model::sorted_map::SortedMap;

    const DAY: i64 = 86_400_000;
    /// 1 March 2026, 00:00 UTC.
    const MARCH_1: i64 = 1_772_323_200_000;

    fn session(id: &str, created: i64, ratings: &[(&str, u8)]) -> Session {
        let mut s = Session::new(id.into(), created);
        s.ratings = ratings.iter().map(|&(k, v)| (k.to_string(), v)).collect();
        s
    }

    fn history(sessions: Vec<Session>) -> History {
        History::new(sessions, SortedMap::new())
    }

    fn digcomp() -> &'static Framework {
        crate::core::model::frameworks::builtin_framework("digcomp").unwrap()
    }

    /// A history of `n` daily sessions rating every DigComp competence `1 + day % 8`.
    fn daily(n: usize) -> History {
        let ids: Vec<&str> = digcomp().items().map(|i| &*i.id).collect();
        history(
            (0..n)
                .map(|day| {
                    let level = 1 + (day % 8) as u8;
                    let ratings: Vec<_> = ids.iter().map(|&id| (id, level)).collect();
                    session(&format!("d{day}"), MARCH_1 + day as i64 * DAY, &ratings)
                })
                .collect(),
        )
    }

    fn svg(chart: &GrowthChart, width: u32, height: u32) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
            draw_growth(&area, chart).unwrap();
            area.present().unwrap();
        }
        out
    }

    /// The texts drawn, in order.
    fn texts(svg: &str) -> Vec<&str> {
        svg.split("<text")
            .skip(1)
            .filter_map(|rest| rest.split_once(">\n")?.1.split_once("\n</text>"))
            .map(|(text, _)| text)
            .collect()
    }

    /// How many polylines have exactly `points` points: with three sessions or more, only the
    /// lines themselves do (grid, ticks and legend samples have two).
    fn polylines_with(svg: &str, points: usize) -> usize {
        svg.split("<polyline")
            .skip(1)
            .filter_map(|rest| rest.split_once("points=\"")?.1.split_once('"'))
            .filter(|(list, _)| list.split_whitespace().count() == points)
            .count()
    }

    #[test]
    fn lines_are_area_means_oldest_first_skipping_unrated_sessions() {
        let h = history(vec![
            session("late", 30, &[("agility.speed", 3)]),
            session("first", 10, &[("digcomp.1.1", 2), ("digcomp.1.3", 4)]),
            session("mid", 20, &[("digcomp.1.2", 5), ("digcomp.4.1", 6)]),
        ]);
        let lines = growth(&h, digcomp());
        let points: Vec<_> = lines
            .iter()
            .map(|l| (l.axis_index, l.points.clone()))
            .collect();
        assert_eq!(
            points,
            [
                (0, vec![(10, 3.0), (20, 5.0)]),
                (1, vec![]),
                (2, vec![]),
                (3, vec![(20, 6.0)]),
                (4, vec![]),
            ]
        );
        // The agility-only session is no column of the DigComp chart.
        assert_eq!(session_times(&lines), [10, 20]);
    }

    #[test]
    fn charts_show_the_chosen_axes_that_have_points() {
        let h = history(vec![
            session("a", MARCH_1, &[("digcomp.1.1", 2)]),
            session(
                "b",
                MARCH_1 + DAY,
                &[("digcomp.2.1", 3), ("digcomp.1.1", 4)],
            ),
        ]);
        let lines = growth(&h, digcomp());
        let all = growth_chart(&lines, digcomp(), &[0, 1, 2, 3, 4], Lang::En, 0);
        assert_eq!(all.title, "Digital competence");
        let labels: Vec<&str> = all.lines.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Information and data literacy",
                "Communication and collaboration"
            ]
        );
        assert_eq!(
            (all.max, all.x_labels.clone()),
            (8, vec!["1 Mar 2026".into(), "2 Mar 2026".into()])
        );
        let one = growth_chart(&lines, digcomp(), &[1], Lang::Id, 0);
        assert_eq!(one.title, digcomp().axes[1].name.get(Lang::Id));
        assert_eq!(one.lines.len(), 1);
        // Small multiples share the x axis, even where their own axis has fewer points.
        assert_eq!(one.times, all.times);
    }

    #[test]
    fn looks_differ_without_colour_for_every_axis() {
        let looks: Vec<_> = (0..10).map(line_look).collect();
        for (i, look) in looks.iter().enumerate() {
            assert!(
                !looks[..i].contains(look),
                "line {i} looks like an earlier one"
            );
        }
    }

    #[test]
    fn fit_cuts_long_labels_with_an_ellipsis() {
        for (label, max, expected) in [
            ("Safety", 6, "Safety"),
            ("Problem solving", 8, "Problem…"),
            ("", 3, ""),
        ] {
            assert_eq!(fit(label, max), expected);
        }
    }

    #[test]
    fn draws_one_path_per_line_with_legend_and_integer_levels() {
        let lines = growth(&daily(3), digcomp());
        let chart = growth_chart(&lines, digcomp(), &[0, 1, 2, 3, 4], Lang::En, 0);
        let out = svg(&chart, 900, 420);
        assert_eq!(polylines_with(&out, 3), 5);
        let drawn = texts(&out);
        for label in [
            "Digital competence",
            "1 Mar 2026",
            "2 Mar 2026",
            "3 Mar 2026",
            "Safety",
            "Problem solving",
        ] {
            assert!(drawn.contains(&label), "{label} missing from {drawn:?}");
        }
        for level in 1..=8 {
            assert!(drawn.contains(&level.to_string().as_str()), "level {level}");
        }
    }

    #[test]
    fn twenty_sessions_label_only_the_first_and_last_dates() {
        let lines = growth(&daily(20), digcomp());
        let chart = growth_chart(&lines, digcomp(), &[3], Lang::En, 0);
        let out = svg(&chart, 360, 240);
        assert_eq!(polylines_with(&out, 20), 1);
        let dates: Vec<&str> = texts(&out)
            .into_iter()
            .filter(|t| t.contains("2026"))
            .collect();
        assert_eq!(dates, ["1 Mar 2026", "20 Mar 2026"]);
        // One line is named by the title: no legend.
        assert_eq!(texts(&out).iter().filter(|&&t| t == "Safety").count(), 1);
    }
}
