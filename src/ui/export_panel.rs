//! Exports and backups: PNG and SVG of the radar, print, JSON backup and import, CSV, embed code.
//! The files are made in the page; nothing is sent anywhere.

use super::browser::{self, now_ms, offset_minutes, window};
use super::canvas;
use super::embed_dialog::EmbedDialog;
use crate::core::charts::radar::{self, RadarChart};
use crate::core::config::Config;
use crate::core::dates::DateTime;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::{Catalog, Framework};
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::report::export;
use crate::core::state::Action;
use crate::core::store::codec::{self, MAX_DOCUMENT_BYTES};
use crate::core::store::share;
use crate::core::texts::T;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    /// The radar on screen; exports add a title to it.
    pub chart: RadarChart,
    pub framework: &'static Framework,
    pub history: Rc<History>,
    /// Whether `history` is read whole: until then (a moment, for a long one) the backup and
    /// the CSV, which hold all of it, wait.
    pub history_whole: bool,
    /// Names the items in the CSV.
    pub catalog: Catalog,
    /// The session on screen: what "Share with trainer" writes.
    pub draft: Session,
    pub config: Rc<Config>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// A file made for the person: downloaded, or shown where the frame blocks downloads.
#[derive(Clone, PartialEq)]
enum ExportFile {
    Text {
        name: String,
        mime: &'static str,
        content: String,
    },
    /// A PNG as a `data:` URL.
    Image { name: String, url: String },
}

impl ExportFile {
    /// Downloads the file, or shows it where downloads are blocked.
    fn offer(self, preview: &UseStateHandle<Option<ExportFile>>) {
        if browser::downloads_blocked() {
            preview.set(Some(self));
        } else {
            self.download();
        }
    }

    fn download(&self) {
        match self {
            ExportFile::Text {
                name,
                mime,
                content,
            } => browser::download(name, mime, content),
            ExportFile::Image { name, url } => browser::download_url(name, url),
        }
    }
}

/// Exported images are drawn this many CSS pixels wide, at twice the device's pixel ratio.
const EXPORT_WIDTH: f64 = 640.0;
/// Height as a share of width, and room for the two title lines.
const EXPORT_ASPECT: f64 = 0.92;
const TITLE_ROOM: f64 = 56.0;

#[function_component(ExportPanel)]
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let lang = props.lang;
    let name = use_state(String::new);
    // Where downloads are blocked, the last file is shown instead, to save or copy by hand.
    let preview = use_state(|| None::<ExportFile>);
    let offer = {
        let preview = preview.clone();
        move |file: ExportFile| file.offer(&preview)
    };
    let today = || {
        let now = now_ms();
        DateTime::from_epoch_ms(now, offset_minutes(now))
    };
    // The exported chart: the one on screen with a title, the date, and the name or label.
    let titled = {
        let (chart, label, name) = (props.chart.clone(), props.draft.label.clone(), name.clone());
        let framework_name = props.framework.name.get(lang);
        move |scale: f64| {
            let mut subtitle = vec![today().date(lang)];
            subtitle.extend(
                [name.trim(), label.trim()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
            RadarChart {
                title: vec![framework_name.to_string(), subtitle.join(" · ")],
                scale,
                ..chart.clone()
            }
        }
    };
    let size = |scale: f64| {
        let width = (EXPORT_WIDTH * scale).round() as u32;
        let height = ((EXPORT_WIDTH * EXPORT_ASPECT + TITLE_ROOM) * scale).round() as u32;
        (width, height)
    };
    let framework = props.framework;

    let on_png = {
        let (titled, offer) = (titled.clone(), offer.clone());
        Callback::from(move |_: MouseEvent| {
            browser::mark("cermin:png-start");
            let scale = 2.0 * window().device_pixel_ratio().max(1.0);
            let (width, height) = size(scale);
            let png = canvas::png_data_url(width, height, |area| radar::draw(area, &titled(scale)));
            browser::measure("cermin:png", "cermin:png-start");
            if let Some(url) = png {
                let name = export::file_name(framework, &today().iso_date(), "png");
                offer(ExportFile::Image { name, url });
            }
        })
    };
    let on_svg = {
        let (titled, offer) = (titled.clone(), offer.clone());
        Callback::from(move |_: MouseEvent| {
            let (width, height) = size(1.0);
            browser::mark("cermin:svg-start");
            let content = export::svg(&titled(1.0), width, height);
            browser::measure("cermin:svg", "cermin:svg-start");
            offer(ExportFile::Text {
                name: export::file_name(framework, &today().iso_date(), "svg"),
                mime: "image/svg+xml",
                content,
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        let _ = window().print();
    });
    let on_csv = {
        let (history, offer) = (props.history.clone(), offer.clone());
        let catalog = props.catalog.clone();
        Callback::from(move |_: MouseEvent| {
            offer(ExportFile::Text {
                name: export::csv_file_name(&today().iso_date()),
                mime: "text/csv;charset=utf-8",
                content: export::csv(&history, &catalog, lang, offset_minutes(now_ms())),
            });
        })
    };
    let on_import = {
        let (history, on_action) = (props.history.clone(), props.on_action.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if file.size() > MAX_DOCUMENT_BYTES as f64 {
                on_action.emit(Action::ImportRefused(T::ErrTooLarge));
                return;
            }
            let (history, on_action) = (history.clone(), on_action.clone());
            yew::platform::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let action = match text.map(|text| export::import_backup(&history, &text)) {
                    Some(Ok((history, summary))) => Action::Imported { history, summary },
                    Some(Err(error)) => Action::ImportRefused(error.message()),
                    None => Action::ImportRefused(T::ErrNotJson),
                };
                on_action.emit(action);
            });
        })
    };
    // The backup and the share file: one function behind both buttons, so the widget's wasm
    // carries one body (and one copy of what it captures) for the two.
    let json = {
        let (draft, history) = (props.draft.clone(), props.history.clone());
        let (name, offer) = (name.clone(), offer.clone());
        // `None`: the backup; `Some(notes)`: the share file, with the notes or without.
        Rc::new(move |share: Option<bool>| {
            let date = today().iso_date();
            let (name, content) = if let Some(notes) = share {
                let file = share::share_file(&draft, &history, &name, notes, now_ms());
                (export::share_file_name(&date), file)
            } else {
                let file = codec::encode_backup(&history, now_ms());
                (export::backup_file_name(&date), file)
            };
            offer(ExportFile::Text {
                name,
                mime: "application/json",
                content,
            });
        })
    };
    let on_backup = {
        let json = json.clone();
        Callback::from(move |_: MouseEvent| json(None))
    };
    let on_share = {
        let json = json.clone();
        Callback::from(move |_: MouseEvent| json(Some(false)))
    };
    let on_share_notes = Callback::from(move |_: MouseEvent| json(Some(true)));
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            name.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };

    html! {
        <section class="export" aria-labelledby="export-heading">
            <h2 id="export-heading">{ T::Export.get(lang) }</h2>
            <label class="field" for="export-name">
                <span>{ T::Name.get(lang) }</span>
                <input id="export-name" type="text" maxlength="120" value={(*name).clone()} oninput={on_name} />
            </label>
            <div class="export-buttons">
                <button type="button" onclick={on_png}>{ T::ExportPng.get(lang) }</button>
                <button type="button" onclick={on_svg}>{ T::ExportSvg.get(lang) }</button>
                <button type="button" onclick={on_print}>{ T::PrintReport.get(lang) }</button>
                <button type="button" onclick={on_backup} disabled={!props.history_whole}>{ T::BackupJson.get(lang) }</button>
                <label class="file-button" for="import-file">{ T::ImportBackup.get(lang) }</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                    onchange={on_import} />
                <button type="button" onclick={on_csv} disabled={!props.history_whole}>{ T::ExportCsv.get(lang) }</button>
                <EmbedDialog config={props.config.clone()} {lang} />
                <button type="button" onclick={on_share}>{ T::ShareWithTrainer.get(lang) }</button>
                <button type="button" onclick={on_share_notes}>{ T::ShareWithNotes.get(lang) }</button>
                <a class="file-button" href="cohort.html">{ T::TrainerPage.get(lang) }</a>
            </div>
            if let Some(file) = &*preview {
                <div class="export-preview">
                    <p>{ T::DownloadBlocked.get(lang) }</p>
                    { match file {
                        ExportFile::Image { name, url } => html! { <img src={url.clone()} alt={name.clone()} /> },
                        ExportFile::Text { name, content, .. } => html! {
                            <textarea readonly=true rows="8" aria-label={name.clone()} value={content.clone()} />
                        },
                    } }
                </div>
            }
        </section>
    }
}
