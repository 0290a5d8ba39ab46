//! The group radar: a class's median polygon, the band of its middle half, its minimum and
//! maximum, and a second wave's median; drawn over the radar's own frame by one function
//! generic over plotters' backends.

use crate::core::charts::marker::{draw_marker, Marker};
use crate::core::charts::radar::{
    self, geometry_with_legend, marker_radius, stroke_line, LegendEntry, Line, RadarChart,
};
use plotters::coord::Shift;
use plotters::prelude::*;

/// One axis of one wave: the spread of the participants' scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
}

/// What the legend says for each line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Legend {
    pub median: String,
    pub band: String,
    pub min: String,
    pub max: String,
    /// The first wave's median, when there are two waves.
    pub before: String,
}

/// Everything the group radar shows; the same value is drawn on screen and into exports.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortRadar {
    /// The frame: axis labels, scale, title, palette and pixel scale (its `series` are unused).
    pub frame: RadarChart,
    /// The wave drawn in full (the latest), one entry per axis; `None` where nobody rated it.
    pub latest: Vec<Option<Spread>>,
    /// The earlier wave's medians, drawn as a dashed polygon, when there are two waves.
    pub before: Option<Vec<Option<f64>>>,
    pub legend: Legend,
}

/// How each line looks: markers and dashes tell them apart without colour.
const MEDIAN: (Line, Marker) = (Line::Solid, Marker::Circle);
const BEFORE: (Line, Marker) = (Line::Dashed(8.0, 5.0), Marker::Square);
const MIN: (Line, Marker) = (Line::Dashed(2.0, 3.0), Marker::TriangleDown);
const MAX: (Line, Marker) = (Line::Dashed(2.0, 3.0), Marker::Triangle);

impl CohortRadar {
    fn entries(&self) -> Vec<LegendEntry<'_>> {
        let p = self.frame.palette;
        let (main, other, extreme) = (rgb(p.current), rgb(p.target), rgb(p.compare));
        fn entry(label: &str, color: RGBColor, (line, marker): (Line, Marker)) -> LegendEntry<'_> {
            LegendEntry {
                label,
                color,
                line,
                marker: Some(marker),
            }
        }
        let mut entries = vec![entry(&self.legend.median, main, MEDIAN)];
        if self.before.is_some() {
            entries.push(entry(&self.legend.before, other, BEFORE));
        }
        entries.push(LegendEntry {
            label: &self.legend.band,
            color: main,
            line: Line::Band,
            marker: None,
        });
        entries.push(entry(&self.legend.min, extreme, MIN));
        entries.push(entry(&self.legend.max, extreme, MAX));
        entries
    }
}

fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

/// Draws the whole group radar on any backend: the radar's frame, then the band, the extremes
/// and the medians, then the legend.
pub fn draw_cohort<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &CohortRadar,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let entries = chart.entries();
    radar::draw_grid(area, &chart.frame, entries.len())?;
    let (width, height) = area.dim_in_pixel();
    let g = geometry_with_legend(&chart.frame, entries.len(), width, height);
    let s = chart.frame.scale;
    let max = f64::from(chart.frame.max);
    let p = chart.frame.palette;
    let ring = |values: &[Option<f64>]| -> Vec<(i32, i32)> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| g.point(i, v.unwrap_or(0.0) / max))
            .collect()
    };
    let pick = |f: fn(&Spread) -> f64| -> Vec<Option<f64>> {
        chart.latest.iter().map(|s| s.as_ref().map(f)).collect()
    };
    let stroke = |color: RGBColor, width: f64| ShapeStyle {
        color: color.to_rgba(),
        filled: false,
        stroke_width: (width * s).max(1.0) as u32,
    };
    let closed = |mut points: Vec<(i32, i32)>| {
        if let Some(&first) = points.first() {
            points.push(first);
        }
        points
    };
    let main = rgb(p.current);
    if chart.latest.is_empty() {
        return radar::draw_legend(area, &chart.frame, &entries);
    }

    // The band: the third-quartile ring with the first-quartile ring cut out of it. The inner
    // ring runs the other way round, so the non-zero fill rule leaves it empty.
    let (q1, q3) = (ring(&pick(|s| s.q1)), ring(&pick(|s| s.q3)));
    let mut band = q3.clone();
    band.push(q3[0]);
    band.push(q1[0]);
    band.extend(q1.iter().skip(1).rev());
    // Back to the inner ring's start, so the closing edge retraces the joining one exactly.
    band.push(q1[0]);
    area.draw(&Polygon::new(band, main.mix(0.22).filled()))?;
    for edge in [&q1, &q3] {
        stroke_line(area, Line::Band, closed(edge.clone()), stroke(main, 1.0), s)?;
    }

    /// Values per axis, colour, look, and stroke width in CSS pixels.
    type Drawn = (Vec<Option<f64>>, RGBColor, (Line, Marker), f64);
    let mut lines: Vec<Drawn> = vec![
        (pick(|s| s.min), rgb(p.compare), MIN, 1.5),
        (pick(|s| s.max), rgb(p.compare), MAX, 1.5),
    ];
    if let Some(before) = &chart.before {
        lines.push((before.clone(), rgb(p.target), BEFORE, 2.0));
    }
    lines.push((pick(|s| s.median), main, MEDIAN, 2.5));
    for (values, color, (line, marker), width) in lines {
        let points = ring(&values);
        stroke_line(area, line, closed(points.clone()), stroke(color, width), s)?;
        for (point, value) in points.iter().zip(&values) {
            if value.is_some() {
                draw_marker(area, marker, *point, color, marker_radius(s))?;
            }
        }
    }
    radar::draw_legend(area, &chart.frame, &entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::charts::radar::Palette;
    use plotters::prelude::SVGBackend;

    fn chart(before: bool) -> CohortRadar {
        let spread = |m: f64| Spread {
            min: m - 2.0,
            q1: m - 1.0,
            median: m,
            q3: m + 0.5,
            max: m + 1.0,
        };
        CohortRadar {
            frame: RadarChart {
                axis_labels: vec!["One".into(), "Two".into(), "Three".into()],
                max: 5,
                series: Vec::new(),
                title: vec!["Group".into()],
                palette: Palette::LIGHT,
                scale: 1.0,
            },
            latest: vec![Some(spread(3.0)), None, Some(spread(4.0))],
            before: before.then(|| vec![Some(2.0), Some(1.0), None]),
            legend: Legend {
                median: "Median".into(),
                band: "Middle half".into(),
                min: "Minimum".into(),
                max: "Maximum".into(),
                before: "Median Before".into(),
            },
        }
    }

    fn svg(chart: &CohortRadar) -> String {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (480, 480)).into_drawing_area();
            draw_cohort(&area, chart).unwrap();
            area.present().unwrap();
        }
        svg
    }

    #[test]
    fn draws_the_band_extremes_medians_and_a_legend_for_each() {
        let one = svg(&chart(false));
        for text in [
            "One",
            "Three",
            "Group",
            "Median",
            "Middle half",
            "Minimum",
            "Maximum",
        ] {
            assert!(
                one.contains(&format!(">\n{text}\n</text>")),
                "missing {text}"
            );
        }
        assert!(!one.contains("Median Before"));
        // Rated axes get markers: two medians (circles) plus the legend's circle.
        assert_eq!(one.matches("<circle").count(), 3);
        let two = svg(&chart(true));
        assert!(two.contains(">\nMedian Before\n</text>"));
        // Squares: two rated axes before, and the legend's.
        assert!(two.matches("<rect").count() >= one.matches("<rect").count() + 3);
    }

    #[test]
    fn an_empty_cohort_draws_the_frame_and_legend_only() {
        let mut empty = chart(false);
        empty.latest.clear();
        let drawn = svg(&empty);
        assert!(drawn.contains(">\nOne\n</text>") && drawn.contains(">\nMedian\n</text>"));
    }
}
