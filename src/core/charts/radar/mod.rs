//! The radar chart: what it shows (series, palette); its layout and its one drawing function live beside.

use crate::core::charts::marker::Marker;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use plotters::prelude::RGBColor;

mod draw;
mod frame;
mod layout;

pub use draw::{draw, draw_frame, draw_series, frame_of};
pub use frame::{draw_grid, draw_legend, stroke_line, LegendEntry, Line};
pub use layout::{cos_sin, geometry, geometry_with_legend, wrap_label, Geometry};

/// What a polygon stands for. Each kind has its own stroke pattern, so colour is never the only cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesKind {
    /// The ratings: filled, solid outline, round markers.
    Current,
    /// The targets: no fill, long dashes.
    Target,
    /// An earlier session: no fill, short dots, square markers.
    Compare,
    /// Others' view (the median of others' feedback): no fill, long dashes, triangle markers.
    Others,
}

impl SeriesKind {
    fn marker(self) -> Marker {
        match self {
            SeriesKind::Current => Marker::Circle,
            SeriesKind::Target => Marker::Diamond,
            SeriesKind::Compare => Marker::Square,
            SeriesKind::Others => Marker::Triangle,
        }
    }

    /// Solid for the ratings, dashes for targets, dots for a compared session and long dashes
    /// with short gaps for others' view, so the kinds differ without colour.
    fn line(self) -> Line {
        match self {
            SeriesKind::Current => Line::Solid,
            SeriesKind::Target => Line::Dashed(8.0, 5.0),
            SeriesKind::Compare => Line::Dashed(3.0, 3.0),
            SeriesKind::Others => Line::Dashed(16.0, 3.0),
        }
    }
}

/// A series' marker radius in device pixels.
pub fn marker_radius(s: f64) -> i32 {
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
    pub others: (u8, u8, u8),
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: (255, 255, 255),
        ink: (31, 41, 55),
        grid: (203, 213, 225),
        current: (29, 78, 216),
        target: (180, 83, 9),
        compare: (75, 85, 99),
        others: (4, 120, 87),
    };
    pub const DARK: Palette = Palette {
        background: (17, 24, 39),
        ink: (229, 231, 235),
        grid: (71, 85, 105),
        current: (96, 165, 250),
        target: (251, 191, 36),
        compare: (209, 213, 219),
        others: (52, 211, 153),
    };

    pub(crate) fn of(&self, kind: SeriesKind) -> RGBColor {
        let (r, g, b) = match kind {
            SeriesKind::Current => self.current,
            SeriesKind::Target => self.target,
            SeriesKind::Compare => self.compare,
            SeriesKind::Others => self.others,
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

impl RadarChart {
    /// A framework's radar in `lang`: one axis per framework axis, rings up to its scale's top,
    /// no title, at scale 1 (set `title` and `scale` for an export).
    pub fn of_framework(
        framework: &Framework,
        lang: Lang,
        series: Vec<Series>,
        palette: Palette,
    ) -> RadarChart {
        RadarChart {
            axis_labels: framework
                .axes
                .iter()
                .map(|a| a.name.get(lang).to_string())
                .collect(),
            max: framework.scale.max(),
            series,
            title: Vec::new(),
            palette,
            scale: 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::{IntoDrawingArea, SVGBackend};

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
    fn wraps_labels_at_spaces_and_never_inside_a_word() {
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
                "Berani mengambil risiko interpersonal",
                13,
                vec!["Berani", "mengambil", "risiko", "interpersonal"],
            ),
            // A word longer than a line stands alone, whole.
            (
                "Kompetensiwidyaiswaraku baru",
                11,
                vec!["Kompetensiwidyaiswaraku", "baru"],
            ),
            (
                "a b c d e f g h i j k l m",
                3,
                vec!["a b", "c d", "e f", "g h…"],
            ),
            ("", 11, vec![]),
        ] {
            assert_eq!(wrap_label(label, width), expected, "{label:?} at {width}");
        }
    }

    /// Every axis name of every framework, in both languages, at every phone and desktop width:
    /// its lines are its words in order, none split, and nothing cut off.
    #[test]
    fn every_axis_label_wraps_whole_at_every_width() {
        use crate::core::i18n::Lang;
        use crate::core::model::frameworks::catalog;
        for framework in catalog::builtin() {
            for lang in Lang::ALL {
                let labels: Vec<String> = framework
                    .axes
                    .iter()
                    .map(|a| a.name.get(lang).to_string())
                    .collect();
                for scale in [1.0, 2.0, 3.0] {
                    for css_width in (240..=720).step_by(10) {
                        let width = (f64::from(css_width) * scale) as u32;
                        let (wrap_at, font) = layout::label_metrics(&labels, width, scale);
                        assert!(font >= 10.0, "{css_width} px: font {font}");
                        for label in &labels {
                            let lines = wrap_label(label, wrap_at);
                            assert!(lines.len() <= 4, "{label:?}: {lines:?}");
                            assert_eq!(lines.join(" "), *label, "{label:?} at {wrap_at}");
                            assert!(
                                lines.iter().all(|l| l.chars().count() <= wrap_at),
                                "{label:?} at {wrap_at}: {lines:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn labels_shrink_on_a_phone_rather_than_split_a_long_word() {
        let short = vec!["Speed".to_string(), "Safety".to_string()];
        assert_eq!(layout::label_metrics(&short, 300, 1.0), (11, 11.0));
        assert_eq!(layout::label_metrics(&short, 900, 1.0), (16, 13.0));
        let long = vec!["Experimenting".to_string()];
        let (chars, font) = layout::label_metrics(&long, 600, 2.0);
        assert_eq!(chars, 13);
        assert!((10.0..11.0).contains(&font), "{font}");
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
