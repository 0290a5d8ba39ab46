//! Exports and backups as the first path shows them: the buttons, the name for the files, and
//! a file offered by hand where downloads are blocked. What each button makes is deferred
//! (`more::exports`): a button pressed before that has arrived says it is getting ready, and its
//! file follows as soon as it has.

use super::browser;
use super::deferred::{use_deferred, Later};
use crate::core::charts::radar::RadarChart;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::{Catalog, Framework};
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::state::Action;
use crate::core::store::codec::MAX_DOCUMENT_BYTES;
use crate::core::texts::T;
use std::rc::Rc;
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
    pub lang: Lang,
    pub on_action: Callback<Action>,
    /// Opens the embed dialog (deferred too).
    pub on_embed: Callback<()>,
}

/// What a button asks for.
#[derive(Clone, PartialEq)]
pub enum Export {
    Png,
    Svg,
    Print,
    Backup,
    /// A backup file chosen to merge into the history.
    Import(web_sys::File),
    Csv,
    /// The one-session file for the trainer, with the notes or without.
    Share {
        notes: bool,
    },
    Embed,
    /// The history as an Excel workbook (a part of its own, fetched when first asked for).
    Workbook,
}

/// Everything an export is made from: handed to the deferred part, which makes the file.
pub struct ExportJob {
    pub export: Export,
    pub chart: RadarChart,
    pub framework: &'static Framework,
    pub history: Rc<History>,
    pub catalog: Catalog,
    pub draft: Session,
    /// The person's name for the files, if they gave one.
    pub name: String,
    pub lang: Lang,
    pub offer: Callback<ExportFile>,
    pub on_action: Callback<Action>,
}

/// A file made for the person: downloaded, or shown where the frame blocks downloads.
#[derive(Clone, PartialEq)]
pub enum ExportFile {
    Text {
        name: String,
        mime: &'static str,
        content: String,
    },
    /// A PNG as a `data:` URL.
    Image { name: String, url: String },
    /// Any other file, as a (blob) URL.
    File { name: String, url: String },
}

impl ExportFile {
    fn download(&self) {
        match self {
            ExportFile::Text {
                name,
                mime,
                content,
            } => browser::download(name, mime, content),
            ExportFile::Image { name, url } | ExportFile::File { name, url } => {
                browser::download_url(name, url)
            }
        }
    }
}

#[function_component(ExportPanel)]
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let lang = props.lang;
    let later = use_context::<Later>().expect("the app provides Later");
    let name = use_state(String::new);
    // Where downloads are blocked, the last file is shown instead, to save or copy by hand.
    let preview = use_state(|| None::<ExportFile>);
    let offer = {
        let preview = preview.clone();
        Callback::from(move |file: ExportFile| {
            if browser::downloads_blocked() {
                preview.set(Some(file));
            } else {
                file.download();
            }
        })
    };
    // The workbook's part is being fetched (or the workbook made).
    let making = use_state(|| false);
    let (ask, waiting) = {
        let making = making.clone();
        let (chart, framework, history) =
            (props.chart.clone(), props.framework, props.history.clone());
        let (catalog, draft, name) = (props.catalog.clone(), props.draft.clone(), (*name).clone());
        let (on_action, on_embed) = (props.on_action.clone(), props.on_embed.clone());
        use_deferred(move |more, export: Export| match export {
            // Printed from the report the deferred part renders (hidden on screen).
            Export::Print => {
                let _ = browser::window().print();
            }
            Export::Embed => on_embed.emit(()),
            export => {
                let job = ExportJob {
                    export,
                    chart: chart.clone(),
                    framework,
                    history: history.clone(),
                    catalog: catalog.clone(),
                    draft: draft.clone(),
                    name: name.clone(),
                    lang,
                    offer: offer.clone(),
                    on_action: on_action.clone(),
                };
                match job.export {
                    Export::Workbook => workbook(job, making.clone()),
                    _ => (more.export)(job),
                }
            }
        })
    };
    let button = |export: Export, label: T, enabled: bool| {
        let onclick = ask.reform(move |_: MouseEvent| export.clone());
        html! {
            <button type="button" {onclick} disabled={!enabled}>{ label.get(lang) }</button>
        }
    };
    let on_import = {
        let (ask, on_action) = (ask.clone(), props.on_action.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if file.size() > MAX_DOCUMENT_BYTES as f64 {
                on_action.emit(Action::Say(T::ErrTooLarge));
            } else {
                ask.emit(Export::Import(file));
            }
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            name.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let whole = props.history_whole;

    html! {
        <section class="export" aria-labelledby="export-heading">
            <h2 id="export-heading">{ T::Export.get(lang) }</h2>
            <label class="field" for="export-name">
                <span>{ T::Name.get(lang) }</span>
                <input id="export-name" type="text" maxlength="120" value={(*name).clone()} oninput={on_name} />
            </label>
            <div class="export-buttons">
                { button(Export::Png, T::ExportPng, true) }
                { button(Export::Svg, T::ExportSvg, true) }
                { button(Export::Print, T::PrintReport, true) }
                { button(Export::Backup, T::BackupJson, whole) }
                // The input lies over its label (style.css), so that focus scrolls the label into view.
                <span class="file-pick">
                    <label class="file-button" for="import-file">{ T::ImportBackup.get(lang) }</label>
                    <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                        onchange={on_import} />
                </span>
                { button(Export::Csv, T::ExportCsv, whole) }
                { button(Export::Workbook, T::Workbook, whole) }
                { button(Export::Embed, T::Embed, true) }
                { button(Export::Share { notes: false }, T::ShareWithTrainer, true) }
                { button(Export::Share { notes: true }, T::ShareWithNotes, true) }
                <a class="file-button" href="cohort.html">{ T::TrainerPage.get(lang) }</a>
            </div>
            if waiting || *making {
                { later.waiting(lang) }
            }
            if let Some(file) = &*preview {
                <div class="export-preview">
                    <p>{ T::DownloadBlocked.get(lang) }</p>
                    { match file {
                        ExportFile::Image { name, url } => html! { <img src={url.clone()} alt={name.clone()} /> },
                        ExportFile::File { name, url } => html! { <a href={url.clone()} download={name.clone()}>{ name.clone() }</a> },
                        ExportFile::Text { name, content, .. } => html! {
                            <textarea readonly=true rows="8" aria-label={name.clone()} value={content.clone()} />
                        },
                    } }
                </div>
            }
        </section>
    }
}

/// The workbook: its part fetched the first time (then at once), and the file made by it.
fn workbook(job: ExportJob, making: UseStateHandle<bool>) {
    making.set(true);
    yew::platform::spawn_local(async move {
        match (super::parts::get().workbook)().await {
            Ok(run) => run(job),
            Err(_) => job.on_action.emit(Action::Say(T::NotLoaded)),
        }
        making.set(false);
    });
}
