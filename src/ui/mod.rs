//! The Yew shell: reads the URL and storage once, then mounts the app. Only this layer sees the DOM.

mod add_framework;
mod app;
pub(crate) mod browser;
pub(crate) mod canvas;
mod compare_bar;
#[cfg(test)]
mod component_tests;
mod deferred;
pub mod export_panel;
mod frame_resizer;
pub(crate) mod framework_about;
pub(crate) mod framework_tabs;
mod history_list;
mod insights_panel;
pub(crate) mod lang_switch;
pub mod lms;
mod lms_link;
pub mod more;
mod notices;
pub mod parts;
mod plot_canvas;
mod rating_item;
pub(crate) mod reducer;
mod saved_in;
mod score_table;
mod session_fields;
mod storage;
mod text_field;
mod unknown_ratings;
pub mod xapi;

use crate::core::config::Config;
use std::rc::Rc;

/// Entry point of the wasm binary, with the loaders of its deferred parts.
pub fn start(loaders: &'static parts::Parts) {
    parts::set(loaders);
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
    let mount = move |lms: Option<Rc<dyn lms_link::LmsLink>>| {
        yew::Renderer::<app::App>::with_root_and_props(
            host,
            app::AppProps {
                config: Rc::new(config),
                store,
                lms: lms.map(lms_link::Link),
            },
        )
        .render();
    };
    // A SCORM package (and only one) loads the SCORM part and finds its LMS's runtime first:
    // there the LMS keeps the history the first screen shows.
    match lms_link::package_marker() {
        Some(marker) => yew::platform::spawn_local(async move {
            let lms = match (parts::get().lms)().await {
                Ok(connect) => connect(&marker),
                Err(_) => {
                    browser::warn("Cermin: the SCORM part did not load; working without the LMS");
                    None
                }
            };
            mount(lms);
        }),
        None => mount(None),
    }
}
