//! Cermin: a self-reflection widget. `core` is plain Rust; `ui` is the Yew shell for the browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The trainer's cohort page: a second entry point (`src/bin/cohort.rs`) over the same core.
#[cfg(target_arch = "wasm32")]
pub mod cohort_ui;
