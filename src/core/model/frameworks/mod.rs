//! What a person reflects on: a framework of axes and items, rated on a scale, with its sources.
//!
//! The built-in frameworks and a person's own framework files are the same type, read from the
//! same JSON format by [`file::load`]; [`catalog`] holds the ones this page knows.

pub mod catalog;
pub mod check;
pub mod error;
pub mod file;
mod json_path;
mod types;

pub use catalog::{builtin, builtin_framework, find_builtin_item, Catalog};
pub use types::*;

#[cfg(test)]
mod tests;
