//! Thin wrappers over browser APIs the UI needs: time, ids, performance marks, media queries.

use wasm_bindgen::JsValue;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("Cermin runs in a browser window")
}

/// Milliseconds since the epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The local offset east of UTC, in minutes, at the given instant (daylight saving aware).
pub fn offset_minutes(ms: i64) -> i64 {
    -(js_sys::Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset() as i64)
}

/// A new session id: time plus randomness, unique across tabs and devices for merging.
pub fn new_session_id() -> String {
    let random = (js_sys::Math::random() * f64::from(1u32 << 30)) as u32;
    format!("{:x}-{random:08x}", now_ms())
}

/// The browser's language preferences, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let navigator = window().navigator();
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// The class that hides one of the two in the widget's cell (style.css): the mounting widget,
/// then the static shell it replaced. The selectors below name it.
const BEHIND: &str = "behind";
/// The widget while it mounts, hidden.
const MOUNTING: &str = "#cermin > .behind:not(.shell)";
/// The static shell (examples/shell.rs).
const SHELL: &str = "#cermin > .shell";

/// A hidden element for the widget inside `root`, after the static shell if there is one:
/// style.css stacks the two in one grid cell, so the widget is laid out where it will show.
pub fn mount_beside_shell(root: &web_sys::Element) -> web_sys::Element {
    let host = window()
        .document()
        .and_then(|d| d.create_element("div").ok())
        .expect("a document can make a div");
    host.set_class_name(BEHIND);
    let _ = root.append_child(&host);
    host
}

/// Shows the widget in the static shell's place, at its first radar drawn. The shell is hidden,
/// not yet removed: the browser may still be timing its paint, and a paint whose element is
/// gone by then goes unreported as the page's largest. Does nothing after the first time.
pub fn reveal() {
    if let Some(host) = query(MOUNTING) {
        host.remove_attribute("class").ok();
        if let Some(shell) = query(SHELL) {
            shell.set_class_name("shell behind");
        }
    }
}

/// Once the page is whole: the widget shown (should no radar have drawn) and the shell removed.
pub fn drop_shell() {
    reveal();
    if let Some(shell) = query(SHELL) {
        shell.remove();
    }
}

fn query(selector: &str) -> Option<web_sys::Element> {
    window().document()?.query_selector(selector).ok().flatten()
}

fn dark_scheme() -> Option<web_sys::MediaQueryList> {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

pub fn prefers_dark() -> bool {
    dark_scheme().is_some_and(|query| query.matches())
}

/// Calls `changed` when the system switches between light and dark.
pub fn on_scheme_change(changed: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let query = dark_scheme()?;
    Some(gloo::events::EventListener::new(
        &query,
        "change",
        move |_| changed(),
    ))
}

/// Calls `resized` whenever the element's box changes size (and once when it is first laid out),
/// until dropped. Sizes read inside the call cost no extra layout: the browser has just done it.
pub struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl ResizeWatch {
    pub fn new(element: &web_sys::Element, resized: impl Fn() + 'static) -> Option<ResizeWatch> {
        use wasm_bindgen::JsCast;
        let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(resized);
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(ResizeWatch {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn device_pixel_ratio() -> f64 {
    window().device_pixel_ratio().clamp(1.0, 4.0)
}

/// A User Timing mark; the benchmark reads these. Nothing else in production measures time.
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// A User Timing measure from `start_mark` to now.
pub fn measure(name: &str, start_mark: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.measure_with_start_mark(name, start_mark);
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

pub fn set_document_lang(code: &str) {
    if let Some(root) = window().document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// Whether this page runs in a sandboxed frame without `allow-same-origin`, where Chrome also
/// blocks downloads unless `allow-downloads` is given (which a page cannot detect): its origin is
/// opaque although it was served over HTTP. (A file opened from disk is opaque too, but may download.)
pub fn downloads_blocked() -> bool {
    let location = window().location();
    window().origin() == "null" && location.protocol().is_ok_and(|p| p != "file:")
}

/// Offers `content` as a file download. Nothing is sent anywhere: the file is made in the page.
pub fn download(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    download_blob(file_name, &blob);
}

/// Offers a blob as a file download through a temporary object URL.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    download_url(file_name, &url);
    // Revoked later, not at once: a URL revoked in the same task as the click may cancel the
    // download before the browser has read the blob (seen as a lost download in Chromium).
    gloo::timers::callback::Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// How long a download's object URL lives: long enough for any browser to have read the blob.
const REVOKE_AFTER_MS: u32 = 60_000;

/// Offers what a (blob or data) URL holds as a file download.
pub fn download_url(file_name: &str, url: &str) {
    use wasm_bindgen::JsCast;
    let anchor = window()
        .document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(url);
        anchor.set_download(file_name);
        anchor.click();
    }
}

/// Whether this page is framed by a page of another origin, where browsers partition storage by
/// the top-level site (Chrome 115+, Firefox, Safari). A same-site page of another origin counts
/// as other here too: the widget then says "for this site only", erring towards saying less.
pub fn framed_by_other_origin() -> bool {
    let own = window();
    let Ok(Some(top)) = own.top() else {
        return false;
    };
    if js_sys::Object::is(&top, &own) {
        return false;
    }
    // Reading another origin's location throws.
    match top.location().origin() {
        Ok(origin) => origin != own.origin(),
        Err(_) => true,
    }
}

/// Random bytes for identifiers that need no secrecy (statement ids).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    std::array::from_fn(|_| (js_sys::Math::random() * 256.0) as u8)
}

/// The feedback link this page was opened with (`#ask=…` or `#answer=…`, issue 22), if any.
/// The first path only notices it: the feedback part reads it, and takes it out of the address.
pub fn feedback_link() -> Option<String> {
    let hash = window().location().hash().ok()?;
    (hash.starts_with("#ask=") || hash.starts_with("#answer=")).then_some(hash)
}

/// Milliseconds since the page started loading.
pub fn page_time_ms() -> i64 {
    window().performance().map_or(0.0, |p| p.now()) as i64
}

/// Calls `idle` once the browser has a quiet moment (at most a second from now), or a moment
/// from now where it cannot say (no `requestIdleCallback`). Dropping the guard cancels it.
pub fn when_idle(idle: impl FnOnce() + 'static) -> Idle {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let callback = Closure::once(idle);
    let window = window();
    let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    let handle = if has_idle {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(1000);
        window
            .request_idle_callback_with_options(callback.as_ref().unchecked_ref(), &options)
            .map(Idle::Callback)
    } else {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                100,
            )
            .map(Idle::Timeout)
    };
    // The closure lives until it is called (or the page ends): a cancelled one is a few bytes.
    callback.forget();
    handle.unwrap_or(Idle::None)
}

/// A pending [`when_idle`]: cancelled when dropped.
pub enum Idle {
    Callback(u32),
    Timeout(i32),
    None,
}

impl Drop for Idle {
    fn drop(&mut self) {
        match *self {
            Idle::Callback(handle) => window().cancel_idle_callback(handle),
            Idle::Timeout(handle) => window().clear_timeout_with_handle(handle),
            Idle::None => {}
        }
    }
}

/// A chosen file's text; `None` where it cannot be read as text.
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}
