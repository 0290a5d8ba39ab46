//! The cohort's exports: the group radar as PNG and SVG (drawn by the same function as the
//! screen), the summary and per-participant CSV tables, both again as one Excel workbook, and the
//! printed report. Names appear in them only as the page shows them.

use crate::core::cohort::csv::{rows_csv, summary_csv};
use crate::core::cohort::files::{cohort_file_name, cohort_svg};
use crate::core::cohort::group::Cohort;
use crate::core::cohort::radar::{draw_cohort, CohortRadar};
use crate::core::cohort::state::CohortAction;
use crate::core::cohort::texts::C;
use crate::core::dates::DateTime;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::ui::browser::{self, now_ms, offset_minutes, window};
use crate::ui::canvas;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub lang: Lang,
    pub chart: CohortRadar,
    pub cohort: Rc<Cohort>,
    pub framework: &'static Framework,
    /// Every framework offered (the built-ins and those the files carry): the CSVs span them.
    pub frameworks: Rc<Vec<&'static Framework>>,
    pub hide_names: bool,
    /// Says on the status line when the workbook cannot be made.
    pub on_action: Callback<CohortAction>,
}

/// Exported images are this many CSS pixels wide and high.
const EXPORT_SIZE: f64 = 720.0;

#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let lang = props.lang;
    let today = || {
        let now = now_ms();
        DateTime::from_epoch_ms(now, offset_minutes(now))
    };
    let framework = props.framework;
    // The exported radar: the one on screen, with a title saying what and when.
    let titled = {
        let chart = props.chart.clone();
        move |scale: f64| {
            let mut chart = chart.clone();
            chart.frame.title = vec![
                C::ReportTitle.get(lang).to_string(),
                format!("{} · {}", framework.name.get(lang), today().date(lang)),
            ];
            chart.frame.scale = scale;
            chart
        }
    };
    let name = move |what: &str, extension: &str| {
        cohort_file_name(
            &format!("{what}-{}", framework.id),
            &today().iso_date(),
            extension,
        )
    };
    let on_png = {
        let titled = titled.clone();
        Callback::from(move |_: MouseEvent| {
            let scale = 2.0;
            let size = (EXPORT_SIZE * scale) as u32;
            if let Some(url) = canvas::png_data_url(size, size + (56.0 * scale) as u32, |area| {
                draw_cohort(area, &titled(scale))
            }) {
                browser::download_url(&name("radar", "png"), &url);
            }
        })
    };
    let on_svg = Callback::from(move |_: MouseEvent| {
        let size = EXPORT_SIZE as u32;
        let svg = cohort_svg(&titled(1.0), size, size + 56);
        browser::download(&name("radar", "svg"), "image/svg+xml", &svg);
    });
    let all = props.frameworks.clone();
    let on_summary = {
        let (cohort, all) = (props.cohort.clone(), all.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = summary_csv(&cohort, &all, lang);
            let file = cohort_file_name("summary", &today().iso_date(), "csv");
            browser::download(&file, "text/csv;charset=utf-8", &csv);
        })
    };
    let on_rows = {
        let (cohort, hide) = (props.cohort.clone(), props.hide_names);
        Callback::from(move |_: MouseEvent| {
            let csv = rows_csv(&cohort, &all, lang, hide, offset_minutes(now_ms()));
            let file = cohort_file_name("participants", &today().iso_date(), "csv");
            browser::download(&file, "text/csv;charset=utf-8", &csv);
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        let _ = window().print();
    });
    html! {
        <section class="exports" aria-labelledby="exports-heading">
            <h2 id="exports-heading">{ C::Exports.get(lang) }</h2>
            <div class="export-buttons">
                <button type="button" onclick={on_png}>{ C::ExportPng.get(lang) }</button>
                <button type="button" onclick={on_svg}>{ C::ExportSvg.get(lang) }</button>
                <button type="button" onclick={on_summary}>{ C::CsvSummary.get(lang) }</button>
                <button type="button" onclick={on_rows}>{ C::CsvRows.get(lang) }</button>
                { workbook_button(props) }
                <button type="button" onclick={on_print}>{ C::Print.get(lang) }</button>
            </div>
        </section>
    }
}

/// The two CSV tables as one Excel workbook, which opens as it is in any regional setting.
#[cfg(feature = "xlsx")]
fn workbook_button(props: &ExportsProps) -> Html {
    use crate::core::cohort::xlsx::cohort_workbook;
    const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    let (lang, hide) = (props.lang, props.hide_names);
    let (cohort, all) = (props.cohort.clone(), props.frameworks.clone());
    let on_action = props.on_action.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let now = now_ms();
        match cohort_workbook(&cohort, &all, lang, hide, offset_minutes(now)) {
            Ok(bytes) => {
                let date = DateTime::from_epoch_ms(now, offset_minutes(now)).iso_date();
                let file = cohort_file_name("workbook", &date, "xlsx");
                let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(&bytes[..]));
                let options = web_sys::BlobPropertyBag::new();
                options.set_type(XLSX);
                let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options);
                if let Ok(blob) = blob {
                    browser::download_blob(&file, &blob);
                }
            }
            Err(_) => on_action.emit(CohortAction::Say(C::WorkbookFailed)),
        }
    });
    html! { <button type="button" {onclick}>{ C::Workbook.get(lang) }</button> }
}

/// Built without the `xlsx` feature (the widget's build, which compiles this page's code too).
#[cfg(not(feature = "xlsx"))]
fn workbook_button(_: &ExportsProps) -> Html {
    Html::default()
}
