//! The growth chart's one drawing function, generic over plotters' backends.

use super::{line_look, GrowthChart};
use crate::core::charts::marker::draw_marker;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A line's marker radius in device pixels.
fn marker_radius(s: f64) -> i32 {
    (4.0 * s).max(2.0) as i32
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
pub(super) fn fit(label: &str, max_chars: usize) -> String {
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
