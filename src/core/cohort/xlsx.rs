//! The cohort page's Excel workbook: its two CSV tables (the same rows and columns), one sheet
//! each, named in the page's language.

use super::csv::{participant_rows, summary_rows, ROWS_HEADER, SUMMARY_HEADER};
use super::group::Cohort;
use crate::core::cohort::texts::C;
use crate::core::export::xlsx::{workbook, Sheet, WorkbookError};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;

/// The summary and the per-participant table of the given frameworks, as `summary_csv` and
/// `rows_csv` write them for the same arguments, with dates as dates and figures as numbers.
pub fn cohort_workbook(
    cohort: &Cohort,
    frameworks: &[&Framework],
    lang: Lang,
    hide_names: bool,
    offset_minutes: i64,
) -> Result<Vec<u8>, WorkbookError> {
    let summary = summary_rows(cohort, frameworks, lang);
    let rows = participant_rows(cohort, frameworks, lang, hide_names, offset_minutes);
    workbook(&[
        Sheet {
            name: C::SheetSummary.get(lang),
            header: &SUMMARY_HEADER,
            rows: &summary,
        },
        Sheet {
            name: C::SheetRows.get(lang),
            header: &ROWS_HEADER,
            rows: &rows,
        },
    ])
}
