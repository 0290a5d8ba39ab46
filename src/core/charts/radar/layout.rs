//! Where the radar's rings, spokes and labels sit in an area, and how labels wrap.

use super::RadarChart;
use std::f64::consts::PI;

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

    pub(super) fn point_f(&self, i: usize, fraction: f64) -> (f64, f64) {
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
pub(super) const FONT: f64 = 13.0;
pub(super) const LINE: f64 = 1.25;
pub(super) const LEGEND_ROW: f64 = 22.0;

/// Lays the radar out in a `width` × `height` area, leaving room for titles, labels and legend.
pub fn geometry(chart: &RadarChart, width: u32, height: u32) -> Geometry {
    geometry_with_legend(chart, chart.series.len(), width, height)
}

/// Like [`geometry`], with room for a legend of `legend_rows` rows whatever the chart's series:
/// what a chart that draws its own polygons over the radar's frame (the cohort's) needs.
pub fn geometry_with_legend(
    chart: &RadarChart,
    legend_rows: usize,
    width: u32,
    height: u32,
) -> Geometry {
    let s = chart.scale;
    let top = chart.title.len() as f64 * FONT * 1.6 * s;
    let bottom = legend_rows as f64 * LEGEND_ROW * s + 8.0 * s;
    // Room at the sides for the widest wrapped label line (an average glyph is ~0.55 em), and
    // above and below for the tallest wrapped label, plus the gap between label and ring.
    let (wrap_at, label_font) = label_metrics(&chart.axis_labels, width, s);
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

/// The smallest label font (CSS px) on a phone: labels shrink to this before they grow wider.
const MIN_LABEL_FONT: f64 = 10.0;
/// At most this many lines per label; the full names are in the table next to the chart.
const MAX_LABEL_LINES: usize = 4;

/// How many characters an axis label line may hold, and its font size: smaller on a phone. A
/// word is never split, so a line must hold the longest word of any label; when that is longer
/// than the usual line, the font shrinks (down to [`MIN_LABEL_FONT`] on a phone) so the line
/// takes about the same room.
pub(super) fn label_metrics(labels: &[String], width: u32, scale: f64) -> (usize, f64) {
    let narrow = (width as f64 / scale) < 420.0;
    let (chars, font, min_font) = if narrow {
        (11, 11.0, MIN_LABEL_FONT)
    } else {
        (16, FONT, 11.0)
    };
    let longest = labels
        .iter()
        .flat_map(|label| label.split_whitespace())
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(0);
    if longest <= chars {
        (chars, font)
    } else {
        (
            longest,
            (font * chars as f64 / longest as f64).max(min_font),
        )
    }
}

/// Breaks a label into lines of at most `max_chars` characters at spaces, so long names wrap
/// instead of overlapping the chart or being clipped. A word is never split: one longer than
/// `max_chars` stands on a line of its own. At most [`MAX_LABEL_LINES`] lines; a longer label
/// ends its last line with an ellipsis after a whole word.
pub fn wrap_label(label: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in label.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > max_chars && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > MAX_LABEL_LINES {
        lines.truncate(MAX_LABEL_LINES);
        lines[MAX_LABEL_LINES - 1].push('…');
    }
    lines
}
