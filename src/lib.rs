//! Cermin: a self-reflection widget. `core` is plain Rust; `ui` is the Yew shell for the browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
