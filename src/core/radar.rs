//! Radar geometry and the one drawing function, generic over plotters' backends (canvas and SVG).

use super::marker::{draw_marker, Marker};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::f64::consts::PI;

/// What a polygon stands for. Each kind has its own stroke pattern, so colour is never the only cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesKind {
    /// The ratings: filled, solid outline, round markers.
    Current,
    /// The targets: no fill, long dashes.
    Target,
    /// An earlier session: no fill, short dots, square markers.
    Compare,
}

impl SeriesKind {
    fn marker(self) -> Marker {
        match self {
            SeriesKind::Current => Marker::Circle,
            SeriesKind::Target => Marker::Diamond,
            SeriesKind::Compare => Marker::Square,
        }
    }
}

/// A series' marker radius in device pixels.
fn marker_radius(s: f64) -> i32 {
    (3.5 * s).max(2.0) as i32
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub kind: SeriesKind,
    /// What the legend says, e.g. "Current" or "Compared: 3 Mar 2026".
    pub label: String,
    /// One value per axis; `None` (unrated) is drawn at the centre.
    pub values: Vec<Option<f64>>,
}

/// Colours of one theme, as RGB.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: (u8, u8, u8),
    pub ink: (u8, u8, u8),
    pub grid: (u8, u8, u8),
    pub current: (u8, u8, u8),
    pub target: (u8, u8, u8),
    pub compare: (u8, u8, u8),
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: (255, 255, 255),
        ink: (31, 41, 55),
        grid: (203, 213, 225),
        current: (29, 78, 216),
        target: (180, 83, 9),
        compare: (75, 85, 99),
    };
    pub const DARK: Palette = Palette {
        background: (17, 24, 39),
        ink: (229, 231, 235),
        grid: (71, 85, 105),
        current: (96, 165, 250),
        target: (251, 191, 36),
        compare: (209, 213, 219),
    };

    fn of(&self, kind: SeriesKind) -> RGBColor {
        let (r, g, b) = match kind {
            SeriesKind::Current => self.current,
            SeriesKind::Target => self.target,
            SeriesKind::Compare => self.compare,
        };
        RGBColor(r, g, b)
    }
}

/// Everything the radar shows. The same value is drawn on screen and into an exported file.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarChart {
    pub axis_labels: Vec<String>,
    /// The top of the scale (5 or 8): the outer ring.
    pub max: u8,
    pub series: Vec<Series>,
    /// Title lines above the chart (exports only); empty on screen, where the page has headings.
    pub title: Vec<String>,
    pub palette: Palette,
    /// Device pixels per CSS pixel: fonts and strokes scale with it, so a 2× export stays sharp.
    pub scale: f64,
}

/// Where the radar sits inside its drawing area.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub center: (f64, f64),
    pub radius: f64,
    pub axes: usize,
}

impl Geometry {
    /// The angle of axis `i`: the first points straight up, the rest follow clockwise.
    pub fn angle(&self, i: usize) -> f64 {
        -PI / 2.0 + 2.0 * PI * i as f64 / self.axes as f64
    }

    /// The point at `fraction` (0 = centre, 1 = outer ring) along axis `i`.
    pub fn point(&self, i: usize, fraction: f64) -> (i32, i32) {
        let (x, y) = self.point_f(i, fraction);
        (x.round() as i32, y.round() as i32)
    }

    fn point_f(&self, i: usize, fraction: f64) -> (f64, f64) {
        let a = self.angle(i);
        let r = self.radius * fraction.clamp(0.0, 1.0);
        let (cos, sin) = cos_sin(a);
        (self.center.0 + r * cos, self.center.1 + r * sin)
    }
}

/// Cosine and sine of an angle in [-2π, 2π] (all radar angles are). A short Taylor series after
/// folding into [-π/4, π/4], so the wasm does not link libm's general sin/cos (rem_pio2 and its
/// tables). Accurate to ~1e-12, far below a pixel.
pub fn cos_sin(x: f64) -> (f64, f64) {
    const FRAC_PI_2: f64 = PI / 2.0;
    // Quadrant: nearest multiple of π/2 (no `round`: |x| is small, so a biased truncation works).
    let q = ((x / FRAC_PI_2) + 8.5) as i64 - 8;
    let r = x - q as f64 * FRAC_PI_2;
    let r2 = r * r;
    let mut c = 1.0;
    let mut s = 1.0;
    let mut term_c = 1.0;
    let mut term_s = 1.0;
    for k in 1..=9 {
        let k = k as f64;
        term_c *= -r2 / ((2.0 * k - 1.0) * (2.0 * k));
        term_s *= -r2 / ((2.0 * k) * (2.0 * k + 1.0));
        c += term_c;
        s += term_s;
    }
    let s = s * r;
    match q.rem_euclid(4) {
        0 => (c, s),
        1 => (-s, c),
        2 => (-c, -s),
        _ => (s, -c),
    }
}

/// Sizes in CSS pixels; multiplied by [`RadarChart::scale`].
const FONT: f64 = 13.0;
const LINE: f64 = 1.25;
const LEGEND_ROW: f64 = 22.0;

/// Lays the radar out in a `width` × `height` area, leaving room for titles, labels and legend.
pub fn geometry(chart: &RadarChart, width: u32, height: u32) -> Geometry {
    let s = chart.scale;
    let top = chart.title.len() as f64 * FONT * 1.6 * s;
    let bottom = chart.series.len() as f64 * LEGEND_ROW * s + 8.0 * s;
    // Room at the sides for the widest wrapped label line (an average glyph is ~0.55 em), and
    // above and below for the tallest wrapped label, plus the gap between label and ring.
    let (wrap_at, label_font) = label_metrics(width, s);
    let wrapped: Vec<Vec<String>> = chart
        .axis_labels
        .iter()
        .map(|label| wrap_label(label, wrap_at))
        .collect();
    let widest = wrapped
        .iter()
        .flatten()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    let tallest = wrapped.iter().map(Vec::len).max().unwrap_or(0);
    let label_x = widest as f64 * label_font * 0.55 * s + 14.0 * s;
    let label_y = tallest as f64 * label_font * LINE * s + 14.0 * s;
    let usable_h = (height as f64 - top - bottom - 2.0 * label_y).max(0.0);
    let usable_w = (width as f64 - 2.0 * label_x).max(0.0);
    Geometry {
        center: (width as f64 / 2.0, top + label_y + usable_h / 2.0),
        radius: (usable_w.min(usable_h) / 2.0).max(1.0),
        axes: chart.axis_labels.len().max(1),
    }
}

/// How many characters an axis label line may hold, and its font size: smaller on a phone.
fn label_metrics(width: u32, scale: f64) -> (usize, f64) {
    if (width as f64 / scale) < 420.0 {
        (11, 11.0)
    } else {
        (16, FONT)
    }
}

/// Breaks a label into lines of at most `max_chars` characters, at spaces where it can, so long
/// names wrap instead of overlapping the chart or being clipped. At most three lines; a longer
/// label ends with an ellipsis (the full name is in the table next to the chart).
pub fn wrap_label(label: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in label.split_whitespace() {
        let mut word: String = word.to_string();
        while word.chars().count() > max_chars {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(max_chars).collect();
            word = word.chars().skip(max_chars).collect();
            lines.push(head);
        }
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > max_chars && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > 3 {
        lines.truncate(3);
        let last = &mut lines[2];
        let kept: String = last.chars().take(max_chars.saturating_sub(1)).collect();
        *last = format!("{kept}…");
    }
    lines
}

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
    let (width, height) = area.dim_in_pixel();
    let s = chart.scale;
    let p = chart.palette;
    let ink = RGBColor(p.ink.0, p.ink.1, p.ink.2);
    let grid = RGBColor(p.grid.0, p.grid.1, p.grid.2);
    area.fill(&RGBColor(p.background.0, p.background.1, p.background.2))?;
    let g = geometry(chart, width, height);
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
    let (wrap_at, label_font) = label_metrics(width, s);
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

    // The legend: a sample of each line style and its label.
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
        stroke_path(area, series.kind, sample, stroke, s)?;
        draw_marker(
            area,
            series.kind.marker(),
            ((x0 + 14.0 * s) as i32, y),
            color,
            marker_radius(s),
        )?;
        let style = font(FONT).pos(Pos::new(HPos::Left, VPos::Center));
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
        stroke_path(area, series.kind, closed, stroke, s)?;
        for (point, value) in points.iter().zip(&series.values) {
            if value.is_some() {
                draw_marker(area, series.kind.marker(), *point, color, marker_radius(s))?;
            }
        }
    }
    Ok(())
}

/// A series' line: solid for the ratings, long dashes for targets, short ones for a compared
/// session, so the kinds differ without colour.
fn stroke_path<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    kind: SeriesKind,
    points: Vec<(i32, i32)>,
    stroke: ShapeStyle,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (dash, gap) = match kind {
        SeriesKind::Current => return area.draw(&PathElement::new(points, stroke)),
        SeriesKind::Target => (8.0 * s, 5.0 * s),
        SeriesKind::Compare => (3.0 * s, 3.0 * s),
    };
    area.draw(&DashedPathElement::new(
        points,
        dash as u32,
        gap as u32,
        stroke,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(labels: &[&str], series: Vec<Series>) -> RadarChart {
        RadarChart {
            axis_labels: labels.iter().map(|l| l.to_string()).collect(),
            max: 5,
            series,
            title: Vec::new(),
            palette: Palette::LIGHT,
            scale: 1.0,
        }
    }

    fn current(values: &[Option<f64>]) -> Series {
        Series {
            kind: SeriesKind::Current,
            label: "Current".into(),
            values: values.to_vec(),
        }
    }

    #[test]
    fn wraps_labels_at_spaces_and_cuts_what_is_too_long() {
        for (label, width, expected) in [
            ("Safety", 11, vec!["Safety"]),
            (
                "Information and data literacy",
                16,
                vec!["Information and", "data literacy"],
            ),
            (
                "Information and data literacy",
                11,
                vec!["Information", "and data", "literacy"],
            ),
            (
                "Kompetensiwidyaiswaraku",
                11,
                vec!["Kompetensiw", "idyaiswarak", "u"],
            ),
            ("a b c d e f g h i j k l m", 3, vec!["a b", "c d", "e …"]),
            ("", 11, vec![]),
        ] {
            assert_eq!(wrap_label(label, width), expected, "{label:?} at {width}");
        }
    }

    #[test]
    fn cos_sin_matches_libm() {
        for n in -4000..=4000 {
            let x = n as f64 * 0.00157;
            let (c, s) = cos_sin(x);
            assert!(
                (c - x.cos()).abs() < 1e-12 && (s - x.sin()).abs() < 1e-12,
                "{x}"
            );
        }
    }

    #[test]
    fn the_first_axis_points_up_and_the_rest_follow_clockwise() {
        let g = Geometry {
            center: (100.0, 100.0),
            radius: 50.0,
            axes: 4,
        };
        assert_eq!(g.point(0, 1.0), (100, 50));
        assert_eq!(g.point(1, 1.0), (150, 100));
        assert_eq!(g.point(2, 0.5), (100, 125));
        assert_eq!(g.point(3, 0.0), (100, 100));
        assert_eq!(
            g.point(3, 2.0),
            (50, 100),
            "values past the scale stay on the outer ring"
        );
    }

    #[test]
    fn the_radar_fits_its_area_with_room_for_labels_and_legend() {
        let c = chart(&["Flexibility"; 9], vec![current(&[Some(3.0); 9])]);
        for (w, h) in [(320, 272), (480, 408), (1440, 1224)] {
            let g = geometry(&c, w, h);
            assert!(g.radius > 40.0, "{w}×{h}: radius {}", g.radius);
            assert!(
                g.center.0 - g.radius > 60.0,
                "{w}×{h}: room for left labels"
            );
            assert!(
                g.center.1 + g.radius < f64::from(h) - 22.0,
                "{w}×{h}: room for the legend"
            );
        }
    }

    #[test]
    fn draws_rings_labels_polygons_and_legend_into_svg() {
        let mut target = current(&[Some(5.0), Some(4.0), None]);
        target.kind = SeriesKind::Target;
        target.label = "Target".into();
        let c = chart(
            &["One", "Two", "Three"],
            vec![current(&[Some(4.0), None, Some(2.0)]), target],
        );
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (400, 340)).into_drawing_area();
            draw(&area, &c).unwrap();
            area.present().unwrap();
        }
        for text in ["One", "Two", "Three", "Current", "Target", "5"] {
            assert!(
                svg.contains(&format!(">\n{text}\n</text>")),
                "missing {text}"
            );
        }
        assert_eq!(
            svg.matches("<polygon").count(),
            1 + 2 + 1,
            "one fill, two target markers, one legend marker"
        );
        assert!(
            svg.matches("<circle").count() > 2,
            "current markers and the legend's"
        );
    }
}
