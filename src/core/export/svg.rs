//! Images a person takes away: the radar and the growth chart as SVG documents, drawn by the
//! same functions as the screen.

use crate::core::charts::growth_chart::{self, GrowthChart};
use crate::core::charts::radar::{self, RadarChart};
use plotters::coord::Shift;
use plotters::prelude::*;

/// The radar as an SVG document, drawn by the same function as the screen.
pub fn svg(chart: &RadarChart, width: u32, height: u32) -> String {
    let mut chart = chart.clone();
    for text in chart.title.iter_mut().chain(&mut chart.axis_labels) {
        *text = sanitize_for_xml(text);
    }
    for series in &mut chart.series {
        series.label = sanitize_for_xml(&series.label);
    }
    render(width, height, |area| radar::draw(area, &chart))
}

/// A growth chart as an SVG document, drawn by the same function as the screen.
pub fn growth_svg(chart: &GrowthChart, width: u32, height: u32) -> String {
    let mut chart = chart.clone();
    chart.title = sanitize_for_xml(&chart.title);
    let labels = chart.x_labels.iter_mut();
    for text in labels.chain(chart.lines.iter_mut().map(|(label, _)| label)) {
        *text = sanitize_for_xml(text);
    }
    render(width, height, |area| {
        growth_chart::draw_growth(area, &chart)
    })
}

pub(crate) type SvgArea<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub(crate) type SvgResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

pub(crate) fn render(width: u32, height: u32, draw: impl FnOnce(&SvgArea) -> SvgResult) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail; were it to, the document is still closed on drop.
        let _ = draw(&area).and_then(|()| area.present());
    }
    out
}

/// The text with what XML 1.0 forbids removed: control characters (line breaks and tabs become
/// spaces, as a chart label is one line) and U+FFFE/U+FFFF. plotters escapes `<>&"'` itself;
/// these it passes through, and one of them makes the whole file unreadable.
pub fn sanitize_for_xml(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}' => None,
            c => Some(c),
        })
        .collect()
}
