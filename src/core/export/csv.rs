//! The history as a CSV table (one row per item with an entry, per session), with the columns a
//! feature may add (others' feedback), and the CSV writer the trainer's page uses too.

use crate::core::dates::DateTime;
use crate::core::i18n::{Lang, Text};
use crate::core::model::frameworks::Catalog;
use crate::core::model::history::History;
use crate::core::model::session::Session;

/// Stable machine headers: the same in both languages so that scripts can rely on them.
pub const CSV_HEADER: [&str; 8] = [
    "session_date",
    "label",
    "framework",
    "item_id",
    "item_name",
    "rating",
    "target",
    "note",
];
pub(crate) const REFLECTION: Text = Text::new("Refleksi keseluruhan", "Overall reflection");
pub(crate) const NEXT_STEP: Text = Text::new("Langkah berikutnya", "Next step");
pub(crate) const EARLIER: Text = Text::new(
    "penilaian dari versi sebelumnya",
    "rating from an earlier version",
);

/// Every saved session as a table: one row per item with a rating, a target or a note, then one
/// each for the reflection and the next step when written. Sessions oldest first, items in
/// framework order; items of no framework in `catalog` (a newer Cermin, a framework file not
/// loaded here) follow by id, so that nothing written is left out. Dates are local (`offset_minutes` east of UTC), item names in
/// `lang`.
///
/// Made for spreadsheets: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, and
/// cells that a spreadsheet would run as a formula prefixed with an apostrophe. The same rows as
/// an Excel workbook: `workbook` (`tests/workbook.rs` holds the two equal).
pub fn csv(history: &History, catalog: &Catalog, lang: Lang, offset_minutes: i64) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, &CSV_HEADER);
    for session in history.sessions().iter().rev() {
        let t = DateTime::from_epoch_ms(session.created, offset_minutes);
        let date = format!("{} {:02}:{:02}", t.iso_date(), t.hour, t.minute);
        let row = |out: &mut String, framework: &str, id: &str, name: &str, note: &str| {
            let level = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
            let (rating, target) = (level(session.rating(id)), level(session.target(id)));
            let label = session.label.as_str();
            push_row(
                out,
                &[&date, label, framework, id, name, &rating, &target, note],
            );
        };
        for framework in catalog.all() {
            for item in framework.items() {
                if has_entry(session, &item.id) {
                    let name = item.name.get(lang);
                    row(
                        &mut out,
                        &framework.id,
                        &item.id,
                        name,
                        session.note(&item.id),
                    );
                }
            }
        }
        for id in outside_frameworks(session, catalog) {
            // An item a revised framework replaced is named after the aspect that took over.
            let replaced = catalog
                .all()
                .iter()
                .find_map(|f| Some((f, f.replacing_axis(id)?)));
            match replaced {
                Some((framework, axis)) => {
                    let name = format!("{} ({})", axis.name.get(lang), EARLIER.get(lang));
                    row(&mut out, &framework.id, id, &name, session.note(id));
                }
                None => row(&mut out, "", id, "", session.note(id)),
            }
        }
        for (id, name, text) in [
            ("reflection", REFLECTION, &session.reflection),
            ("next_step", NEXT_STEP, &session.next_step),
        ] {
            if !text.is_empty() {
                row(&mut out, "", id, name.get(lang), text);
            }
        }
    }
    out
}

/// Columns a feature adds to the CSV after [`CSV_HEADER`]'s (others' feedback, `core::feedback::
/// export`), through [`csv_with`]. That is [`csv`]'s loop again, with the columns: the widget's
/// own CSV stays as small as it was (sharing the loop cost its wasm ~0.4 KB gzip, for a feature
/// it does not load on its first path), and a test holds the two to the same rows.
pub trait ExtraColumns {
    /// The columns' names.
    fn header(&self) -> &[&str];
    /// What a session gives them.
    fn of_session(&self, session: &Session) -> SessionColumns;
}

/// No extra column: [`csv_with`] gives exactly [`csv`] (a test holds them to it).
pub struct NoColumns;

impl ExtraColumns for NoColumns {
    fn header(&self) -> &[&str] {
        &[]
    }

    fn of_session(&self, _: &Session) -> SessionColumns {
        SessionColumns::default()
    }
}

/// What a session gives the extra columns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionColumns {
    /// Item id → its cells, one per extra column. An item listed here has a row even when the
    /// session itself has no entry for it.
    pub items: Vec<(String, Vec<String>)>,
    /// Rows of their own, after the session's item rows: framework id, row id and name (the
    /// rating, target and note cells stay empty).
    pub rows: Vec<[String; 3]>,
    /// The extra cells of each of `rows`.
    pub row_cells: Vec<Vec<String>>,
}

/// [`csv`] with a feature's columns after the standard ones (every row has as many cells).
pub fn csv_with(
    history: &History,
    catalog: &Catalog,
    lang: Lang,
    offset_minutes: i64,
    extra: &impl ExtraColumns,
) -> String {
    let mut out = String::from("\u{feff}");
    let extra_header: Vec<String> = extra.header().iter().map(|h| h.to_string()).collect();
    push_row_with(&mut out, &CSV_HEADER, &extra_header);
    // Every row has a cell for each extra column, empty where it has nothing for them.
    let blank = vec![String::new(); extra_header.len()];
    for session in history.sessions().iter().rev() {
        let columns = extra.of_session(session);
        let cells_of = |id: &str| {
            let found = columns.items.iter().find(|(item, _)| item == id);
            found.map_or(&blank[..], |(_, cells)| cells)
        };
        let t = DateTime::from_epoch_ms(session.created, offset_minutes);
        let date = format!("{} {:02}:{:02}", t.iso_date(), t.hour, t.minute);
        let row = |out: &mut String, framework: &str, id: &str, name: &str, note: &str, more| {
            let level = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
            let (rating, target) = (level(session.rating(id)), level(session.target(id)));
            let label = session.label.as_str();
            let cells = [
                &date[..],
                label,
                framework,
                id,
                name,
                &rating,
                &target,
                note,
            ];
            push_row_with(out, &cells, more);
        };
        let listed = |id: &str| columns.items.iter().any(|(item, _)| item == id);
        for framework in catalog.all() {
            for item in framework.items() {
                if has_entry(session, &item.id) || listed(&item.id) {
                    let name = item.name.get(lang);
                    let note = session.note(&item.id);
                    row(
                        &mut out,
                        &framework.id,
                        &item.id,
                        name,
                        note,
                        cells_of(&item.id),
                    );
                }
            }
        }
        let mut unknown = outside_frameworks(session, catalog);
        let listed_unknown = (columns.items.iter().map(|(id, _)| id.as_str()))
            .filter(|id| catalog.find_item(id).is_none());
        unknown.extend(listed_unknown);
        unknown.sort_unstable();
        unknown.dedup();
        for id in unknown {
            // An item a revised framework replaced is named after the aspect that took over.
            let replaced = catalog
                .all()
                .iter()
                .find_map(|f| Some((f, f.replacing_axis(id)?)));
            let cells = cells_of(id);
            match replaced {
                Some((framework, axis)) => {
                    let name = format!("{} ({})", axis.name.get(lang), EARLIER.get(lang));
                    row(&mut out, &framework.id, id, &name, session.note(id), cells);
                }
                None => row(&mut out, "", id, "", session.note(id), cells),
            }
        }
        for ([framework, id, name], cells) in columns.rows.iter().zip(&columns.row_cells) {
            let all = [&date[..], &session.label, framework, id, name, "", "", ""];
            push_row_with(&mut out, &all, cells);
        }
        for (id, name, text) in [
            ("reflection", REFLECTION, &session.reflection),
            ("next_step", NEXT_STEP, &session.next_step),
        ] {
            if !text.is_empty() {
                row(&mut out, "", id, name.get(lang), text, &blank);
            }
        }
    }
    out
}

pub(crate) fn has_entry(session: &Session, id: &str) -> bool {
    session.ratings.contains_key(id)
        || session.targets.contains_key(id)
        || session.notes.contains_key(id)
}

/// Ids with an entry that no framework of this build has as an item (an item a revised
/// framework replaced among them), sorted and once each.
pub(crate) fn outside_frameworks<'a>(session: &'a Session, catalog: &Catalog) -> Vec<&'a str> {
    session.items_outside(|id| catalog.find_item(id).is_some())
}

pub(crate) fn push_row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// A row of `cells` and then `more` (the extra columns' cells, [`csv_with`]).
fn push_row_with(out: &mut String, cells: &[&str], more: &[String]) {
    for (i, cell) in cells
        .iter()
        .copied()
        .chain(more.iter().map(String::as_str))
        .enumerate()
    {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

fn push_cell(out: &mut String, cell: &str) {
    // A spreadsheet runs a cell starting with one of these as a formula (CSV injection): the
    // apostrophe makes it plain text, and it is what spreadsheets themselves use for that.
    let neutralise = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = cell.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if neutralise {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}
