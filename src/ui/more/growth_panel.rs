//! Growth over time: one line chart for all axes, or one small chart per axis, with a table.

use crate::core::charts::growth_chart::{draw_growth, growth_chart, GrowthChart};
use crate::core::charts::radar::Palette;
use crate::core::dates::DateTime;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::model::history::History;
use crate::core::report::growth::{growth, latest, session_times};
use crate::core::texts::T;
use crate::ui::browser::{now_ms, offset_minutes};
use crate::ui::plot_canvas::{CanvasChart, PlotCanvas};
use gloo::timers::callback::Timeout;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// The chart shows at most this many of the latest sessions.
const CHART_SESSIONS: usize = 40;

#[derive(Properties, PartialEq)]
pub struct GrowthPanelProps {
    pub framework: &'static Framework,
    pub history: Rc<History>,
    /// Whether `history` is read whole: the chart waits for it rather than draw twice.
    pub history_whole: bool,
    pub palette: Palette,
    pub lang: Lang,
}

#[function_component(GrowthPanel)]
pub fn growth_panel(props: &GrowthPanelProps) -> Html {
    let lang = props.lang;
    let per_axis = use_state(|| false);
    // The table is built only once opened: with a long history it is hundreds of rows.
    let table_open = use_state(|| false);
    let framework = props.framework;
    // Below the fold: the series and the chart are built in a task of their own once the page
    // is on screen, so a long history does not hold up the first chart and the list.
    let shown = use_state(|| false);
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            let timer = Timeout::new(0, move || shown.set(true));
            move || drop(timer)
        });
    }
    // Per history and framework, not per render: toggling the view or the table must not go
    // through a thousand sessions again.
    let ready = *shown && props.history_whole;
    let series = use_memo(
        (props.history.clone(), props.framework, ready),
        |(history, framework, ready)| {
            if !ready {
                return Default::default();
            }
            let lines = growth(history, framework);
            let times = session_times(&lines);
            let recent = latest(&lines, &times, CHART_SESSIONS);
            (lines, times, recent)
        },
    );
    let (lines, times, recent) = &*series;
    let offset = offset_minutes(now_ms());
    let on_toggle = {
        let table_open = table_open.clone();
        Callback::from(move |event: Event| {
            let open = event
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open();
            table_open.set(open);
        })
    };
    let body = if !ready {
        html! {}
    } else if times.len() < 2 {
        html! { <p class="muted">{ T::GrowthEmpty.get(lang) }</p> }
    } else {
        let chart_of = |axes: &[usize]| {
            let mut chart = growth_chart(recent, framework, axes, lang, offset);
            chart.palette = props.palette;
            chart
        };
        let label = T::GrowthLabel.fill(
            lang,
            &[
                ("framework", framework.name.get(lang)),
                ("n", &times.len().to_string()),
            ],
        );
        let charts = if *per_axis {
            html! {
                <div class="small-multiples">
                    { for (0..framework.axes.len()).map(|i| html! {
                        <PlotCanvas<GrowthChart> chart={chart_of(&[i])}
                            label={format!("{label} {}", framework.axes[i].name.get(lang))} />
                    }) }
                </div>
            }
        } else {
            let all: Vec<usize> = (0..framework.axes.len()).collect();
            html! { <PlotCanvas<GrowthChart> chart={chart_of(&all)} {label} /> }
        };
        html! {
            <>
                { charts }
                if times.len() > CHART_SESSIONS {
                    <p class="muted">{ T::GrowthLatest.fill(lang, &[("n", &CHART_SESSIONS.to_string())]) }</p>
                }
                <details class="growth-table" ontoggle={on_toggle}>
                    <summary>{ T::TableCaption.fill(lang, &[("framework", framework.name.get(lang))]) }</summary>
                    if *table_open {
                    <table class="scores">
                        <caption>{ T::Growth.get(lang) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ T::Session.get(lang) }</th>
                                { for framework.axes.iter().map(|a| html! { <th scope="col">{ a.name.get(lang) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for times.iter().map(|&t| html! {
                                <tr>
                                    <th scope="row">{ DateTime::from_epoch_ms(t, offset).date_time(lang) }</th>
                                    { for lines.iter().map(|line| html! {
                                        <td>{ line.points.iter().find(|p| p.0 == t)
                                            .map_or("–".to_string(), |p| lang.decimal(p.1, 1)) }</td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    }
                </details>
            </>
        }
    };
    let toggle = |value: bool, text: T| {
        let per_axis = per_axis.clone();
        html! {
            <button type="button" aria-pressed={(*per_axis == value).to_string()}
                onclick={Callback::from(move |_: MouseEvent| per_axis.set(value))}>{ text.get(lang) }</button>
        }
    };
    html! {
        <section class="growth" aria-labelledby="growth-heading">
            <h2 id="growth-heading">{ T::Growth.get(lang) }</h2>
            <div class="growth-switch" role="group" aria-label={T::Growth.get(lang)}>
                { toggle(false, T::GrowthOneChart) }
                { toggle(true, T::GrowthPerAxis) }
            </div>
            { body }
        </section>
    }
}

impl CanvasChart for GrowthChart {
    const CLASS: &'static str = "plot growth";
    type Kept = ();

    fn aspect(&self, _css_width: f64) -> f64 {
        if self.lines.len() > 1 {
            0.5 + 0.04 * self.lines.len() as f64
        } else {
            0.6
        }
    }

    fn draw(&self, canvas: &HtmlCanvasElement, ratio: f64, _: &mut ()) {
        if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
            let area = backend.into_drawing_area();
            let chart = GrowthChart {
                scale: ratio,
                ..self.clone()
            };
            if draw_growth(&area, &chart).is_ok() {
                let _ = area.present();
            }
        }
    }
}
