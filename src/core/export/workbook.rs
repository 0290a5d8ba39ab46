//! The widget's history as an Excel workbook: the history CSV's table (the same rows and
//! columns) on one sheet. The widget offers it from a part of its own (`ui::more::workbook`).

use super::csv::{has_entry, outside_frameworks, CSV_HEADER, EARLIER, NEXT_STEP, REFLECTION};
use super::table::Cell;
use super::xlsx::{workbook, Sheet, WorkbookError};
use crate::core::dates::DateTime;
use crate::core::i18n::{Lang, Text};
use crate::core::model::frameworks::Catalog;
use crate::core::model::history::History;

const SHEET: Text = Text::new("Riwayat", "History");

/// The workbook of every saved session: the rows [`super::export::csv`] writes for the same
/// arguments, in its order and under its header, with dates as dates and levels as numbers.
///
/// The rows are walked here as `export::csv` walks them rather than by one function shared with
/// it: the CSV is in the `more` part, the workbook in a part of its own, and a shared walk would
/// sit in a third piece both load (a test holds the two to the same rows).
pub fn history_workbook(
    history: &History,
    catalog: &Catalog,
    lang: Lang,
    offset_minutes: i64,
) -> Result<Vec<u8>, WorkbookError> {
    let mut rows = Vec::new();
    for session in history.sessions().iter().rev() {
        let when = DateTime::from_epoch_ms(session.created, offset_minutes);
        let mut row = |framework: &str, id: &str, name: &str, note: &str| {
            rows.push(vec![
                Cell::Minute(when),
                Cell::text(&session.label),
                Cell::text(framework),
                Cell::text(id),
                Cell::text(name),
                Cell::level(session.rating(id)),
                Cell::level(session.target(id)),
                Cell::text(note),
            ]);
        };
        for framework in catalog.all() {
            for item in framework
                .items()
                .filter(|item| has_entry(session, &item.id))
            {
                let note = session.note(&item.id);
                row(&framework.id, &item.id, item.name.get(lang), note);
            }
        }
        for id in outside_frameworks(session, catalog) {
            // An item a revised framework replaced is named after the aspect that took over.
            let replaced = (catalog.all().iter()).find_map(|f| Some((f, f.replacing_axis(id)?)));
            match replaced {
                Some((framework, axis)) => {
                    let name = format!("{} ({})", axis.name.get(lang), EARLIER.get(lang));
                    row(&framework.id, id, &name, session.note(id));
                }
                None => row("", id, "", session.note(id)),
            }
        }
        for (id, name, text) in [
            ("reflection", REFLECTION, &session.reflection),
            ("next_step", NEXT_STEP, &session.next_step),
        ] {
            if !text.is_empty() {
                row("", id, name.get(lang), text);
            }
        }
    }
    workbook(&[Sheet {
        name: SHEET.get(lang),
        header: &CSV_HEADER,
        rows: &rows,
    }])
}
