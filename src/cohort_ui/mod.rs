//! The cohort page's shell (the trainer's view): its own entry point and components, sharing the
//! core and a few of the widget's small components. Nothing here is reachable from the learner's
//! `main`, so none of it ships in the widget's wasm.

mod add_files;
mod app;
#[cfg(test)]
mod component_tests;
mod exports;
mod framework_sources;
mod group_chart;
mod needs_panel;
mod participants;
mod storage;
mod tables;
mod waves_panel;

use crate::core::config::query_value;
use crate::core::i18n::Lang;
use crate::ui::browser;

/// Entry point of the cohort page's wasm binary.
pub fn start() {
    browser::mark("cohort:start");
    let query = browser::window().location().search().unwrap_or_default();
    let asked = query_value(&query, "lang").and_then(|code| Lang::from_code(&code));
    let lang = asked.unwrap_or_else(|| {
        let preferred = browser::preferred_languages();
        Lang::negotiate(preferred.iter().map(String::as_str))
    });
    let root = browser::window()
        .document()
        .and_then(|d| d.get_element_by_id("cohort"))
        .expect("cohort.html has <div id=\"cohort\">");
    yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps { lang }).render();
}
