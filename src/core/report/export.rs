//! The files a person takes away (SVG images, CSV tables, backups) and the import of a backup.
//!
//! Pure: this module makes the files' contents and names; the UI only hands them to the browser.

use crate::core::charts::growth_chart::{self, GrowthChart};
use crate::core::charts::radar::{self, RadarChart};
use crate::core::dates::DateTime;
use crate::core::i18n::{Lang, Text};
use crate::core::model::frameworks::{Catalog, Framework};
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::store::codec::{self, DecodeError};
use plotters::coord::Shift;
use plotters::prelude::*;

/// The radar as an SVG document, drawn by the same function as the screen.
pub fn svg(chart: &RadarChart, width: u32, height: u32) -> String {
    let mut chart = chart.clone();
    for text in chart.title.iter_mut().chain(&mut chart.axis_labels) {
        *text = sanitize_for_xml(text);
    }
    for series in &mut chart.series {
        series.label = sanitize_for_xml(&series.label);
    }
    render(width, height, |area| radar::draw(area, &chart))
}

/// A growth chart as an SVG document, drawn by the same function as the screen.
pub fn growth_svg(chart: &GrowthChart, width: u32, height: u32) -> String {
    let mut chart = chart.clone();
    chart.title = sanitize_for_xml(&chart.title);
    let labels = chart.x_labels.iter_mut();
    for text in labels.chain(chart.lines.iter_mut().map(|(label, _)| label)) {
        *text = sanitize_for_xml(text);
    }
    render(width, height, |area| {
        growth_chart::draw_growth(area, &chart)
    })
}

pub(crate) type SvgArea<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub(crate) type SvgResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

pub(crate) fn render(width: u32, height: u32, draw: impl FnOnce(&SvgArea) -> SvgResult) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail; were it to, the document is still closed on drop.
        let _ = draw(&area).and_then(|()| area.present());
    }
    out
}

/// The text with what XML 1.0 forbids removed: control characters (line breaks and tabs become
/// spaces, as a chart label is one line) and U+FFFE/U+FFFF. plotters escapes `<>&"'` itself;
/// these it passes through, and one of them makes the whole file unreadable.
pub fn sanitize_for_xml(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}' => None,
            c => Some(c),
        })
        .collect()
}

/// `cermin-<framework>-<YYYY-MM-DD>.<extension>`: the file name of one framework's image.
pub fn file_name(framework: &Framework, date_iso: &str, extension: &str) -> String {
    name_of(&framework.id, date_iso, extension)
}

/// `cermin-backup-<YYYY-MM-DD>.json`.
pub fn backup_file_name(date_iso: &str) -> String {
    name_of("backup", date_iso, "json")
}

/// `cermin-share-<YYYY-MM-DD>.json`: a "share with trainer" file (the name stays out of it;
/// Moodle and other LMSs put the person's name on what they hand in).
pub fn share_file_name(date_iso: &str) -> String {
    name_of("share", date_iso, "json")
}

/// `cermin-all-<YYYY-MM-DD>.csv`: the table spans every framework.
pub fn csv_file_name(date_iso: &str) -> String {
    name_of("all", date_iso, "csv")
}

/// The history as an Excel workbook (the CSV's table).
pub fn workbook_file_name(date_iso: &str) -> String {
    name_of("all", date_iso, "xlsx")
}

/// Keeps only characters that are safe in a file name on every system, whatever the caller passed.
fn name_of(what: &str, date_iso: &str, extension: &str) -> String {
    let safe = |s: &str, extra: char| -> String {
        s.chars()
            .filter(|&c| c.is_ascii_alphanumeric() || c == extra)
            .collect()
    };
    let mut name = String::from("cermin-");
    name.push_str(what);
    name.push('-');
    name.push_str(&safe(date_iso, '-'));
    name.push('.');
    name.push_str(&safe(extension, '.'));
    name
}

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
/// an Excel workbook: `history_xlsx` (`tests/workbook.rs` holds the two equal).
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
        for id in unknown_items(session, catalog) {
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
        let mut unknown = unknown_items(session, catalog);
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

/// Ids with an entry that no framework of this build has, sorted and once each.
pub(crate) fn unknown_items<'a>(session: &'a Session, catalog: &Catalog) -> Vec<&'a str> {
    let mut ids: Vec<&str> = session
        .ratings
        .keys()
        .chain(session.targets.keys())
        .chain(session.notes.keys())
        .map(String::as_str)
        .filter(|id| catalog.find_item(id).is_none())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
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

/// What an import did, for the message the person sees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Sessions this history did not have.
    pub added: usize,
    /// Sessions it had, replaced by the backup's newer copy.
    pub updated: usize,
    /// Sessions the backup had that changed nothing: the same or an older copy, or one deleted
    /// here after the backup's copy was saved.
    pub unchanged: usize,
    /// Sessions in the file that were unusable (broken, or values out of range): not imported.
    pub skipped: usize,
}

/// Merges a backup file into `current`, returning the new history; on a refusal (too large, not
/// JSON, not ours, from a newer version, broken) nothing is returned and `current` stays as it is.
///
/// Per session id the newer copy wins, so nothing is duplicated; others' feedback on a session is
/// kept from both copies. A deletion recorded in the backup is honoured only for sessions not
/// here: importing never removes what the person sees.
pub fn import_backup(
    current: &History,
    text: &str,
) -> Result<(History, ImportSummary), DecodeError> {
    let decoded = codec::decode(text)?;
    let tombstones = decoded
        .history
        .tombstones()
        .iter()
        .filter(|(id, _)| current.get(id).is_none())
        .map(|(id, &at)| (id.clone(), at))
        .collect();
    let incoming = History::new(decoded.history.sessions().to_vec(), tombstones);
    let merged = current.merge(&incoming);
    let mut summary = ImportSummary {
        skipped: decoded.skipped,
        ..ImportSummary::default()
    };
    // By what the merge made of each session: a copy that brought only others' feedback this
    // history lacked updates it too (feedback is only ever added, `Session::keep_feedback_of`).
    for session in incoming.sessions() {
        match (current.get(&session.id), merged.get(&session.id)) {
            (None, Some(_)) => summary.added += 1,
            (Some(here), Some(now)) if here != now => summary.updated += 1,
            _ => summary.unchanged += 1,
        }
    }
    Ok((merged, summary))
}
