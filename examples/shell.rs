//! Writes the page's static shell into dist/index.html at build time (scripts/build.sh): the
//! title, what Cermin is, and the radar's frame, drawn by the same `radar::draw_frame` the widget
//! uses, shown from the first paint until the widget has drawn its own radar and takes its place.
//!
//! The language is decided in the browser, so the shell says what Cermin is in both languages,
//! and its frame has rings and spokes without their text. The frame is inline SVG: it is painted
//! with the first frame, with no image to decode.
//!
//!   cargo run --example shell -- dist/index.html

use cermin::core::charts::radar::{draw_frame, Palette, RadarChart};
use cermin::core::i18n::Lang;
use cermin::core::model::frameworks::catalog;
use cermin::core::texts::T;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

/// Where the shell goes: inside the widget's root, before its `<noscript>`.
const ROOT: &str = "<div id=\"cermin\">";
/// Marks the shell so a second run replaces it rather than adding another.
const START: &str = "<!-- shell -->";
const END: &str = "<!-- /shell -->";
/// The frame's size: a phone's (the layout squares the radar below 420 px).
const SIZE: u32 = 400;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/index.html".into());
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let html = match (html.find(START), html.find(END)) {
        (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b + END.len()..]),
        _ => html,
    };
    let Some(at) = html.find(ROOT).map(|i| i + ROOT.len()) else {
        fail(&format!("{path} has no {ROOT}"));
    };
    let shell = shell();
    let out = format!("{}\n    {START}{shell}{END}{}", &html[..at], &html[at..]);
    std::fs::write(&path, out).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    println!("shell: {} bytes of static shell in {path}", shell.len());
}

fn fail(why: &str) -> ! {
    eprintln!("shell: {why}");
    std::process::exit(1)
}

/// The markup: the same classes as the widget's first render, so it sits where the widget will.
/// What Cermin is, in both languages, is one block of text: the page's largest text until the
/// widget shows, where the widget's own says it in one language.
fn shell() -> String {
    format!(
        "<div class=\"cermin theme-auto shell\" aria-hidden=\"true\">\
         <header class=\"masthead\"><div><p class=\"shell-title\">Cermin</p>\
         <p class=\"tagline\"><span lang=\"id\">{}</span><br><span lang=\"en\">{}</span></p>\
         </div></header>\
         <main class=\"workspace\"><section class=\"chart-panel\">{}</section></main></div>",
        T::Tagline.get(Lang::Id),
        T::Tagline.get(Lang::En),
        frame_svg().replacen("<svg ", "<svg class=\"plot radar\" ", 1)
    )
}

/// The radar's frame as the widget first draws it (learning agility, Indonesian layout), with
/// no text and no background: rings and spokes in a grey that reads on light and dark.
fn frame_svg() -> String {
    let framework =
        catalog::builtin_framework("agility").unwrap_or_else(|| fail("no built-in agility"));
    let chart = RadarChart {
        axis_labels: framework
            .axes
            .iter()
            .map(|a| a.name.get(Lang::Id).to_string())
            .collect(),
        max: framework.scale.max(),
        series: Vec::new(),
        title: Vec::new(),
        palette: Palette {
            grid: (148, 163, 184),
            ..Palette::LIGHT
        },
        scale: 1.0,
    };
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (SIZE, SIZE)).into_drawing_area();
        draw_frame(&area, &chart).unwrap_or_else(|e| fail(&format!("drawing: {e:?}")));
        area.present()
            .unwrap_or_else(|e| fail(&format!("drawing: {e:?}")));
    }
    without_text_and_background(&svg)
}

/// Drops every `<text>` element and the first `<rect>` (the background fill).
fn without_text_and_background(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    let mut background = true;
    loop {
        let text = rest.find("<text");
        let rect = background.then(|| rest.find("<rect")).flatten();
        let (at, close) = match (text, rect) {
            (Some(t), Some(r)) if r < t => (r, "/>"),
            (Some(t), _) => (t, "</text>"),
            (None, Some(r)) => (r, "/>"),
            (None, None) => break,
        };
        if close == "/>" {
            background = false;
        }
        out.push_str(&rest[..at]);
        let end = rest[at..]
            .find(close)
            .unwrap_or_else(|| fail("unclosed element"));
        rest = &rest[at + end + close.len()..];
    }
    out.push_str(rest);
    out.lines().map(str::trim).collect::<Vec<_>>().join("")
}
