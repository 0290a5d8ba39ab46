//! Canvas glue shared by the widget and the cohort page: drawing a chart at its CSS width, and PNG
//! encoding.

use super::browser;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// A drawing area on a canvas, and what drawing on it can fail with.
pub type CanvasArea = DrawingArea<CanvasBackend, Shift>;
pub type CanvasResult =
    Result<(), DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

/// The canvas's CSS width, as its resize observer last reported it (`None` until then: the first
/// draw measures it and stores it here). The component re-renders when it changes, so a redraw
/// never forces a layout to read `clientWidth`.
#[hook]
fn use_css_width(canvas_ref: &NodeRef) -> Rc<RefCell<Option<i32>>> {
    let css_width = use_mut_ref(|| None::<i32>);
    let rerender = use_force_update();
    {
        let (canvas_ref, css_width) = (canvas_ref.clone(), css_width.clone());
        use_effect_with((), move |_| {
            let watch = canvas_ref.cast::<HtmlCanvasElement>().and_then(|canvas| {
                browser::ResizeWatch::new(&canvas.clone(), move || {
                    let width = Some(canvas.client_width());
                    if css_width.replace(width) != width {
                        rerender.force_update();
                    }
                })
            });
            move || drop(watch)
        });
    }
    css_width
}

/// Draws `chart` on the canvas after each render in which it or the canvas's CSS width changed:
/// `draw` gets the canvas, its CSS width and the chart. The width is measured by the first draw,
/// then by a resize observer: a redraw after a rating change must not force a layout of the page
/// just to learn it.
#[hook]
pub fn use_canvas_draw<T, F>(canvas_ref: &NodeRef, chart: &T, draw: F)
where
    T: Clone + PartialEq + 'static,
    F: FnOnce(&HtmlCanvasElement, i32, &T) + 'static,
{
    let css_width = use_css_width(canvas_ref);
    let (canvas_ref, width) = (canvas_ref.clone(), *css_width.borrow());
    use_effect_with((chart.clone(), width), move |(chart, _)| {
        if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
            let width = *css_width
                .borrow_mut()
                .get_or_insert_with(|| canvas.client_width());
            draw(&canvas, width, chart);
        }
    });
}

/// Draws on a canvas of its own, at export resolution, and encodes it with the browser's own
/// PNG encoder, as a `data:` URL.
pub fn png_data_url(
    width: u32,
    height: u32,
    draw: impl FnOnce(&CanvasArea) -> CanvasResult,
) -> Option<String> {
    let canvas = browser::window()
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<HtmlCanvasElement>()
        .ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let area = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
    draw(&area).and_then(|()| area.present()).ok()?;
    canvas.to_data_url_with_type("image/png").ok()
}
