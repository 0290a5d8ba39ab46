//! The SCORM runtime, found and called. What to read and write, and when, is decided in
//! `core::lms`; this module only finds the LMS's API object and makes the calls.

use crate::core::lms::compact::{self, Read};
use crate::core::lms::fit::{fit, Fitted};
use crate::core::lms::scorm::{Call, Slots, Standard};
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::ui::browser::{self, now_ms, window};
use gloo::events::EventListener;
use js_sys::{Array, Function, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// How many windows up (and then from the opener) the API is looked for, as in ADL's sample.
const MAX_TRIES: usize = 500;

/// A runtime found and initialised.
pub struct Lms {
    standard: Standard,
    api: JsValue,
    started: i64,
    slots: RefCell<Slots>,
    /// `suspend_data` as read at launch: downloadable when it could not be read.
    launch_data: String,
    finished: Cell<bool>,
    _pagehide: RefCell<Option<EventListener>>,
}

impl PartialEq for Lms {
    fn eq(&self, other: &Lms) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Lms {
    /// Finds the runtime of the SCORM `standard` (the package's marker), initialises it and
    /// reads what the LMS kept. `None` without a runtime that initialises.
    pub fn connect(standard: Standard) -> Option<(Rc<Lms>, Read)> {
        let api = find_api(standard.api_name())?;
        let lms = Lms {
            standard,
            api,
            started: now_ms(),
            slots: RefCell::new(Slots::default()),
            launch_data: String::new(),
            finished: Cell::new(false),
            _pagehide: RefCell::new(None),
        };
        if !truthy(&lms.call(Call::Initialize, &[""])) {
            browser::warn("Cermin: the LMS runtime did not initialise; working without it");
            return None;
        }
        let launch_data = lms.get(standard.suspend_data());
        let count = lms.get(standard.interaction_count()).parse().unwrap_or(0);
        let completion = lms.get(standard.completion());
        let lms = Rc::new(Lms {
            launch_data,
            slots: RefCell::new(Slots::starting_at(count)),
            ..lms
        });
        lms.set_all(&standard.launch_writes(&completion));
        lms.call(Call::Commit, &[""]);
        // Leaving: suspend (so the next launch resumes this attempt), time, commit, finish.
        let leaving = {
            let lms = lms.clone();
            EventListener::new(&window(), "pagehide", move |_| lms.finish())
        };
        *lms._pagehide.borrow_mut() = Some(leaving);
        let read = compact::decode(&lms.launch_data);
        Some((lms, read))
    }

    /// `suspend_data` as it was at launch, for the person to download when it could not be read.
    pub fn launch_data(&self) -> &str {
        &self.launch_data
    }

    /// Writes the history (if `writable`) and, after a Save (`saved`: the session saved), the
    /// completion, interactions, exit and time; then commits. Returns what did not fit.
    pub fn write(
        &self,
        history: &History,
        saved: Option<&Session>,
        writable: bool,
    ) -> Option<Fitted> {
        let fitted = writable
            .then(|| {
                fit(
                    history,
                    saved.map(|s| s.id.as_str()),
                    self.standard.suspend_limit(),
                )
            })
            .flatten();
        let text = fitted.as_ref().map(|f| f.text.as_str());
        let writes = match saved {
            Some(session) => self.standard.save_writes(
                text,
                session,
                &mut self.slots.borrow_mut(),
                now_ms() - self.started,
            ),
            None => text
                .map(|t| vec![(self.standard.suspend_data().to_string(), t.to_string())])
                .unwrap_or_default(),
        };
        self.set_all(&writes);
        self.call(Call::Commit, &[""]);
        fitted
    }

    /// Suspends and finishes (SCORM 1.2 `LMSFinish`, 2004 `Terminate`), once.
    pub fn finish(&self) {
        if self.finished.replace(true) {
            return;
        }
        self.set_all(&self.standard.exit_writes(now_ms() - self.started));
        self.call(Call::Commit, &[""]);
        self.call(Call::Finish, &[""]);
    }

    fn set_all(&self, writes: &[(String, String)]) {
        for (element, value) in writes {
            let ok = truthy(&self.call(Call::SetValue, &[element, value]));
            if !ok {
                let code = self.call(Call::GetLastError, &[]);
                browser::warn(&format!(
                    "Cermin: the LMS refused {element} (error {})",
                    code.as_string().unwrap_or_default()
                ));
            }
        }
    }

    fn get(&self, element: &str) -> String {
        self.call(Call::GetValue, &[element])
            .as_string()
            .unwrap_or_default()
    }

    /// Calls a method of the API with string arguments; any failure is an empty result.
    fn call(&self, call: Call, args: &[&str]) -> JsValue {
        let method = Reflect::get(&self.api, &JsValue::from_str(self.standard.method(call)))
            .ok()
            .filter(JsValue::is_function)
            .map(JsCast::unchecked_into::<Function>);
        let Some(method) = method else {
            return JsValue::UNDEFINED;
        };
        let args: Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        method.apply(&self.api, &args).unwrap_or(JsValue::UNDEFINED)
    }
}

/// SCORM answers `"true"` (1.2, 2004) or `true` (some runtimes).
fn truthy(value: &JsValue) -> bool {
    value.as_bool() == Some(true) || value.as_string().as_deref() == Some("true")
}

/// The API object on this window or an ancestor, else on the opener or its ancestors. A window
/// of another origin throws when read: it is stepped over.
fn find_api(name: &str) -> Option<JsValue> {
    let own = window();
    search_up(own.clone().into(), name).or_else(|| {
        let opener = own.opener().ok()?;
        (!opener.is_null() && !opener.is_undefined())
            .then(|| search_up(opener, name))
            .flatten()
    })
}

fn search_up(start: JsValue, name: &str) -> Option<JsValue> {
    // Windows of other frames belong to other realms, where `instanceof Window` is false.
    let mut current: web_sys::Window = start.unchecked_into();
    for _ in 0..MAX_TRIES {
        if let Ok(api) = Reflect::get(&current, &JsValue::from_str(name)) {
            if api.is_object() {
                return Some(api);
            }
        }
        let parent = current.parent().ok().flatten()?;
        if js_sys::Object::is(&parent, &current) {
            return None;
        }
        current = parent;
    }
    None
}
