//! The charts: the radar and the growth lines, each drawn by one function generic over plotters' backends.

pub mod growth_chart;
pub mod marker;
pub mod radar;
