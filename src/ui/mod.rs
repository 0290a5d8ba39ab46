//! The Yew shell: reads the URL and storage once, then mounts the app. Only this layer sees the DOM.

mod app;
pub(crate) mod browser;
pub(crate) mod canvas;
mod compare_bar;
mod compare_table;
#[cfg(test)]
mod component_tests;
mod embed_dialog;
mod export_panel;
mod frame_resizer;
pub(crate) mod framework_about;
mod framework_files;
pub(crate) mod framework_tabs;
mod growth_panel;
mod history_list;
mod insights_panel;
pub(crate) mod lang_switch;
mod lms;
mod lms_notices;
mod notices;
mod plot_canvas;
mod print_report;
mod rating_item;
mod score_table;
mod session_fields;
mod storage;
mod text_field;
mod unknown_ratings;
mod xapi;

use crate::core::config::Config;
use std::rc::Rc;

/// Entry point of the wasm binary.
pub fn start() {
    browser::mark("cermin:start");
    let query = browser::window().location().search().unwrap_or_default();
    let (config, warnings) = Config::from_query(&query);
    for warning in &warnings {
        browser::warn(warning);
    }
    let store = Rc::new(storage::Store::open(&config.namespace));
    let root = browser::window()
        .document()
        .and_then(|d| d.get_element_by_id("cermin"))
        .expect("index.html has <div id=\"cermin\">");
    // The static shell (examples/shell.rs) stays until the widget's first radar is drawn: the
    // widget mounts beside it, hidden, then takes its place at once (`browser::reveal`), so the
    // screen never shows an empty chart between the two.
    let host = browser::mount_beside_shell(&root);
    frame_resizer::start(&root);
    // A SCORM package (and only one) looks for its LMS's runtime.
    let (lms, lms_data) = lms::Lms::connect().unzip();
    yew::Renderer::<app::App>::with_root_and_props(
        host,
        app::AppProps {
            config: Rc::new(config),
            store,
            lms,
            lms_data,
        },
    )
    .render();
}
