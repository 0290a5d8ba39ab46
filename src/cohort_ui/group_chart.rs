//! The group radar on a canvas sized to its box times the pixel ratio, drawn by the core's
//! `draw_cohort` (the function the SVG and PNG exports use too).

use crate::core::cohort::radar::{draw_cohort, CohortRadar};
use crate::ui::{browser, canvas};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GroupChartProps {
    pub chart: CohortRadar,
    /// The canvas's accessible name; the numbers are in the table under it.
    pub label: AttrValue,
}

/// Height as a share of width: room for the labels and a five-row legend.
fn aspect(css_width: f64) -> f64 {
    if css_width < 420.0 {
        1.25
    } else {
        1.0
    }
}

#[function_component(GroupChart)]
pub fn group_chart(props: &GroupChartProps) -> Html {
    let canvas_ref = use_node_ref();
    canvas::use_canvas_draw(&canvas_ref, &props.chart, draw);
    html! {
        <canvas ref={canvas_ref} class="plot radar cohort-radar" role="img" aria-label={props.label.clone()}></canvas>
    }
}

fn draw(canvas: &HtmlCanvasElement, css_width: i32, chart: &CohortRadar) {
    let ratio = browser::device_pixel_ratio();
    let css_width = f64::from(css_width.clamp(240, 720));
    let width = (css_width * ratio).round() as u32;
    let height = (css_width * aspect(css_width) * ratio).round() as u32;
    canvas.set_width(width);
    canvas.set_height(height);
    let mut chart = chart.clone();
    chart.frame.scale = ratio;
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
        let area = backend.into_drawing_area();
        if draw_cohort(&area, &chart).is_ok() {
            let _ = area.present();
        }
    }
    // Files read to radar drawn: the benchmark's figure. Measured once per batch of files.
    if let Some(performance) = browser::window().performance() {
        let started = performance.get_entries_by_name_with_entry_type("cohort:load-start", "mark");
        if started.length() == 0 {
            return;
        }
        let _ = performance.measure_with_start_mark("cohort:load", "cohort:load-start");
        performance.clear_marks_with_mark_name("cohort:load-start");
    }
}
