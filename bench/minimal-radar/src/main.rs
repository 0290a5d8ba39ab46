//! The benchmark's minimal Yew + plotters page: nine range sliders and the radar they set, drawn
//! with plotters on a canvas, and nothing else (no storage, no texts, no frameworks).
//!
//! Query, as `bench/chartjs.html` takes it: `w`, `h` (the canvas in CSS pixels) and `data` (nine
//! comma-separated levels, 0–5). `performance.mark("minimal:drawn")` follows each draw; the
//! benchmark reads the first.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use std::f64::consts::PI;
use web_sys::{HtmlCanvasElement, HtmlInputElement};
use yew::prelude::*;

/// The learning-agility dimensions' names, as the Chart.js reference labels its axes.
const AXES: [&str; 9] = [
    "Flexibility",
    "Speed",
    "Experimenting",
    "Performance risk taking",
    "Interpersonal risk taking",
    "Collaborating",
    "Information gathering",
    "Feedback seeking",
    "Reflecting",
];
const MAX: f64 = 5.0;
const BLUE: RGBColor = RGBColor(29, 78, 216);
const GRID: RGBColor = RGBColor(209, 213, 219);
const INK: RGBColor = RGBColor(55, 65, 81);

/// The page's query: canvas size in CSS pixels and the nine levels.
struct Query {
    width: u32,
    height: u32,
    levels: Vec<u8>,
}

fn query() -> Query {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let param = |name: &str| {
        search
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
            .map(str::to_owned)
    };
    let size = |name: &str, fallback: u32| {
        param(name)
            .and_then(|v| v.parse().ok())
            .filter(|&v| v > 0)
            .unwrap_or(fallback)
    };
    let mut levels: Vec<u8> = param("data")
        .unwrap_or_else(|| "4,3,4,2,3,5,4,3,4".into())
        .split(',')
        .map(|v| v.parse::<u8>().unwrap_or(0).min(MAX as u8))
        .collect();
    levels.resize(AXES.len(), 0);
    Query {
        width: size("w", 560),
        height: size("h", 476),
        levels,
    }
}

#[function_component(App)]
fn app() -> Html {
    let start = use_memo((), |_| query());
    let levels = use_state(|| start.levels.clone());
    let canvas = use_node_ref();
    {
        let (canvas, start) = (canvas.clone(), start.clone());
        use_effect_with((*levels).clone(), move |levels| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                draw(&canvas, start.width, start.height, levels);
            }
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("minimal:drawn");
            }
        });
    }
    let sliders = AXES.iter().enumerate().map(|(i, name)| {
        let value = levels[i].to_string();
        let levels = levels.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let mut next = (*levels).clone();
            next[i] = input.value().parse().unwrap_or(next[i]);
            levels.set(next);
        });
        html! {
            <label>
                <input type="range" min="0" max="5" step="1" {value} {oninput} />
                { " " }{ *name }
            </label>
        }
    });
    let style = format!("width:{}px;height:{}px", start.width, start.height);
    html! {
        <>
            <canvas ref={canvas} {style} role="img" aria-label="Learning agility radar (minimal Yew + plotters reference)"></canvas>
            { for sliders }
        </>
    }
}

/// The radar: five rings, nine spokes, the axes' names, and the levels' polygon with its points.
fn draw(canvas: &HtmlCanvasElement, width: u32, height: u32, levels: &[u8]) {
    let ratio = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0);
    let (w, h) = (
        (f64::from(width) * ratio).round() as u32,
        (f64::from(height) * ratio).round() as u32,
    );
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let area = backend.into_drawing_area();
    let _ = radar(&area, ratio, levels);
}

fn radar<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    s: f64,
    levels: &[u8],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&WHITE)?;
    let (w, h) = area.dim_in_pixel();
    let center = (f64::from(w) / 2.0, f64::from(h) / 2.0);
    // Room for the axes' names beside the radar, as Chart.js leaves it.
    let radius = (f64::from(w.min(h)) / 2.0 - 96.0 * s).max(10.0);
    let at = |i: usize, fraction: f64| {
        let angle = -PI / 2.0 + 2.0 * PI * i as f64 / AXES.len() as f64;
        (
            (center.0 + radius * fraction * angle.cos()).round() as i32,
            (center.1 + radius * fraction * angle.sin()).round() as i32,
        )
    };
    let thin = GRID.stroke_width(s.round().max(1.0) as u32);
    for ring in 1..=MAX as usize {
        let fraction = ring as f64 / MAX;
        let mut points: Vec<_> = (0..AXES.len()).map(|i| at(i, fraction)).collect();
        points.push(points[0]);
        area.draw(&PathElement::new(points, thin))?;
    }
    let font = (FontFamily::SansSerif, 11.0 * s).into_font().color(&INK);
    for (i, name) in AXES.iter().enumerate() {
        area.draw(&PathElement::new(vec![at(i, 0.0), at(i, 1.0)], thin))?;
        let (x, y) = at(i, 1.08);
        let h = match x.cmp(&(center.0 as i32)) {
            std::cmp::Ordering::Less => HPos::Right,
            std::cmp::Ordering::Equal => HPos::Center,
            std::cmp::Ordering::Greater => HPos::Left,
        };
        area.draw(&Text::new(
            *name,
            (x, y),
            font.pos(Pos::new(h, VPos::Center)),
        ))?;
    }
    let points: Vec<_> = levels
        .iter()
        .enumerate()
        .map(|(i, &v)| at(i, f64::from(v) / MAX))
        .collect();
    area.draw(&Polygon::new(points.clone(), BLUE.mix(0.25).filled()))?;
    let mut closed = points.clone();
    closed.push(points[0]);
    area.draw(&PathElement::new(
        closed,
        BLUE.stroke_width((2.0 * s) as u32),
    ))?;
    for point in points {
        area.draw(&Circle::new(point, (3.0 * s) as i32, BLUE.filled()))?;
    }
    Ok(())
}

fn main() {
    yew::Renderer::<App>::new().render();
}
