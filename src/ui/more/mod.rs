//! The widget's deferred part: what is not needed for the first chart (exports and their files,
//! growth over time, the comparison table, the embed dialog, the printed report, framework
//! files, and others' feedback (`feedback`), which has a loader of its own). The history's Excel
//! workbook (`workbook`) is a part of its own, `split_workbook`. The first path reaches `more`
//! only through [`MORE`] and `feedback::view`, which only the widget binary's split
//! point returns (`src/main.rs`): the splitter moves all that only it reaches into
//! `split_more.wasm`, which `deferred` fetches once the page is idle, or when a person reaches
//! for one of these features first.

mod compare_table;
mod embed_dialog;
mod exports;
pub mod feedback;
mod framework_files;
mod growth_panel;
mod print_report;
pub mod workbook;

pub use compare_table::CompareTableProps;
pub use embed_dialog::EmbedDialogProps;
pub use feedback::FeedbackProps;
pub use framework_files::{FrameworkFileJob, FrameworkFiles};
pub use growth_panel::GrowthPanelProps;
pub use print_report::PrintReportProps;

use crate::ui::export_panel::ExportJob;
use yew::prelude::*;

/// What the deferred part offers the first path: views (each a component, rendered by a plain
/// call once loaded) and jobs.
pub struct More {
    pub growth: fn(GrowthPanelProps) -> Html,
    pub compare_table: fn(CompareTableProps) -> Html,
    pub print_report: fn(PrintReportProps) -> Html,
    pub embed_dialog: fn(EmbedDialogProps) -> Html,
    /// Makes the file an export button asked for.
    pub export: fn(ExportJob),
    /// Reads framework files: chosen by the person, named by the host page, or kept with the
    /// history.
    pub frameworks: fn(FrameworkFileJob),
}

pub static MORE: More = More {
    growth: |props| html! { <growth_panel::GrowthPanel ..props /> },
    compare_table: |props| html! { <compare_table::CompareTable ..props /> },
    print_report: |props| html! { <print_report::PrintReport ..props /> },
    embed_dialog: |props| html! { <embed_dialog::EmbedDialog ..props /> },
    export: exports::run,
    frameworks: framework_files::run,
};
