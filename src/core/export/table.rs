//! An exported table's cells (text, figures, dates), so that its CSV and its workbook sheet are
//! written from the same rows: here each cell's CSV text, in `xlsx` each cell's typed value.

use crate::core::dates::DateTime;
use crate::core::export::push_row;
use crate::core::i18n::Lang;
use std::borrow::Cow;

/// One cell of an exported table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A count or a figure: at most two decimals, as on screen.
    Number(f64),
    /// A local day: `2026-11-28` in CSV, a date in a workbook.
    Date(DateTime),
    /// A local day and time to the minute: `2026-11-28 17:30` in CSV, a date and time in a workbook.
    Minute(DateTime),
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// A level (a rating, a target), empty when there is none.
    pub fn level(value: Option<u8>) -> Cell {
        value.map_or(Cell::Empty, |v| Cell::Number(v.into()))
    }

    /// What the CSV writes for this cell (before its quoting and formula neutralising).
    pub fn csv_text(&self) -> Cow<'_, str> {
        match self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(text) => Cow::Borrowed(text),
            Cell::Number(value) => Cow::Owned(number(*value)),
            Cell::Date(t) => Cow::Owned(t.iso_date()),
            Cell::Minute(t) => {
                Cow::Owned(format!("{} {:02}:{:02}", t.iso_date(), t.hour, t.minute))
            }
        }
    }
}

/// A figure as spreadsheets read it in any locale's CSV import: a dot, at most two decimals.
pub fn number(value: f64) -> String {
    Lang::En
        .decimal(value, 2)
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string()
}

/// The figure a workbook holds: the CSV's, read back, so that both say the same to the last
/// decimal (the CSV rounds halves away from zero, which `f64` arithmetic alone does not always).
pub fn figure(value: f64) -> f64 {
    number(value).parse().unwrap_or(value)
}

/// A table as CSV: UTF-8 with a byte-order mark, the header, then the rows (`export::push_row`
/// quotes and neutralises each cell).
pub fn table_csv(header: &[&str], rows: &[Vec<Cell>]) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, header);
    for row in rows {
        let texts: Vec<Cow<str>> = row.iter().map(Cell::csv_text).collect();
        let cells: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
        push_row(&mut out, &cells);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cell_has_the_text_the_csv_has_always_written() {
        let t = DateTime::from_epoch_ms(1_772_323_200_000 + 61_000, 420);
        let cells = [
            (Cell::Empty, ""),
            (Cell::text("a,b"), "a,b"),
            (Cell::Number(3.0), "3"),
            (Cell::Number(2.125), "2.13"),
            (Cell::Number(-0.5), "-0.5"),
            (Cell::level(None), ""),
            (Cell::level(Some(4)), "4"),
            (Cell::Date(t), "2026-03-01"),
            (Cell::Minute(t), "2026-03-01 07:01"),
        ];
        for (cell, text) in cells {
            assert_eq!(cell.csv_text(), text, "{cell:?}");
        }
        // Halves round away from zero in both: 2.125 is exactly half-way in binary too.
        assert_eq!(figure(2.125), 2.13);
        assert_eq!(figure(1.0 / 3.0), 0.33);
        let csv = table_csv(&["a", "b"], &[vec![Cell::text("=x"), Cell::Number(-1.5)]]);
        assert_eq!(csv, "\u{feff}a,b\r\n'=x,'-1.5\r\n");
    }
}
