//! A chart on a canvas sized to its box times the pixel ratio, drawn by the core's draw functions
//! (the same ones the SVG export uses).

use super::{browser, canvas};
use crate::core::charts::radar::{self, RadarChart};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

/// A chart a canvas can show: the radar here, the growth chart in the deferred part (so its
/// drawing loads with it).
pub trait CanvasChart: Clone + PartialEq + 'static {
    /// The canvas's class.
    const CLASS: &'static str;
    /// What a chart keeps between draws.
    type Kept: Default + 'static;
    /// Height as a share of width.
    fn aspect(&self, css_width: f64) -> f64;
    /// Draws on a canvas whose backing store is sized at `ratio` device pixels per CSS pixel.
    fn draw(&self, canvas: &HtmlCanvasElement, ratio: f64, kept: &mut Self::Kept);
}

impl CanvasChart for RadarChart {
    const CLASS: &'static str = "plot radar";
    type Kept = FrameCache;

    /// Room for labels around the radar, and for the legend. On a phone the radar is squarer,
    /// since there the labels' width limits its size.
    fn aspect(&self, css_width: f64) -> f64 {
        if css_width < 420.0 {
            1.0
        } else {
            0.85
        }
    }

    fn draw(&self, canvas: &HtmlCanvasElement, ratio: f64, kept: &mut FrameCache) {
        let chart = RadarChart {
            scale: ratio,
            ..self.clone()
        };
        draw_radar(canvas, &chart, kept);
    }
}

#[derive(Properties, PartialEq)]
pub struct PlotCanvasProps<C: CanvasChart> {
    pub chart: C,
    /// The canvas's accessible name; the numbers themselves are in a table next to it.
    pub label: AttrValue,
}

/// The radar's frame (rings, labels, legend) as drawn last, on a canvas of its own: while only
/// the values change, a redraw copies it and draws the polygons alone.
struct Frame {
    key: RadarChart,
    canvas: HtmlCanvasElement,
}

/// The kept frame, if any. The first draw of a page keeps none: it goes straight to the screen.
#[derive(Default)]
pub struct FrameCache {
    frame: Option<Frame>,
    drawn_once: bool,
}

#[function_component(PlotCanvas)]
pub fn plot_canvas<C: CanvasChart>(props: &PlotCanvasProps<C>) -> Html {
    let canvas_ref = use_node_ref();
    let kept = use_mut_ref(C::Kept::default);
    canvas::use_canvas_draw(&canvas_ref, &props.chart, move |canvas, width, chart| {
        draw(canvas, width, chart, &mut kept.borrow_mut())
    });
    html! {
        <canvas ref={canvas_ref} class={C::CLASS} role="img" aria-label={props.label.clone()}></canvas>
    }
}

/// Sizes the canvas backing store to its CSS width times the device pixel ratio, then draws.
/// The width is the canvas's own (CSS makes it fill its cell), not its parent's: in a grid of
/// small charts the parent is the whole grid.
fn draw<C: CanvasChart>(canvas: &HtmlCanvasElement, css_width: i32, chart: &C, kept: &mut C::Kept) {
    browser::mark("cermin:draw-start");
    let ratio = browser::device_pixel_ratio();
    let css_width = css_width.clamp(240, 720) as f64;
    let width = (css_width * ratio).round() as u32;
    let height = (css_width * chart.aspect(css_width) * ratio).round() as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    chart.draw(canvas, ratio, kept);
    browser::measure("cermin:draw", "cermin:draw-start");
}

/// Draws the radar: its frame from the cache when nothing but the values changed, then the
/// polygons. The result is what `radar::draw` gives, which exports use.
fn draw_radar(
    canvas: &HtmlCanvasElement,
    chart: &RadarChart,
    cache: &mut FrameCache,
) -> Option<()> {
    let key = radar::frame_of(chart);
    let (width, height) = (canvas.width(), canvas.height());
    let fresh =
        |c: &&Frame| c.key == key && c.canvas.width() == width && c.canvas.height() == height;
    let frame = match cache.frame.as_ref().filter(fresh) {
        Some(frame) => frame,
        None if !cache.drawn_once => {
            // The first chart of a page load: straight onto the screen, as early as possible. A
            // second canvas for the frame is made only when a redraw could use it.
            cache.drawn_once = true;
            let area = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
            radar::draw_frame(&area, chart).ok()?;
            let drawn = radar::draw_series(&area, chart).ok();
            browser::reveal();
            return drawn;
        }
        None => {
            let canvas = match cache.frame.take() {
                Some(old) => old.canvas,
                None => browser::window()
                    .document()?
                    .create_element("canvas")
                    .ok()?
                    .dyn_into::<HtmlCanvasElement>()
                    .ok()?,
            };
            canvas.set_width(width);
            canvas.set_height(height);
            let area = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
            radar::draw_frame(&area, chart).ok()?;
            cache.frame.insert(Frame { key, canvas })
        }
    };
    let context = canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    context
        .draw_image_with_html_canvas_element(&frame.canvas, 0.0, 0.0)
        .ok()?;
    let area = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
    radar::draw_series(&area, chart).ok()
}
