//! The Excel workbooks, opened by an independent reader (calamine): every sheet holds the table
//! its CSV holds for the same input, cell for cell, with numbers as numbers, dates as dates and
//! text as text, in both languages. Native only (calamine is a native dev-dependency), and with
//! the `xlsx` feature (on by default).
#![cfg(all(feature = "xlsx", not(target_arch = "wasm32")))]

use calamine::{Data, Reader, Xlsx};
use cermin::core::cohort::csv::{rows_csv, summary_csv};
use cermin::core::cohort::intake::Intake;
use cermin::core::cohort::state::{CohortAction, CohortState};
use cermin::core::cohort::xlsx::cohort_workbook;
use cermin::core::cohort::WaveRule;
use cermin::core::export;
use cermin::core::export::workbook::history_workbook;
use cermin::core::i18n::Lang;
use cermin::core::model::frameworks::{file, Catalog};
use cermin::core::model::history::{History, KeptFramework};
use cermin::core::model::session::Session;
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::store::share::share_file;
use std::io::Cursor;

/// 1 March 2026, 00:00 UTC.
const MARCH_1: i64 = 1_772_323_200_000;
const DAY: i64 = 86_400_000;
const SAMPLE_FRAMEWORK: &str = include_str!("../examples/frameworks/digcompedu-sample.json");

/// Columns whose cells are numbers, and those that are dates; every other column is text.
const NUMBERS: &[&str] = &[
    "participants",
    "min",
    "q1",
    "median",
    "q3",
    "max",
    "level_1",
    "level_2",
    "level_3",
    "level_4",
    "level_5",
    "level_6",
    "level_7",
    "level_8",
    "mean_gap_to_target",
    "up",
    "same",
    "down",
    "rating",
    "target",
];
const DATES: &[&str] = &["session_date"];

/// RFC 4180, as the CSV writer promises: CRLF after every row, quotes doubled inside quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        row.is_empty() && cell.is_empty() && !quoted,
        "no final CRLF"
    );
    rows
}

/// The text a CSV cell stands for: the CSV puts an apostrophe before what a spreadsheet would
/// run as a formula; a workbook's text cell is never run, so it holds the text itself.
fn unneutralised(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Days from 1970-01-01 to a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Excel's serial number for `2026-03-01` or `2026-03-01 07:30`: days since 1899-12-30.
fn excel_serial(text: &str) -> f64 {
    let (date, time) = text.split_once(' ').unwrap_or((text, "00:00"));
    let d: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let t: Vec<i64> = time.split(':').map(|p| p.parse().unwrap()).collect();
    let days = days_from_civil(d[0], d[1], d[2]) - days_from_civil(1899, 12, 30);
    days as f64 + (t[0] * 60 + t[1]) as f64 / 1440.0
}

/// Opens the workbook and checks that it has exactly these sheets, each holding its CSV's table.
fn assert_workbook_is_the_csvs(bytes: &[u8], sheets: &[(&str, &str)]) {
    let mut book = Xlsx::new(Cursor::new(bytes.to_vec())).expect("the workbook opens");
    let names: Vec<&str> = sheets.iter().map(|(name, _)| *name).collect();
    assert_eq!(book.sheet_names(), names);
    for (name, csv) in sheets {
        let table = parse_csv(csv);
        let range = book.worksheet_range(name).unwrap();
        assert_eq!(range.start(), Some((0, 0)), "{name}");
        assert_eq!(range.get_size(), (table.len(), table[0].len()), "{name}");
        let header = &table[0];
        for (r, row) in table.iter().enumerate() {
            assert_eq!(row.len(), header.len(), "{name} row {r}");
            for (c, text) in row.iter().enumerate() {
                let got = range.get((r, c)).unwrap();
                let column = header[c].as_str();
                let at = format!("{name} row {r} column {column}: {got:?} for {text:?}");
                match got {
                    Data::Empty => assert!(text.is_empty(), "{at}"),
                    Data::String(s) => {
                        assert!(
                            r == 0 || !NUMBERS.contains(&column),
                            "{at}: a number as text"
                        );
                        assert!(r == 0 || !DATES.contains(&column), "{at}: a date as text");
                        assert_eq!(s, unneutralised(text), "{at}");
                    }
                    Data::Float(f) => {
                        assert!(NUMBERS.contains(&column), "{at}");
                        assert_eq!(*f, unneutralised(text).parse::<f64>().unwrap(), "{at}");
                    }
                    Data::DateTime(d) => {
                        assert!(DATES.contains(&column), "{at}");
                        assert!((d.as_f64() - excel_serial(text)).abs() < 1e-9, "{at}");
                    }
                    _ => panic!("{at}: an unexpected kind of cell"),
                }
            }
        }
    }
}

// ---- the cohort page ----

/// An item's rating and, when set, its target.
type Levels<'a> = &'a [(&'a str, u8, Option<u8>)];

fn session(id: &str, created: i64, levels: Levels) -> Session {
    let mut s = Session::new(id.into(), created);
    for &(item, rating, target) in levels {
        s.ratings.insert(item.into(), rating);
        if let Some(target) = target {
            s.targets.insert(item.into(), target);
        }
    }
    s
}

fn share(name: &str, s: &Session, history: &History) -> Vec<u8> {
    share_file(s, history, name, false, 1).into_bytes()
}

/// A class handing in files before (1 March) and after (1 April): names a spreadsheet could
/// misread (a formula, digits, a comma and quotes), a framework carried by a file, targets
/// below a rating (a negative gap), and two files the page refuses.
fn class() -> CohortState {
    let framework = file::load(SAMPLE_FRAMEWORK).unwrap();
    let mut carrying = History::default();
    let kept = KeptFramework {
        added: 5,
        file: SAMPLE_FRAMEWORK.into(),
    };
    carrying.keep_framework(&framework.id, kept);
    let people: [(&str, Levels, Levels); 4] = [
        (
            "Ani \"Wi\", jaya",
            &[("agility.speed", 2, Some(5)), ("digcomp.1.1", 3, None)],
            &[
                ("agility.speed", 4, Some(5)),
                ("agility.flexibility", 3, Some(2)),
            ],
        ),
        (
            "=Budi",
            &[
                ("agility.speed", 3, Some(2)),
                ("widyaiswara.social", 2, None),
            ],
            &[("agility.speed", 3, Some(4))],
        ),
        (
            "12",
            &[("agility.speed", 5, None)],
            &[("agility.speed", 1, Some(3)), ("digcomp.1.1", 6, Some(8))],
        ),
        (
            "Citra",
            &[("digcompedu-sample.engagement.communication", 2, Some(4))],
            &[("digcompedu-sample.engagement.communication", 3, Some(4))],
        ),
    ];
    let mut intake = Intake::default();
    for (n, (name, before, after)) in people.iter().enumerate() {
        let n = n as i64;
        let history = if *name == "Citra" {
            carrying.clone()
        } else {
            History::default()
        };
        let early = session(&format!("{n}-before"), MARCH_1 + n * 3_600_000, before);
        let late = session(
            &format!("{n}-after"),
            MARCH_1 + 31 * DAY + n * 60_000,
            after,
        );
        intake.add(&format!("before-{n}.json"), &share(name, &early, &history));
        intake.add(&format!("after-{n}.json"), &share(name, &late, &history));
    }
    intake.add("notes.txt", b"not a Cermin file");
    intake.add(
        "cut.json",
        b"{\"format\":\"cermin.history\",\"version\":2,\"sess",
    );
    let state = CohortState::new(Lang::Id)
        .apply(CohortAction::Added(intake))
        .unwrap()
        .apply(CohortAction::Rule(WaveRule::SplitAt(MARCH_1 + 15 * DAY)))
        .unwrap();
    assert_eq!(state.refusals.len(), 2, "the refused files are listed");
    assert_eq!(state.cohort.participants.len(), 4);
    assert!(state.cohort.has_after());
    state
}

#[test]
fn the_cohort_workbook_holds_both_csv_tables_in_both_languages() {
    let state = class();
    let offered = state.offered();
    assert_eq!(offered.len(), 4, "the carried framework is offered");
    let names = [
        (Lang::Id, ["Ringkasan", "Per peserta dan butir"], "Sesudah"),
        (Lang::En, ["Summary", "Per participant and item"], "After"),
    ];
    for (lang, sheets, after) in names {
        for hide_names in [false, true] {
            let offset = 420;
            let summary = summary_csv(&state.cohort, &offered, lang);
            let rows = rows_csv(&state.cohort, &offered, lang, hide_names, offset);
            let book = cohort_workbook(&state.cohort, &offered, lang, hide_names, offset).unwrap();
            assert_workbook_is_the_csvs(&book, &[(sheets[0], &summary), (sheets[1], &rows)]);
            // What the comparison covered: both waves, movement, a negative gap, the carried
            // framework, the names as given or hidden.
            assert!(summary.contains(&format!(",{after},")), "{lang:?}");
            assert!(
                summary.contains(",'-0.5,") || summary.contains(",'-1,"),
                "{summary}"
            );
            assert!(summary.contains("digcompedu-sample.engagement.communication"));
            let shown = ["\"Ani \"\"Wi\"\", jaya\"", "'=Budi", "\r\n12,"];
            for name in shown {
                assert_eq!(rows.contains(name), !hide_names, "{name} in {rows}");
            }
        }
    }
}

#[test]
fn the_cohort_workbook_of_no_one_still_has_both_headers() {
    let state = CohortState::new(Lang::En);
    let offered = state.offered();
    let summary = summary_csv(&state.cohort, &offered, Lang::En);
    let rows = rows_csv(&state.cohort, &offered, Lang::En, false, 0);
    let book = cohort_workbook(&state.cohort, &offered, Lang::En, false, 0).unwrap();
    let sheets = [
        ("Summary", summary.as_str()),
        ("Per participant and item", &rows),
    ];
    assert_workbook_is_the_csvs(&book, &sheets);
}

// ---- the widget's history ----

/// Sessions with everything the history CSV has a row for: items of three frameworks, one a
/// revised framework replaced, one of no framework here, notes a spreadsheet could misread,
/// the reflection and the next step.
fn history() -> History {
    let mut a = Session::new("a".into(), MARCH_1 + 90_000);
    a.label = "Pelatihan, \"LMS\"".into();
    a.ratings.insert("agility.speed".into(), 3);
    a.targets.insert("agility.speed".into(), 5);
    a.notes
        .insert("agility.speed".into(), "baris 1\r\nbaris 2".into());
    a.ratings.insert("digcomp.1.1".into(), 6);
    a.notes
        .insert("widyaiswara.social".into(), "=HYPERLINK(\"x\")".into());
    a.reflection = "Lebih percaya diri".into();
    a.next_step = "-coba kuis".into();
    let mut b = Session::new("b".into(), MARCH_1 + DAY);
    b.label = "2026".into();
    b.ratings.insert("agility.flexibility".into(), 4);
    b.targets.insert("future.item".into(), 2);
    History::new(vec![b, a], SortedMap::new())
}

#[test]
fn the_history_workbook_holds_the_history_csv_in_both_languages() {
    let catalog = Catalog::default();
    for (lang, sheet) in [(Lang::Id, "Riwayat"), (Lang::En, "History")] {
        for offset in [0, 420] {
            let csv = export::csv(&history(), &catalog, lang, offset);
            let book = history_workbook(&history(), &catalog, lang, offset).unwrap();
            assert_workbook_is_the_csvs(&book, &[(sheet, &csv)]);
            assert_eq!(parse_csv(&csv).len(), 1 + 7, "every row compared");
        }
        let empty = export::csv(&History::default(), &catalog, lang, 0);
        let book = history_workbook(&History::default(), &catalog, lang, 0).unwrap();
        assert_workbook_is_the_csvs(&book, &[(sheet, &empty)]);
    }
}

#[test]
fn a_reflection_longer_than_a_cell_is_cut_in_the_workbook_only() {
    let mut s = Session::new("long".into(), MARCH_1);
    s.reflection = "ab".repeat(20_000);
    let history = History::new(vec![s], SortedMap::new());
    let csv = export::csv(&history, &Catalog::default(), Lang::En, 0);
    assert!(csv.contains(&"ab".repeat(20_000)), "the CSV keeps it whole");
    let book = history_workbook(&history, &Catalog::default(), Lang::En, 0).unwrap();
    let mut book = Xlsx::new(Cursor::new(book)).unwrap();
    let range = book.worksheet_range("History").unwrap();
    let Some(Data::String(cell)) = range.get((1, 7)) else {
        panic!("{:?}", range.get((1, 7)));
    };
    assert_eq!(cell.encode_utf16().count(), 32_767);
    assert!(cell.ends_with('\u{2026}') && "ab".repeat(20_000).starts_with(&cell[..cell.len() - 3]));
}
