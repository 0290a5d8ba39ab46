//! The radar's frame (rings, spokes, labels) and legend, and its line styles: shared by the
//! widget's radar and the cohort's group radar.

use super::layout::{
    cos_sin, geometry_with_legend, label_metrics, wrap_label, FONT, LEGEND_ROW, LINE,
};
use super::{marker_radius, RadarChart};
use crate::core::charts::marker::{draw_marker, Marker};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// How a line is drawn: solid, dashed (dash and gap in CSS pixels), or as a filled band.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Line {
    Solid,
    Dashed(f64, f64),
    Band,
}

/// One row of a legend: a sample of the line with its marker, and its label.
pub struct LegendEntry<'a> {
    pub label: &'a str,
    pub color: RGBColor,
    pub line: Line,
    pub marker: Option<Marker>,
}

/// The frame without its legend: background, title, rings, level numbers, spokes and axis
/// labels, laid out with room for `legend_rows` legend rows.
pub fn draw_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    legend_rows: usize,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, height) = area.dim_in_pixel();
    let s = chart.scale;
    let p = chart.palette;
    let ink = RGBColor(p.ink.0, p.ink.1, p.ink.2);
    let grid = RGBColor(p.grid.0, p.grid.1, p.grid.2);
    area.fill(&RGBColor(p.background.0, p.background.1, p.background.2))?;
    let g = geometry_with_legend(chart, legend_rows, width, height);
    // A `FontFamily` value, never a string: a string family makes plotters lowercase it, which
    // links Unicode's case tables into the wasm (~7 KB gzip).
    let font = |size: f64| (FontFamily::SansSerif, size * s).into_font().color(&ink);

    for (i, line) in chart.title.iter().enumerate() {
        let size = if i == 0 { FONT * 1.3 } else { FONT };
        let y = ((i as f64 + 0.8) * FONT * 1.6 * s) as i32;
        let style = font(size).pos(Pos::new(HPos::Center, VPos::Center));
        area.draw(&Text::new(line.clone(), ((width / 2) as i32, y), style))?;
    }

    // Rings, one per level, and the level numbers along the first spoke.
    let grid_style = ShapeStyle {
        color: grid.to_rgba(),
        filled: false,
        stroke_width: s.max(1.0) as u32,
    };
    // Level numbers only as often as they fit without touching each other.
    let ring_gap = g.radius / f64::from(chart.max);
    let number_step = ((FONT * 0.9 * s) / ring_gap).ceil().max(1.0) as u8;
    for level in 1..=chart.max {
        let fraction = f64::from(level) / f64::from(chart.max);
        let mut ring: Vec<_> = (0..g.axes).map(|i| g.point(i, fraction)).collect();
        ring.push(ring[0]);
        area.draw(&PathElement::new(ring, grid_style))?;
        if level % number_step != 0 && level != chart.max {
            continue;
        }
        let (x, y) = g.point(0, fraction);
        let style = font(FONT * 0.8).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(
            level.to_string(),
            (x + (4.0 * s) as i32, y),
            style,
        ))?;
    }
    for i in 0..g.axes {
        area.draw(&PathElement::new(
            vec![g.point(i, 0.0), g.point(i, 1.0)],
            grid_style,
        ))?;
    }

    // Axis labels, wrapped and anchored away from the chart so they never overlap it.
    let (wrap_at, label_font) = label_metrics(&chart.axis_labels, width, s);
    let line_height = label_font * LINE * s;
    for (i, label) in chart.axis_labels.iter().enumerate() {
        let a = g.angle(i);
        let (x, y) = g.point_f(i, 1.0);
        let (cos, sin) = cos_sin(a);
        let (x, y) = (x + 10.0 * s * cos, y + 10.0 * s * sin);
        let lines = wrap_label(label, wrap_at);
        let h = if cos > 0.2 {
            HPos::Left
        } else if cos < -0.2 {
            HPos::Right
        } else {
            HPos::Center
        };
        let block = lines.len() as f64 * line_height;
        let top = if sin < -0.2 {
            y - block
        } else if sin > 0.2 {
            y
        } else {
            y - block / 2.0
        };
        for (n, line) in lines.iter().enumerate() {
            let ly = top + (n as f64 + 0.5) * line_height;
            let style = font(label_font).pos(Pos::new(h, VPos::Center));
            area.draw(&Text::new(line.clone(), (x as i32, ly as i32), style))?;
        }
    }

    Ok(())
}

/// A legend under the chart from any entries (the cohort's radar): per entry a sample of its
/// line and marker, and its label; moved left as far as its longest label needs.
pub fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    entries: &[LegendEntry],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, height) = area.dim_in_pixel();
    let s = chart.scale;
    let ink = RGBColor(
        chart.palette.ink.0,
        chart.palette.ink.1,
        chart.palette.ink.2,
    );
    let legend_top = height as f64 - entries.len() as f64 * LEGEND_ROW * s - 4.0 * s;
    // Centred, but moved left as far as the longest label needs to stay inside the area.
    let longest = entries
        .iter()
        .map(|e| e.label.chars().count())
        .max()
        .unwrap_or(0);
    let room = (36.0 + longest as f64 * FONT * 0.55 + 4.0) * s;
    let x0 = (width as f64 / 2.0 - 90.0 * s)
        .min(width as f64 - room)
        .max(8.0 * s);
    for (n, entry) in entries.iter().enumerate() {
        let y = (legend_top + (n as f64 + 0.5) * LEGEND_ROW * s) as i32;
        let stroke = ShapeStyle {
            color: entry.color.to_rgba(),
            filled: false,
            stroke_width: (2.0 * s).max(1.0) as u32,
        };
        let (left, right) = (x0 as i32, (x0 + 28.0 * s) as i32);
        if entry.line == Line::Band {
            // A polygon, not a rectangle: the widget already draws polygons, so no more code.
            let half = (5.0 * s) as i32;
            let swatch = vec![
                (left, y - half),
                (right, y - half),
                (right, y + half),
                (left, y + half),
            ];
            area.draw(&Polygon::new(swatch, entry.color.mix(0.25).filled()))?;
        }
        stroke_line(area, entry.line, vec![(left, y), (right, y)], stroke, s)?;
        if let Some(marker) = entry.marker {
            let at = ((x0 + 14.0 * s) as i32, y);
            draw_marker(area, marker, at, entry.color, marker_radius(s))?;
        }
        let style = (FontFamily::SansSerif, FONT * s)
            .into_font()
            .color(&ink)
            .pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(
            entry.label.to_string(),
            ((x0 + 36.0 * s) as i32, y),
            style,
        ))?;
    }
    Ok(())
}

/// A line in one of the [`Line`] styles (a band's edge is a thin solid line).
pub fn stroke_line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    line: Line,
    points: Vec<(i32, i32)>,
    stroke: ShapeStyle,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    match line {
        Line::Solid => area.draw(&PathElement::new(points, stroke)),
        Line::Band => area.draw(&PathElement::new(
            points,
            ShapeStyle {
                stroke_width: s.max(1.0) as u32,
                ..stroke
            },
        )),
        Line::Dashed(dash, gap) => area.draw(&DashedPathElement::new(
            points,
            (dash * s) as u32,
            (gap * s) as u32,
            stroke,
        )),
    }
}
