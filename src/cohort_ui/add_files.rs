//! "Add files": a picker or a drop of many files (or a `.zip` of them), read in the page, and the
//! list of the files refused with their reasons.

use crate::core::cohort::frameworks::{CohortFrameworks, FrameworkNote};
use crate::core::cohort::intake::{Intake, Refusal, Refused, MAX_ARCHIVE_BYTES};
use crate::core::cohort::state::CohortAction;
use crate::core::cohort::texts::C;
use crate::core::i18n::Lang;
use crate::core::store::codec::MAX_DOCUMENT_BYTES;
use crate::ui::browser;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddFilesProps {
    pub lang: Lang,
    pub on_action: Callback<CohortAction>,
    pub refusals: Rc<Vec<Refusal>>,
    pub files_read: usize,
    pub people: usize,
    pub merged: usize,
    pub hide_names: bool,
    pub has_files: bool,
    /// What the page must say about the frameworks the files carry.
    pub frameworks: Rc<CohortFrameworks>,
}

/// Reads every file, then hands over what they gave in one action (one regrouping, one render).
fn read_all(files: Vec<File>, on_action: Callback<CohortAction>) {
    browser::mark("cohort:load-start");
    yew::platform::spawn_local(async move {
        let mut intake = Intake::default();
        for file in files {
            let name = file.name();
            let is_zip = name.to_ascii_lowercase().ends_with(".zip");
            let limit = if is_zip {
                MAX_ARCHIVE_BYTES
            } else {
                MAX_DOCUMENT_BYTES
            };
            // Too big to be ours: refused without reading it into memory.
            if file.size() > limit as f64 {
                intake.refuse(&name, Refused::TooLarge);
                continue;
            }
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => Vec::new(),
            };
            intake.add(&name, &bytes);
        }
        on_action.emit(CohortAction::Added(intake));
    });
}

fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// One line about a framework the files carry, in the trainer's language.
fn framework_note(note: &FrameworkNote, n: usize, hide_names: bool, lang: Lang) -> String {
    match note {
        FrameworkNote::Versions { shown, versions } => C::FrameworkVersions.fill(
            lang,
            &[
                ("versions", &versions.to_string()),
                ("framework", shown.name.get(lang)),
                ("version", &shown.version),
            ],
        ),
        FrameworkNote::Unreadable { file, error } => {
            // File names often carry the person's name (Moodle's do).
            let file = if hide_names {
                C::FileN.fill(lang, &[("n", &(n + 1).to_string())])
            } else {
                file.clone()
            };
            let reason = error.message(lang);
            C::FrameworkUnread.fill(lang, &[("file", &file), ("reason", &reason)])
        }
    }
}

#[function_component(AddFiles)]
pub fn add_files(props: &AddFilesProps) -> Html {
    let lang = props.lang;
    let dragging = use_state(|| false);
    let on_pick = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let files = files_of(input.files());
            input.set_value("");
            if !files.is_empty() {
                read_all(files, on_action.clone());
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser opens the dropped file instead of handing it to the page.
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (on_action, dragging) = (props.on_action.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let files = files_of(event.data_transfer().and_then(|d| d.files()));
            if !files.is_empty() {
                read_all(files, on_action.clone());
            }
        })
    };
    let on_clear = props.on_action.reform(|_: MouseEvent| CohortAction::Clear);
    let summary = C::Loaded.fill(
        lang,
        &[
            ("files", &props.files_read.to_string()),
            ("people", &props.people.to_string()),
            ("refused", &props.refusals.len().to_string()),
            ("merged", &props.merged.to_string()),
        ],
    );
    let class = if *dragging {
        "dropzone dragging"
    } else {
        "dropzone"
    };
    html! {
        <section class="add-files" aria-labelledby="files-heading">
            <h2 id="files-heading">{ C::Files.get(lang) }</h2>
            <p class="muted">{ C::FilesHelp.get(lang) }</p>
            <div {class} ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label class="file-button" for="cohort-files">{ C::AddFiles.get(lang) }</label>
                <input id="cohort-files" class="visually-hidden" type="file" multiple=true
                    accept=".json,.zip,application/json,application/zip" onchange={on_pick} />
                <span>{ C::DropHere.get(lang) }</span>
            </div>
            if props.files_read > 0 {
                <p class="loaded">{ summary }</p>
            }
            if !props.refusals.is_empty() {
                <h3>{ C::RefusedHeading.get(lang) }</h3>
                <ul class="refused">
                    { for props.refusals.iter().enumerate().map(|(n, r)| {
                        // File names often carry the person's name (Moodle's do).
                        let file = if props.hide_names {
                            C::FileN.fill(lang, &[("n", &(n + 1).to_string())])
                        } else {
                            r.file.clone()
                        };
                        html! { <li><span class="file">{ file }</span>{ ": " }{ r.reason.reason().get(lang) }</li> }
                    }) }
                </ul>
            }
            if !props.frameworks.notes.is_empty() {
                <h3>{ C::FrameworkNotes.get(lang) }</h3>
                <ul class="framework-notes">
                    { for props.frameworks.notes.iter().enumerate().map(|(n, note)| {
                        html! { <li>{ framework_note(note, n, props.hide_names, lang) }</li> }
                    }) }
                </ul>
            }
            if props.has_files || !props.refusals.is_empty() {
                <button type="button" class="danger" onclick={on_clear}>{ C::ClearCohort.get(lang) }</button>
            }
        </section>
    }
}
