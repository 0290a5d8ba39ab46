//! The binary trunk builds: in the browser it mounts the widget; natively it only explains itself.
//!
//! It also decides where the widget's wasm splits: each `#[wasm_split]` function here is a split
//! point, and what only it reaches loads later (scripts/widget-build.mjs runs the splitter). They
//! live in this binary, not in the library, so the cohort page's binary carries none of them.

#[cfg(target_arch = "wasm32")]
mod split {
    use cermin::ui::{lms, more, parts::Parts, xapi};
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    /// Exports and their files, growth, compare, embed, print, framework files.
    #[wasm_split(more, fallible)]
    fn more() -> Result<&'static more::More, SplitLoaderError> {
        Ok(&more::MORE)
    }

    /// The SCORM runtime: only a SCORM package loads it.
    #[wasm_split(lms, fallible)]
    fn lms() -> Result<lms::Connect, SplitLoaderError> {
        Ok(lms::connect)
    }

    /// Opt-in xAPI.
    #[wasm_split(xapi, fallible)]
    fn xapi() -> Result<fn(xapi::Statement), SplitLoaderError> {
        Ok(xapi::post)
    }

    pub static PARTS: Parts = Parts {
        more: || Box::pin(more()),
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
