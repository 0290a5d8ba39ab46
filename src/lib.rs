//! Cermin: a self-reflection widget. `core` is plain Rust; `ui` is the Yew shell for the browser.

pub mod core;

/// Both pages' allocator: ~2.7 KB gzip less wasm than the default dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The trainer's cohort page: a second entry point (`src/bin/cohort.rs`) over the same core.
#[cfg(target_arch = "wasm32")]
pub mod cohort_ui;
