//! When framed by an LMS page, tells the parent our content height: H5P's resizer protocol (which
//! LMSs already load for H5P content) and a plain `{type: "cermin:resize", height}` message.
//!
//! The height measured is the widget's own box, never the viewport, so a parent that sizes the
//! frame to it cannot start a feedback loop.

use super::browser::window;
use crate::core::lms::frame;
use gloo::events::EventListener;
use js_sys::{Object, Reflect, JSON};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MessageEvent, ResizeObserver};

/// Starts reporting the height of `root` to the parent window, if there is one. Lives as long as
/// the page, so its listeners are deliberately never dropped.
pub fn start(root: &Element) {
    let Some(parent) = parent_window() else {
        return;
    };
    let reporter = Rc::new(Reporter {
        parent,
        root: root.clone(),
        friendly: Cell::new(false),
        last: Cell::new(-1),
    });
    reporter.post(&frame::h5p("hello", None, None));

    let on_resize = {
        let reporter = reporter.clone();
        Closure::<dyn Fn()>::new(move || reporter.report(false))
    };
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        std::mem::forget(observer);
    }
    on_resize.forget();

    // The host changed the frame's size (or the window's): say again what fits the content.
    let on_window_resize = {
        let reporter = reporter.clone();
        EventListener::new(&window(), "resize", move |_| reporter.report(true))
    };
    on_window_resize.forget();

    let listener = EventListener::new(&window(), "message", move |event| {
        if let Some(event) = event.dyn_ref::<MessageEvent>() {
            reporter.answer(&event.data());
        }
    });
    listener.forget();
}

/// The parent window when framed; `None` at top level.
fn parent_window() -> Option<web_sys::Window> {
    let parent = window().parent().ok().flatten()?;
    (!Object::is(&parent, &window())).then_some(parent)
}

struct Reporter {
    parent: web_sys::Window,
    root: Element,
    /// The parent answered H5P's `hello`, so it runs the resizer.
    friendly: Cell<bool>,
    /// The last height sent, so nothing is sent while nothing changes.
    last: Cell<i32>,
}

impl Reporter {
    fn height(&self) -> i32 {
        self.root.get_bounding_client_rect().height().ceil() as i32
    }

    /// Sends the height if it changed (or always, when the parent asks).
    fn report(&self, force: bool) {
        let height = self.height();
        if height == self.last.get() && !force {
            return;
        }
        self.last.set(height);
        self.post(&frame::resize(height));
        if self.friendly.get() {
            self.post(&frame::h5p("prepareResize", Some(height), Some(height)));
        } else {
            self.post(&frame::h5p("hello", None, None));
        }
    }

    /// Answers the H5P resizer's messages.
    fn answer(&self, data: &JsValue) {
        let field = |name: &str| {
            Reflect::get(data, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        if field("context").as_deref() != Some("h5p") {
            return;
        }
        match field("action").as_deref() {
            Some("hello") => {
                self.friendly.set(true);
                // H5P hides the frame's scrollbars once the parent sizes it.
                if let Some(root) = window().document().and_then(|d| d.document_element()) {
                    let _ = root.set_attribute("data-framed", "h5p");
                }
                self.report(true);
            }
            Some("resizePrepared") => {
                self.post(&frame::h5p("resize", Some(self.height()), None));
            }
            Some("resize") => self.report(true),
            Some("ready") => self.post(&frame::h5p("hello", None, None)),
            _ => {}
        }
    }

    fn post(&self, json: &str) {
        if let Ok(message) = JSON::parse(json) {
            // "*": the parent's origin is not known to us, and nothing here is private.
            let _ = self.parent.post_message(&message, "*");
        }
    }
}
