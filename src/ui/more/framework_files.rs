//! Framework files from outside (deferred): chosen by the person ("Add framework file"),
//! fetched from the host's own site (`?frameworks=`), or kept with the history. All are read by
//! `core`'s one loader (`Action::read_framework`, `Action::adopt`).

use crate::core::config::is_relative_url;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::file::{FileError, Problem};
use crate::core::model::history::KeptFramework;
use crate::core::state::Action;
use crate::ui::browser::{self, now_ms, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Response, Url};
use yew::prelude::*;

/// Framework files to read.
#[derive(Clone, PartialEq)]
pub enum FrameworkFiles {
    /// Chosen with "Add framework file": kept with the history from now.
    Chosen(web_sys::File),
    /// Named by the host page (`?frameworks=`): offered, not kept.
    Named(Vec<String>),
    /// Kept with the history, not in the catalog yet (`State::unadopted`).
    Kept(Vec<KeptFramework>),
}

/// Framework files to read, and where their actions go.
#[derive(Clone, PartialEq)]
pub struct FrameworkFileJob {
    pub files: FrameworkFiles,
    pub on_action: Callback<Action>,
}

pub fn run(job: FrameworkFileJob) {
    let on_action = job.on_action;
    match job.files {
        FrameworkFiles::Chosen(file) => yew::platform::spawn_local(async move {
            let text = browser::read_text(&file).await;
            on_action.emit(match text {
                Some(text) => Action::read_framework(&text, Some(now_ms())),
                None => Action::FrameworkRefused(FileError::at("", Problem::NotJson)),
            });
        }),
        FrameworkFiles::Named(urls) => fetch_all(&urls, on_action),
        FrameworkFiles::Kept(kept) => {
            for action in kept.iter().filter_map(Action::adopt) {
                on_action.emit(action);
            }
        }
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
fn fetch_all(urls: &[String], on_action: Callback<Action>) {
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
                Some(text) => Action::read_framework(&text, None),
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
