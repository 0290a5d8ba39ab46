//! A feedback link in the address bar: taken out of it once read (so it is not left there to be bookmarked or shared again; it stays in the browser's history), and noticed when one is opened in a page already open.

use crate::core::state::Action;
use crate::ui::browser::{feedback_link, window};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The feedback link in the address bar, if any, taken out of it.
fn take() -> Option<String> {
    let link = feedback_link()?;
    let location = window().location();
    if let (Ok(href), Ok(history)) = (location.href(), window().history()) {
        let page = href.split('#').next().unwrap_or_default();
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(page));
    }
    Some(link)
}

/// Hands `on_action` the feedback link in the address bar now (the page was opened with it, or
/// it came before this part had arrived) and each one opened later: a link pasted into the
/// address bar of an open Cermin changes only the fragment, and the page does not reload.
#[hook]
pub fn use_address(on_action: Callback<Action>) {
    use_effect_with((), move |_| {
        if let Some(link) = take() {
            on_action.emit(Action::FeedbackLink(Some(link)));
        }
        let listener = gloo::events::EventListener::new(&window(), "hashchange", move |_| {
            if let Some(link) = take() {
                on_action.emit(Action::FeedbackLink(Some(link)));
            }
        });
        move || drop(listener)
    });
}
