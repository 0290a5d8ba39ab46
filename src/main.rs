//! The binary trunk builds: in the browser it mounts the widget; natively it only explains itself.
//!
//! It also decides where the widget's wasm splits: each `#[wasm_split(part)]` function here is a
//! split point, and what only the functions of a part reach loads later, as that part
//! (scripts/widget-build.mjs runs the splitter). They live in this binary, not in the library, so
//! the cohort page's binary carries none of them.
//!
//! Three parts, since every split point adds a share of code the first path keeps for it, and
//! every mix of parts that shares code a file of its own to fetch (measured: five parts made 21
//! such files, three make 4):
//! - `more`: everything not needed for the first chart, others' feedback among it;
//! - `lms`: an LMS's runtimes, SCORM (a package loads it before its first chart) and the opt-in
//!   xAPI (at the first Save);
//! - `workbook`: the history as an Excel workbook, large and rarely asked for: only on request.

#[cfg(target_arch = "wasm32")]
mod split {
    use cermin::ui::{lms, more, parts::Parts, xapi};
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    /// Exports and their files, growth, compare, embed, print, framework files.
    #[wasm_split(more, fallible)]
    fn more() -> Result<&'static more::More, SplitLoaderError> {
        Ok(&more::MORE)
    }

    /// Others' feedback: its screens and `core::feedback` (in `more`; its own loader, so that the
    /// first path asks for it apart, and it could become a part of its own).
    #[wasm_split(more, fallible)]
    fn feedback() -> Result<fn(more::FeedbackProps) -> yew::Html, SplitLoaderError> {
        Ok(more::feedback::view)
    }

    /// The history as an Excel workbook (rust_xlsxwriter): only when asked for.
    #[wasm_split(workbook, fallible)]
    fn workbook() -> Result<fn(cermin::ui::export_panel::ExportJob), SplitLoaderError> {
        Ok(more::workbook::run)
    }

    /// The SCORM runtime: only a SCORM package loads it.
    #[wasm_split(lms, fallible)]
    fn lms() -> Result<lms::Connect, SplitLoaderError> {
        Ok(lms::connect)
    }

    /// Opt-in xAPI (in `lms`).
    #[wasm_split(lms, fallible)]
    fn xapi() -> Result<fn(xapi::Statement), SplitLoaderError> {
        Ok(xapi::post)
    }

    pub static PARTS: Parts = Parts {
        more: || Box::pin(more()),
        feedback: || Box::pin(feedback()),
        workbook: || Box::pin(workbook()),
        lms: || Box::pin(lms()),
        xapi: || Box::pin(xapi()),
    };
}

#[cfg(target_arch = "wasm32")]
fn main() {
    cermin::ui::start(&split::PARTS);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Cermin runs in the browser: see README.md (scripts/serve.sh).");
}
