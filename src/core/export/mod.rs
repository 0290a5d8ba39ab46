//! The files a person takes away, made from the charts and the history: SVG images, CSV tables,
//! Excel workbooks, and their names. Pure: the shell only hands them to the browser.

pub mod csv;
pub mod names;
pub mod svg;
pub mod table;
#[cfg(feature = "xlsx")]
pub mod workbook;
#[cfg(feature = "xlsx")]
pub mod xlsx;

pub use csv::*;
pub use names::*;
pub use svg::*;
