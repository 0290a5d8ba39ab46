//! The growth line chart: its data for chosen axes and its drawing, generic over plotters' backends.

use super::dates::DateTime;
use super::frameworks::Framework;
use super::growth::{session_times, GrowthLine};
use super::i18n::Lang;
use super::marker::{draw_marker, Marker};
use super::radar::Palette;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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
    /// Device pixels per CSS pixel, as in [`radar::RadarChart`](super::radar::RadarChart).
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

/// A line's marker radius in device pixels.
fn marker_radius(s: f64) -> i32 {
    (4.0 * s).max(2.0) as i32
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

/// Sizes in CSS pixels; multiplied by [`GrowthChart::scale`].
const FONT: f64 = 13.0;
const LEGEND_ROW: f64 = 22.0;
const LEGEND_COLUMN: f64 = 260.0;
/// Room between the plot's edge and the first and last columns, so markers are not cut.
const INSET: f64 = 10.0;

fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

/// Cuts a label to `max_chars`, ending it with an ellipsis when it was longer.
fn fit(label: &str, max_chars: usize) -> String {
    if label.chars().count() <= max_chars {
        return label.to_string();
    }
    let mut cut: String = label.chars().take(max_chars.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// The legend's grid: (columns, rows); no rows for a single line.
fn legend_grid(lines: usize, width: f64, s: f64) -> (usize, usize) {
    if lines < 2 {
        return (1, 0);
    }
    let columns = ((width - 16.0 * s) / (LEGEND_COLUMN * s)).floor().max(1.0) as usize;
    let columns = columns.min(lines);
    (columns, lines.div_ceil(columns))
}

/// Where the plot sits in the area, and how values and columns map to pixels.
struct Frame {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    columns: usize,
    max: u8,
    s: f64,
}

impl Frame {
    /// Evenly spaced session columns, inset from the plot's edges; a single one in the middle.
    fn x(&self, column: usize) -> f64 {
        let span = self.right - self.left - 2.0 * INSET * self.s;
        match self.columns {
            0 | 1 => (self.left + self.right) / 2.0,
            n => self.left + INSET * self.s + span * column as f64 / (n - 1) as f64,
        }
    }

    fn y(&self, value: f64) -> f64 {
        let max = f64::from(self.max);
        self.bottom - (value.clamp(1.0, max) - 1.0) / (max - 1.0) * (self.bottom - self.top)
    }
}

fn px((x, y): (f64, f64)) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

fn font(size: f64, at: HPos, color: &RGBColor) -> TextStyle<'static> {
    (FontFamily::SansSerif, size)
        .into_font()
        .color(color)
        .pos(Pos::new(at, VPos::Center))
}

/// Draws the whole chart (title, level grid, dates, lines with markers, legend) on any backend.
pub fn draw_growth<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, height) = area.dim_in_pixel();
    let (w, h) = (f64::from(width), f64::from(height));
    let s = chart.scale;
    let ink = rgb(chart.palette.ink);
    area.fill(&rgb(chart.palette.background))?;
    let (columns, rows) = legend_grid(chart.lines.len(), w, s);
    let legend_top = h - rows as f64 * LEGEND_ROW * s - 4.0 * s;
    let top = if chart.title.is_empty() {
        FONT * s
    } else {
        let style = font(FONT * 1.15 * s, HPos::Center, &ink);
        area.draw(&Text::new(
            chart.title.clone(),
            px((w / 2.0, FONT * s)),
            style,
        ))?;
        FONT * 2.6 * s
    };
    let frame = Frame {
        left: 30.0 * s,
        right: w - 14.0 * s,
        top,
        bottom: legend_top - FONT * 2.2 * s,
        columns: chart.times.len(),
        // A scale of one level would leave nothing to plot; two keeps the arithmetic finite.
        max: chart.max.max(2),
        s,
    };
    draw_levels(area, chart, &frame)?;
    draw_dates(area, chart, &frame)?;
    draw_lines(area, chart, &frame)?;
    draw_legend(area, chart, (columns, rows), legend_top, w)
}

/// A grid line per level, labelled: integers only, as a level is a named step of the scale.
fn draw_levels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
    frame: &Frame,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = frame.s;
    let ink = rgb(chart.palette.ink);
    for level in 1..=frame.max {
        let y = frame.y(f64::from(level));
        let line = vec![px((frame.left, y)), px((frame.right, y))];
        area.draw(&PathElement::new(line, grid_style(chart)))?;
        let style = font(FONT * 0.85 * s, HPos::Right, &ink);
        let at = px((frame.left - 6.0 * s, y));
        area.draw(&Text::new(level.to_string(), at, style))?;
    }
    Ok(())
}

/// A tick per session, and its date under it when all dates fit side by side; otherwise only
/// the first and the last date, which is what keeps twenty sessions readable.
fn draw_dates<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
    frame: &Frame,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = frame.s;
    let n = frame.columns;
    let spacing = if n > 1 {
        frame.x(1) - frame.x(0)
    } else {
        f64::MAX
    };
    let widest = chart.x_labels.iter().map(|l| l.chars().count()).max();
    let all_fit = widest.unwrap_or(0) as f64 * FONT * 0.55 * s * 1.5 <= spacing;
    let ink = rgb(chart.palette.ink);
    for (i, label) in chart.x_labels.iter().enumerate().take(n) {
        let x = frame.x(i);
        let tick = vec![px((x, frame.bottom)), px((x, frame.bottom + 4.0 * s))];
        area.draw(&PathElement::new(tick, grid_style(chart)))?;
        let (first, last) = (i == 0, i + 1 == n);
        if !(first || last || all_fit) {
            continue;
        }
        // The outer dates are anchored inwards so that they never run off the area.
        let (at, x) = match (first, last) {
            (true, false) => (HPos::Left, x - INSET * s),
            (false, true) => (HPos::Right, x + INSET * s),
            _ => (HPos::Center, x),
        };
        let style = font(FONT * 0.85 * s, at, &ink);
        let at = px((x, frame.bottom + FONT * 1.3 * s));
        area.draw(&Text::new(label.clone(), at, style))?;
    }
    Ok(())
}

fn draw_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
    frame: &Frame,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    for (i, (_, points)) in chart.lines.iter().enumerate() {
        let coords: Vec<(i32, i32)> = points
            .iter()
            .filter_map(|&(t, v)| {
                let column = chart.times.binary_search(&t).ok()?;
                Some(px((frame.x(column), frame.y(v))))
            })
            .collect();
        let (marker, dashed) = line_look(i);
        let color = line_color(chart, i);
        if coords.len() > 1 {
            draw_line(area, coords.clone(), dashed, color, frame.s)?;
        }
        for &point in &coords {
            draw_marker(area, marker, point, color, marker_radius(frame.s))?;
        }
    }
    Ok(())
}

/// A sample of each line (dash and marker) with its label, row by row.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GrowthChart,
    (columns, rows): (usize, usize),
    top: f64,
    width: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = chart.scale;
    let column_width = (width - 16.0 * s) / columns as f64;
    let label_chars = ((column_width - 40.0 * s) / (FONT * 0.55 * s)).max(4.0) as usize;
    let ink = rgb(chart.palette.ink);
    for (i, (label, _)) in chart.lines.iter().enumerate().take(columns * rows) {
        let x0 = 8.0 * s + (i % columns) as f64 * column_width;
        let y = top + ((i / columns) as f64 + 0.5) * LEGEND_ROW * s;
        let (marker, dashed) = line_look(i);
        let color = line_color(chart, i);
        let sample = vec![px((x0, y)), px((x0 + 28.0 * s, y))];
        draw_line(area, sample, dashed, color, s)?;
        draw_marker(
            area,
            marker,
            px((x0 + 14.0 * s, y)),
            color,
            marker_radius(s),
        )?;
        let style = font(FONT * s, HPos::Left, &ink);
        let at = px((x0 + 36.0 * s, y));
        area.draw(&Text::new(fit(label, label_chars), at, style))?;
    }
    Ok(())
}

/// Colour is a third cue, after marker and dash: the palette's three series colours in turn.
fn line_color(chart: &GrowthChart, i: usize) -> RGBColor {
    let p = chart.palette;
    rgb([p.current, p.target, p.compare][i % 3])
}

fn grid_style(chart: &GrowthChart) -> ShapeStyle {
    ShapeStyle {
        color: rgb(chart.palette.grid).to_rgba(),
        filled: false,
        stroke_width: chart.scale.max(1.0) as u32,
    }
}

fn draw_line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: Vec<(i32, i32)>,
    dashed: bool,
    color: RGBColor,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let stroke = ShapeStyle {
        color: color.to_rgba(),
        filled: false,
        stroke_width: (2.0 * s).max(1.0) as u32,
    };
    if dashed {
        let (dash, gap) = ((7.0 * s) as u32, (4.0 * s) as u32);
        area.draw(&DashedPathElement::new(points, dash, gap, stroke))
    } else {
        area.draw(&PathElement::new(points, stroke))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::growth::growth;
    use crate::core::history::History;

    use crate::core::frameworks::FrameworkId;
    use crate::core::session::Session;
    use crate::core::sorted_map::SortedMap;

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
        FrameworkId::DigComp.framework()
    }

    /// A history of `n` daily sessions rating every DigComp competence `1 + day % 8`.
    fn daily(n: usize) -> History {
        let ids: Vec<&str> = digcomp().items().map(|i| i.id).collect();
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
        assert_eq!(one.title, digcomp().axes[1].name.id);
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
