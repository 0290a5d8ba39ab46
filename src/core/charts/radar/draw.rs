//! The radar's one drawing function, generic over plotters' backends (canvas and SVG): the frame,
//! then the polygons.

use super::frame::{draw_grid, stroke_line};
use super::layout::{geometry, FONT, LEGEND_ROW};
use super::{marker_radius, RadarChart, Series, SeriesKind};
use crate::core::charts::marker::draw_marker;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Draws the whole radar (title, rings, spokes, labels, polygons, legend) on any backend.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw_frame(area, chart)?;
    draw_series(area, chart)
}

/// The chart without its values: all that [`draw_frame`] depends on. While it is unchanged,
/// the screen keeps the drawn frame and redraws only the polygons.
pub fn frame_of(chart: &RadarChart) -> RadarChart {
    let series = chart
        .series
        .iter()
        .map(|x| Series {
            values: Vec::new(),
            ..x.clone()
        })
        .collect();
    RadarChart {
        series,
        ..chart.clone()
    }
}

/// Everything but the polygons: background, title, rings, level numbers, spokes, axis labels and
/// the legend.
pub fn draw_frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw_grid(area, chart, chart.series.len())?;
    // The legend: a sample of each line style and its label. The series' own loop rather than
    // `draw_legend`'s: sharing it cost the widget's wasm 0.5 KB gzip for the cohort page's sake.
    let (width, height) = area.dim_in_pixel();
    let (s, p) = (chart.scale, chart.palette);
    let ink = RGBColor(p.ink.0, p.ink.1, p.ink.2);
    let legend_top = height as f64 - chart.series.len() as f64 * LEGEND_ROW * s - 4.0 * s;
    let x0 = (width as f64 / 2.0 - 90.0 * s).max(8.0 * s);
    for (n, series) in chart.series.iter().enumerate() {
        let y = (legend_top + (n as f64 + 0.5) * LEGEND_ROW * s) as i32;
        let color = p.of(series.kind);
        let stroke = ShapeStyle {
            color: color.to_rgba(),
            filled: false,
            stroke_width: (2.0 * s).max(1.0) as u32,
        };
        let sample = vec![(x0 as i32, y), ((x0 + 28.0 * s) as i32, y)];
        stroke_line(area, series.kind.line(), sample, stroke, s)?;
        draw_marker(
            area,
            series.kind.marker(),
            ((x0 + 14.0 * s) as i32, y),
            color,
            marker_radius(s),
        )?;
        let style = (FontFamily::SansSerif, FONT * s)
            .into_font()
            .color(&ink)
            .pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(
            series.label.clone(),
            ((x0 + 36.0 * s) as i32, y),
            style,
        ))?;
    }
    Ok(())
}

/// The polygons of every series, with a marker on each rated axis.
pub fn draw_series<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (width, height) = area.dim_in_pixel();
    let (s, p) = (chart.scale, chart.palette);
    let g = geometry(chart, width, height);
    // Earlier sessions and targets under the current ratings, so the filled shape stays on top.
    let max = f64::from(chart.max);
    for series in chart.series.iter().rev() {
        let color = p.of(series.kind);
        let points: Vec<(i32, i32)> = series
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| g.point(i, v.unwrap_or(0.0) / max))
            .collect();
        if points.is_empty() {
            continue;
        }
        let stroke = ShapeStyle {
            color: color.to_rgba(),
            filled: false,
            stroke_width: (2.0 * s).max(1.0) as u32,
        };
        let mut closed = points.clone();
        closed.push(points[0]);
        if series.kind == SeriesKind::Current {
            area.draw(&Polygon::new(points.clone(), color.mix(0.25).filled()))?;
        }
        stroke_line(area, series.kind.line(), closed, stroke, s)?;
        for (point, value) in points.iter().zip(&series.values) {
            if value.is_some() {
                draw_marker(area, series.kind.marker(), *point, color, marker_radius(s))?;
            }
        }
    }
    Ok(())
}
