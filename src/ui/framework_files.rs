//! Framework files from outside: fetched from the host's own site (`?frameworks=`) or chosen by
//! the person ("Add framework file"). Both are read by `core`'s one loader, `file::load`.

use super::browser::{self, now_ms, window};
use crate::core::config::is_relative_url;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::file::{self, FileError, Problem, MAX_FILE_BYTES};
use crate::core::state::Action;
use crate::core::texts::T;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, Response, Url};
use yew::prelude::*;

/// The action for a file's text: its framework, or why it was refused. `by_person`: chosen
/// with the button, so kept with the history from now.
fn read(text: &str, by_person: bool) -> Action {
    match file::load(text) {
        Ok(framework) => Action::AddFramework {
            framework: Box::new(framework),
            kept_at: by_person.then(now_ms),
        },
        Err(error) => Action::FrameworkRefused(error),
    }
}

/// The URL resolved against the page, if it stays on the page's origin. `config` has let only
/// relative URLs through; this checks what the browser makes of them once more.
fn same_origin(url: &str) -> Option<String> {
    let location = window().location();
    let page = location.href().ok()?;
    let resolved = Url::new_with_base(url, &page).ok()?;
    let origin = location.origin().ok()?;
    let http = matches!(resolved.protocol().as_str(), "http:" | "https:");
    (is_relative_url(url) && http && origin != "null" && resolved.origin() == origin)
        .then(|| resolved.href())
}

/// Fetches each framework file the host page asked for. These are the only requests the widget
/// makes after loading, and only when `?frameworks=` is given.
pub fn fetch_all(urls: &[String], on_action: Callback<Action>) {
    for url in urls {
        let Some(resolved) = same_origin(url) else {
            browser::warn(&format!(
                "Cermin: refusing frameworks=\"{url}\": not on this page's own site"
            ));
            continue;
        };
        let (url, on_action) = (url.clone(), on_action.clone());
        yew::platform::spawn_local(async move {
            let action = match fetch_text(&resolved).await {
                Some(text) => read(&text, false),
                None => {
                    Action::FrameworkRefused(FileError::at("", Problem::FetchFailed(url.clone())))
                }
            };
            if let Action::FrameworkRefused(error) = &action {
                browser::warn(&format!("Cermin: {url}: {}", error.message(Lang::En)));
            }
            on_action.emit(action);
        });
    }
}

async fn fetch_text(url: &str) -> Option<String> {
    let response: Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

#[derive(Properties, PartialEq)]
pub struct AddFrameworkProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// "Add framework file": a file chosen here is read, checked, offered and kept with the history.
#[function_component(AddFramework)]
pub fn add_framework(props: &AddFrameworkProps) -> Html {
    let on_change = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if file.size() > MAX_FILE_BYTES as f64 {
                on_action.emit(Action::FrameworkRefused(FileError::at(
                    "",
                    Problem::TooLarge,
                )));
                return;
            }
            let on_action = on_action.clone();
            yew::platform::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                on_action.emit(match text {
                    Some(text) => read(&text, true),
                    None => Action::FrameworkRefused(FileError::at("", Problem::NotJson)),
                });
            });
        })
    };
    html! {
        <div class="add-framework">
            <label class="file-button" for="framework-file">{ T::AddFramework.get(props.lang) }</label>
            <input id="framework-file" class="visually-hidden" type="file"
                accept=".json,application/json" onchange={on_change} />
        </div>
    }
}
