//! The widget's deferred parts as the first path loads them. Where the wasm splits is the
//! widget binary's decision (`src/main.rs` holds the split points, `#[wasm_split]`), so the
//! cohort page, which links this library too, carries none of it; `start` hands the loaders in.

use super::export_panel::ExportJob;
use super::lms::Connect;
use super::more::{FeedbackProps, More};
use super::xapi::Statement;
use std::cell::OnceCell;
use std::future::Future;
use std::pin::Pin;
use wasm_split_helpers::SplitLoaderError;
use yew::Html;

/// A part, fetched and instantiated the first time; a failed fetch is an `Err`, and may be tried
/// again.
pub type Load<T> = fn() -> Pin<Box<dyn Future<Output = Result<T, SplitLoaderError>>>>;

/// The loaders of the deferred parts.
pub struct Parts {
    /// Everything not needed for the first chart (`more`).
    pub more: Load<&'static More>,
    /// Others' feedback (its screens and `core::feedback`): after `more`, or at once for a link.
    pub feedback: Load<fn(FeedbackProps) -> Html>,
    /// The history as an Excel workbook: fetched when first asked for.
    pub workbook: Load<fn(ExportJob)>,
    /// The SCORM runtime: only a SCORM package loads it, before its first chart.
    pub lms: Load<Connect>,
    /// Opt-in xAPI: loaded at the first Save of a page that opted in.
    pub xapi: Load<fn(Statement)>,
}

thread_local! {
    static PARTS: OnceCell<&'static Parts> = const { OnceCell::new() };
}

/// Set once, at start.
pub fn set(parts: &'static Parts) {
    PARTS.with(|cell| {
        let _ = cell.set(parts);
    });
}

/// The loaders (set at start, before anything can ask for a part).
pub fn get() -> &'static Parts {
    PARTS.with(|cell| *cell.get().expect("ui::start sets the parts"))
}
