//! The on-screen radar: a canvas sized to its box times the pixel ratio, drawn by `radar::draw`.

use super::browser;
use crate::core::radar::{self, RadarChart};
use gloo::events::EventListener;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RadarCanvasProps {
    pub chart: RadarChart,
    /// The canvas's accessible name; the numbers themselves are in the table beside it.
    pub label: AttrValue,
}

/// Height as a share of width: room for labels above and below and the legend.
const ASPECT: f64 = 0.92;

#[function_component(RadarCanvas)]
pub fn radar_canvas(props: &RadarCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    // Bumped on window resize so the chart is redrawn at the new size.
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&browser::window(), "resize", move |_| {
                resized.set(*resized + 1)
            });
            move || drop(listener)
        });
    }
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with((props.chart.clone(), *resized), move |(chart, _)| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                draw(&canvas, chart);
            }
        });
    }
    html! {
        <canvas ref={canvas_ref} class="radar" role="img" aria-label={props.label.clone()}></canvas>
    }
}

/// Sizes the canvas backing store to its CSS width times the device pixel ratio, then draws.
fn draw(canvas: &HtmlCanvasElement, chart: &RadarChart) {
    browser::mark("cermin:draw-start");
    let ratio = browser::device_pixel_ratio();
    let css_width = canvas
        .parent_element()
        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
        .map_or(480, |p| p.client_width())
        .clamp(240, 720) as f64;
    let width = (css_width * ratio).round() as u32;
    let height = (css_width * ASPECT * ratio).round() as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let chart = RadarChart {
        scale: ratio,
        ..chart.clone()
    };
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
        let area = backend.into_drawing_area();
        if radar::draw(&area, &chart).is_ok() {
            let _ = area.present();
        }
    }
    browser::measure("cermin:draw", "cermin:draw-start");
}
