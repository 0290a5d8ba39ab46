//! Tables as an Excel workbook (`.xlsx`, by `rust_xlsxwriter`): a sheet per table, numbers as
//! numbers and dates as dates, a bold header row frozen in place with filter buttons, columns
//! wide enough to read.
//!
//! Why, beside the CSV: Excel set to Indonesian regional settings reads a double-clicked CSV with
//! `;` between fields and a decimal comma, so the CSV's commas and dots land in one column. A
//! workbook's cells are typed, and each locale shows them in its own way.

use super::table::{figure, Cell};
use crate::core::dates::DateTime;
use rust_xlsxwriter::{ColNum, ExcelDateTime, Format, RowNum, Workbook, Worksheet, XlsxError};
use std::borrow::Cow;

pub use rust_xlsxwriter::XlsxError as WorkbookError;

/// One sheet: its name (at most 31 characters, none of `[]:*?/\`) and its table.
pub struct Sheet<'a> {
    pub name: &'a str,
    pub header: &'a [&'a str],
    pub rows: &'a [Vec<Cell>],
}

/// The rows one sheet holds, its header included (Excel's limit).
pub const MAX_ROWS: usize = 1_048_576;
/// The UTF-16 units one cell holds (Excel's limit): a longer text is cut, ending in `…`.
pub const MAX_CELL: usize = 32_767;
/// Column widths, in characters of the default font: narrow ones still show their filter
/// button beside the header, wide ones (notes) stop at what a screen shows.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// The workbook's bytes. A table longer than a sheet holds is refused
/// ([`XlsxError::RowColumnLimitError`]): the CSV holds it whole.
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, WorkbookError> {
    let mut book = Workbook::new();
    let formats = Formats {
        header: Format::new().set_bold(),
        day: Format::new().set_num_format("yyyy-mm-dd"),
        minute: Format::new().set_num_format("yyyy-mm-dd hh:mm"),
    };
    for sheet in sheets {
        if sheet.rows.len() >= MAX_ROWS || sheet.header.is_empty() {
            return Err(XlsxError::RowColumnLimitError);
        }
        let out = book.add_worksheet();
        out.set_name(sheet.name)?;
        write_sheet(out, sheet, &formats)?;
    }
    book.save_to_buffer()
}

struct Formats {
    header: Format,
    day: Format,
    minute: Format,
}

fn write_sheet(out: &mut Worksheet, sheet: &Sheet, formats: &Formats) -> Result<(), XlsxError> {
    let mut widths: Vec<usize> = sheet.header.iter().map(|h| h.chars().count()).collect();
    for (col, title) in sheet.header.iter().enumerate() {
        out.write_string_with_format(0, col as ColNum, *title, &formats.header)?;
    }
    for (n, row) in sheet.rows.iter().enumerate() {
        let at = n as RowNum + 1;
        for (col, cell) in row.iter().enumerate().take(widths.len()) {
            write_cell(out, at, col as ColNum, cell, formats)?;
            widths[col] = widths[col].max(cell.csv_text().chars().count());
        }
    }
    let last_col = (widths.len() - 1) as ColNum;
    out.set_freeze_panes(1, 0)?;
    out.autofilter(0, 0, sheet.rows.len() as RowNum, last_col)?;
    for (col, width) in widths.into_iter().enumerate() {
        // Two more for the filter button, which sits over the header's end.
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH) + 2;
        out.set_column_width(col as ColNum, width as f64)?;
    }
    Ok(())
}

fn write_cell(
    out: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    cell: &Cell,
    formats: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        // Never a formula, whatever it starts with: a string cell is text (no apostrophe needed).
        Cell::Text(text) => {
            out.write_string(row, col, fit(text))?;
        }
        Cell::Number(value) => {
            out.write_number(row, col, figure(*value))?;
        }
        Cell::Date(t) => match excel_date(t, false) {
            Some(day) => {
                out.write_datetime_with_format(row, col, day, &formats.day)?;
            }
            None => {
                out.write_string(row, col, cell.csv_text())?;
            }
        },
        Cell::Minute(t) => match excel_date(t, true) {
            Some(when) => {
                out.write_datetime_with_format(row, col, when, &formats.minute)?;
            }
            None => {
                out.write_string(row, col, cell.csv_text())?;
            }
        },
    }
    Ok(())
}

/// Excel's dates run from 1900 to 9999; a time outside them stays as the CSV writes it.
fn excel_date(t: &DateTime, with_time: bool) -> Option<ExcelDateTime> {
    let year = u16::try_from(t.year)
        .ok()
        .filter(|y| (1900..=9999).contains(y))?;
    let day = ExcelDateTime::from_ymd(year, t.month as u8, t.day as u8).ok()?;
    match with_time {
        true => day.and_hms(t.hour as u16, t.minute as u8, 0).ok(),
        false => Some(day),
    }
}

/// The text, cut to what one cell holds and ending in `…`. Only a note or a reflection can be
/// this long; the CSV and the backup keep them whole.
fn fit(text: &str) -> Cow<'_, str> {
    if text.len() <= MAX_CELL || text.encode_utf16().count() <= MAX_CELL {
        return Cow::Borrowed(text);
    }
    let mut units = 0;
    let end = text
        .char_indices()
        .find(|(_, c)| {
            units += c.len_utf16();
            units > MAX_CELL - 1
        })
        .map_or(text.len(), |(at, _)| at);
    Cow::Owned(format!("{}\u{2026}", &text[..end]))
}

// Native only: calamine, the independent reader, is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use calamine::{Data, Reader, Xlsx};
    use std::io::{Cursor, Read};

    fn read(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
        Xlsx::new(Cursor::new(bytes.to_vec())).expect("the workbook opens")
    }

    /// A part of the workbook's zip, as text.
    fn part(bytes: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    /// Each column's width as the sheet stores it, in whole characters.
    fn column_widths(sheet_xml: &str) -> Vec<u32> {
        let attr = |col: &str, name: &str| -> f64 {
            let at = col.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
            col[at..col[at..].find('"').unwrap() + at].parse().unwrap()
        };
        let mut widths = Vec::new();
        for col in sheet_xml.split("<col ").skip(1).map(|c| format!(" {c}")) {
            let (min, max) = (attr(&col, "min") as usize, attr(&col, "max") as usize);
            widths.resize(max, 0);
            widths[min - 1..max].fill(attr(&col, "width") as u32);
        }
        widths
    }

    fn sample() -> Vec<Vec<Cell>> {
        let t = DateTime::from_epoch_ms(1_772_323_200_000, 420);
        vec![
            vec![Cell::text("=1+1"), Cell::Number(2.125), Cell::Minute(t)],
            vec![Cell::text("2026"), Cell::Empty, Cell::Date(t)],
        ]
    }

    #[test]
    fn cells_keep_their_type_and_the_header_is_bold_frozen_and_filtered() {
        let rows = sample();
        let header = ["label", "median", "session_date"];
        let sheets = [Sheet {
            name: "Ringkasan",
            header: &header,
            rows: &rows,
        }];
        let bytes = workbook(&sheets).unwrap();
        let mut book = read(&bytes);
        assert_eq!(book.sheet_names(), ["Ringkasan"]);
        let range = book.worksheet_range("Ringkasan").unwrap();
        assert_eq!(range.get_size(), (3, 3));
        assert_eq!(range.get((0, 1)), Some(&Data::String("median".into())));
        // A formula-like text stays text, a text of digits stays text, a figure is a number
        // (rounded as the CSV rounds it), an empty cell is empty.
        assert_eq!(range.get((1, 0)), Some(&Data::String("=1+1".into())));
        assert_eq!(range.get((2, 0)), Some(&Data::String("2026".into())));
        assert_eq!(range.get((1, 1)), Some(&Data::Float(2.13)));
        assert_eq!(range.get((2, 1)), Some(&Data::Empty));
        // 1 March 2026 07:00 (UTC+7): Excel's day 46082, and seven hours.
        let Some(Data::DateTime(when)) = range.get((1, 2)) else {
            panic!("{:?}", range.get((1, 2)));
        };
        assert!(
            (when.as_f64() - (46_082.0 + 7.0 / 24.0)).abs() < 1e-9,
            "{when:?}"
        );
        let Some(Data::DateTime(day)) = range.get((2, 2)) else {
            panic!("{:?}", range.get((2, 2)));
        };
        assert_eq!(day.as_f64(), 46_082.0);

        let xml = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(
            xml.contains(
                r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            ),
            "{xml}"
        );
        assert!(xml.contains(r#"<autoFilter ref="A1:C3"/>"#), "{xml}");
        // Widths: the longest text of each column ("2026-03-01 07:00"), at least MIN_WIDTH, plus
        // two for the filter button (Excel adds its cell padding to what it stores).
        assert_eq!(column_widths(&xml), [8, 8, 18]);
        // The header cells use the one bold font.
        let styles = part(&bytes, "xl/styles.xml");
        assert!(styles.contains("<b/>"), "{styles}");
        assert!(xml.contains(r#"<c r="A1" s="1" t="s">"#), "{xml}");
        assert!(
            styles.contains(r#"formatCode="yyyy-mm-dd hh:mm""#),
            "{styles}"
        );
    }

    #[test]
    fn what_excel_cannot_hold_is_cut_refused_or_kept_as_text() {
        // A text over a cell's 32,767 UTF-16 units is cut at a character, never inside one
        // (the emoji is two units), and says so.
        let long = format!("{}😀tail", "a".repeat(MAX_CELL - 2));
        let cut = format!("{}\u{2026}", "a".repeat(MAX_CELL - 2));
        assert_eq!(fit(&long), cut);
        assert_eq!(fit("short"), "short");
        let far = DateTime::from_epoch_ms(253_402_300_799_999, 840);
        let rows = vec![vec![Cell::Text(long.clone()), Cell::Minute(far)]];
        let header = ["note", "session_date"];
        let bytes = workbook(&[Sheet {
            name: "History",
            header: &header,
            rows: &rows,
        }])
        .unwrap();
        let range = read(&bytes).worksheet_range("History").unwrap();
        assert_eq!(range.get((1, 0)), Some(&Data::String(cut)));
        // Year 10000 (the latest time a session holds, 14 hours east): no Excel date, so text.
        assert_eq!(
            range.get((1, 1)),
            Some(&Data::String("10000-01-01 13:59".into()))
        );
        // More rows than a sheet holds: refused, nothing half-written.
        let many = vec![Vec::new(); MAX_ROWS];
        let refused = workbook(&[Sheet {
            name: "x",
            header: &header,
            rows: &many,
        }]);
        assert!(matches!(refused, Err(XlsxError::RowColumnLimitError)));
        assert!(workbook(&[Sheet {
            name: "x",
            header: &header,
            rows: &many[1..],
        }])
        .is_ok());
    }
}
