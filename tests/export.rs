//! Exported files: SVG that stays well-formed whatever the person typed, spreadsheet-safe CSV,
//! file names, and importing a backup.

use cermin::core::charts::growth_chart;
use cermin::core::charts::radar::{self, Palette, RadarChart, Series, SeriesKind};
use cermin::core::export;
use cermin::core::feedback::kept::{keep_request, keep_response};
use cermin::core::feedback::request::Request;
use cermin::core::feedback::response::Response;
use cermin::core::feedback::Perspective;
use cermin::core::i18n::Lang;
use cermin::core::model::frameworks::{builtin_framework, Catalog};
use cermin::core::model::history::History;
use cermin::core::model::session::Session;
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::report::growth;
use cermin::core::store::codec::{self, DecodeError, MAX_DOCUMENT_BYTES};
use cermin::core::store::import::{self, ImportSummary};
use plotters::prelude::*;

/// 1 March 2026, 00:00 UTC.
const MARCH_1: i64 = 1_772_323_200_000;
const HOSTILE: &str =
    "<script>alert(1)</script> ]]> & \"q\" 'a' \u{202e}evil\u{200b} \u{7}bell\u{0}\u{fffe}\u{ffff}\nnext";

fn session(id: &str, created: i64, updated: i64) -> Session {
    Session {
        updated,
        ..Session::new(id.into(), created)
    }
}

fn history(sessions: Vec<Session>) -> History {
    History::new(sessions, SortedMap::new())
}

fn radar_chart(title: &str, label: &str) -> RadarChart {
    RadarChart {
        axis_labels: vec![label.into(), "Speed".into(), "Safety".into()],
        max: 5,
        series: vec![Series {
            kind: SeriesKind::Current,
            label: label.into(),
            values: vec![Some(3.0), None, Some(5.0)],
        }],
        title: vec![title.into(), "28 Nov 2026".into()],
        palette: Palette::LIGHT,
        scale: 1.0,
    }
}

// ---- SVG ----

/// The chart drawn straight into an SVG string, as the screen would draw it.
fn draw_directly(chart: &RadarChart) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (640, 480)).into_drawing_area();
        radar::draw(&area, chart).unwrap();
        area.present().unwrap();
    }
    out
}

#[test]
fn svg_is_the_screen_drawing() {
    let chart = radar_chart("Kelincahan belajar", "Fleksibilitas");
    assert_eq!(export::svg(&chart, 640, 480), draw_directly(&chart));
}

#[test]
fn svg_stays_well_formed_with_hostile_text() {
    let chart = radar_chart(HOSTILE, HOSTILE);
    let out = export::svg(&chart, 640, 480);
    assert_eq!(well_formed(&out), Ok(()));
    // Drawn without sanitising, the same chart is not: plotters passes control characters through.
    assert!(well_formed(&draw_directly(&chart)).is_err());
    assert!(!out.contains("<script"));
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &quot;q&quot;"));
    assert!(out.contains("\u{202e}evil\u{200b} bell next"));
}

#[test]
fn growth_svg_stays_well_formed_with_hostile_text() {
    let mut s = Session::new("a".into(), MARCH_1);
    s.ratings.insert("agility.speed".into(), 3);
    let framework = builtin_framework("agility").unwrap();
    let lines = growth::growth(&history(vec![s]), framework);
    let mut chart = growth_chart::growth_chart(&lines, framework, &[1], Lang::En, 0);
    chart.title = HOSTILE.into();
    chart.x_labels = vec![HOSTILE.into()];
    chart.lines.push((HOSTILE.into(), vec![(MARCH_1, 2.0)]));
    let out = export::growth_svg(&chart, 480, 320);
    assert_eq!(well_formed(&out), Ok(()));
    assert!(!out.contains("<script"));
}

#[test]
fn sanitizing_removes_only_what_xml_forbids() {
    for (input, expected) in [
        ("plain Ünïcödé 😀", "plain Ünïcödé 😀"),
        ("a\tb\nc\r\nd", "a b c  d"),
        ("\u{0}\u{1}x\u{1f}\u{7f}\u{85}", "x"),
        ("\u{fffe}\u{ffff}\u{fffd}", "\u{fffd}"),
        ("<&>\"'\u{202e}\u{200b}", "<&>\"'\u{202e}\u{200b}"),
    ] {
        assert_eq!(export::sanitize_for_xml(input), expected, "{input:?}");
    }
}

#[test]
fn the_checker_catches_malformed_xml() {
    for bad in [
        "<a>x < y</a>",
        "<a>x & y</a>",
        "<a>&bogus;</a>",
        "<a><b></a></b>",
        "<a>",
        "<a></a><b></b>",
        "<a x=\"1\"y=\"2\"/>",
        "<a x=\"<\"/>",
        "<a>\u{1}</a>",
        "<a>]]></a>",
        "text<a/>",
    ] {
        assert!(well_formed(bad).is_err(), "accepted {bad:?}");
    }
    assert_eq!(well_formed("<a x=\"&amp;&#38;\">t&lt;<b/></a>\n"), Ok(()));
}

// ---- file names ----

#[test]
fn file_names_are_dated_and_safe() {
    for (got, expected) in [
        (
            export::file_name(builtin_framework("digcomp").unwrap(), "2026-11-28", "svg"),
            "cermin-digcomp-2026-11-28.svg",
        ),
        (
            export::file_name(builtin_framework("agility").unwrap(), "2026-01-02", "png"),
            "cermin-agility-2026-01-02.png",
        ),
        (
            export::backup_file_name("2026-11-28"),
            "cermin-backup-2026-11-28.json",
        ),
        (
            export::csv_file_name("2026-11-28"),
            "cermin-all-2026-11-28.csv",
        ),
        (
            export::file_name(
                builtin_framework("widyaiswara").unwrap(),
                "../2026/11\\28",
                "s v/g",
            ),
            "cermin-widyaiswara-20261128.svg",
        ),
    ] {
        assert_eq!(got, expected);
    }
}

// ---- CSV ----

const HEADER: &str = "session_date,label,framework,item_id,item_name,rating,target,note\r\n";

fn sample_history() -> History {
    let mut a = Session::new("a".into(), MARCH_1);
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
    let mut b = Session::new("b".into(), MARCH_1 + 86_400_000);
    b.ratings.insert("agility.flexibility".into(), 4);
    b.targets.insert("future.item".into(), 2);
    history(vec![b, a])
}

#[test]
fn csv_starts_with_a_bom_and_the_english_header_in_both_languages() {
    for lang in Lang::ALL {
        let out = export::csv(&History::default(), &Catalog::default(), lang, 0);
        assert_eq!(out, format!("\u{feff}{HEADER}"));
    }
}

#[test]
fn csv_has_a_row_per_entry_oldest_session_first() {
    let out = export::csv(&sample_history(), &Catalog::default(), Lang::Id, 420);
    let rows = parse_csv(out.strip_prefix('\u{feff}').unwrap());
    let a = ["2026-03-01 07:00", "Pelatihan, \"LMS\""];
    let b = ["2026-03-02 07:00", ""];
    let expected: Vec<Vec<&str>> = vec![
        HEADER.trim_end().split(',').collect(),
        [
            &a[..],
            &["agility", "agility.speed", "Kecepatan", "3", "5"],
            &["baris 1\r\nbaris 2"],
        ]
        .concat(),
        [
            &a[..],
            &[
                "digcomp",
                "digcomp.1.1",
                "Menjelajah, mencari, dan menyaring data, informasi, dan konten digital",
                "6",
                "",
                "",
            ],
        ]
        .concat(),
        [
            &a[..],
            &[
                "widyaiswara",
                "widyaiswara.social",
                "Sosial (penilaian dari versi sebelumnya)",
                "",
                "",
            ],
            &["'=HYPERLINK(\"x\")"],
        ]
        .concat(),
        [
            &a[..],
            &[
                "",
                "reflection",
                "Refleksi keseluruhan",
                "",
                "",
                "Lebih percaya diri",
            ],
        ]
        .concat(),
        [
            &a[..],
            &["", "next_step", "Langkah berikutnya", "", "", "'-coba kuis"],
        ]
        .concat(),
        [
            &b[..],
            &[
                "agility",
                "agility.flexibility",
                "Fleksibilitas",
                "4",
                "",
                "",
            ],
        ]
        .concat(),
        [&b[..], &["", "future.item", "", "", "2", ""]].concat(),
    ];
    assert_eq!(rows, expected);
}

/// The CSV with extra columns (others' feedback) is the same loop as the plain one, kept apart
/// for the widget's size: without columns it gives the plain CSV, byte for byte.
#[test]
fn csv_with_no_extra_columns_is_the_plain_csv() {
    let fixture = codec::decode(include_str!("fixtures/history-v3.json"))
        .unwrap()
        .history;
    for history in [sample_history(), fixture, History::default()] {
        for lang in Lang::ALL {
            let catalog = Catalog::default();
            assert_eq!(
                export::csv_with(&history, &catalog, lang, 420, &export::NoColumns),
                export::csv(&history, &catalog, lang, 420)
            );
        }
    }
}

#[test]
fn csv_item_names_follow_the_language() {
    let out = export::csv(&sample_history(), &Catalog::default(), Lang::En, 0);
    assert!(out.contains(",agility.speed,Speed,3,5,"));
    assert!(out.contains(",reflection,Overall reflection,,,"));
    assert!(out.contains(",next_step,Next step,,,"));
}

#[test]
fn csv_quotes_per_rfc_4180() {
    let out = export::csv(&sample_history(), &Catalog::default(), Lang::En, 0);
    assert!(out.contains(",\"Pelatihan, \"\"LMS\"\"\","));
    assert!(out.contains(",\"baris 1\r\nbaris 2\"\r\n"));
    assert!(out.contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
}

/// The note cell as written, for a session whose only entry is that note.
fn check_cell(note: &str, expected: &str) {
    let mut s = Session::new("a".into(), MARCH_1);
    s.notes.insert("agility.speed".into(), note.into());
    let out = export::csv(&history(vec![s]), &Catalog::default(), Lang::En, 0);
    let row = out
        .strip_prefix('\u{feff}')
        .unwrap()
        .strip_prefix(HEADER)
        .unwrap();
    assert_eq!(
        row,
        format!("2026-03-01 00:00,,agility,agility.speed,Speed,,,{expected}\r\n"),
        "note {note:?}"
    );
}

#[test]
fn csv_neutralises_every_formula_trigger() {
    check_cell("=1+2", "'=1+2");
    check_cell("+62 812", "'+62 812");
    check_cell("-1", "'-1");
    check_cell("@SUM(A1)", "'@SUM(A1)");
    check_cell("\tindented", "'\tindented");
    check_cell("\rcmd", "\"'\rcmd\"");
    check_cell("=a,b", "\"'=a,b\"");
    check_cell("a=b-c", "a=b-c");
    check_cell(" =not first", " =not first");
    check_cell("", "");
}

/// A strict RFC 4180 reader: every row ends in CRLF and has eight cells.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
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
                assert_eq!(row.len(), 8, "{row:?}");
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => {
                assert!(!matches!(c, '"' | '\r' | '\n'), "bare {c:?} in {cell:?}");
                cell.push(c);
            }
        }
    }
    assert!(
        row.is_empty() && cell.is_empty() && !quoted,
        "no final CRLF"
    );
    rows
}

// ---- backup import ----

fn labelled(id: &str, created: i64, updated: i64, label: &str) -> Session {
    Session {
        label: label.into(),
        ..session(id, created, updated)
    }
}

fn summary(added: usize, updated: usize, unchanged: usize, skipped: usize) -> ImportSummary {
    ImportSummary {
        added,
        updated,
        unchanged,
        skipped,
    }
}

#[test]
fn a_backup_round_trips_into_an_empty_history() {
    let backup = sample_history();
    let text = codec::encode_backup(&backup, MARCH_1);
    let (merged, got) = import::import_backup(&History::default(), &text).unwrap();
    assert_eq!(merged, backup);
    assert_eq!(got, summary(2, 0, 0, 0));
    // Importing the same file again changes nothing.
    let (again, got) = import::import_backup(&merged, &text).unwrap();
    assert_eq!(again, merged);
    assert_eq!(got, summary(0, 0, 2, 0));
}

#[test]
fn import_merges_by_id_newest_copy_wins_and_loses_nothing_here() {
    let mut current = history(vec![
        labelled("edited", 1, 10, "old"),
        labelled("same", 2, 20, "same"),
        labelled("newer-here", 3, 40, "mine"),
        labelled("deleted-here", 4, 30, "gone"),
        labelled("deleted-there", 5, 20, "keep me"),
        labelled("only-here", 6, 6, "mine"),
    ]);
    current.delete("deleted-here", 50);
    let mut backup = history(vec![
        labelled("edited", 1, 15, "new"),
        labelled("same", 2, 20, "same"),
        labelled("newer-here", 3, 35, "theirs"),
        labelled("deleted-here", 4, 30, "gone"),
        labelled("deleted-there", 5, 20, "keep me"),
        labelled("brand-new", 7, 7, "new"),
        labelled("gone-elsewhere", 8, 8, ""),
    ]);
    backup.delete("deleted-there", 60);
    backup.delete("gone-elsewhere", 70);
    let text = codec::encode_backup(&backup, 99);
    let (merged, got) = import::import_backup(&current, &text).unwrap();
    assert_eq!(got, summary(1, 1, 3, 0));
    let labels: Vec<(&str, &str)> = merged
        .sessions()
        .iter()
        .map(|s| (s.id.as_str(), s.label.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("brand-new", "new"),
            ("only-here", "mine"),
            ("deleted-there", "keep me"),
            ("newer-here", "mine"),
            ("same", "same"),
            ("edited", "new"),
        ]
    );
    // The backup's deletion of a session not here is kept, so a stale copy cannot bring it back.
    assert_eq!(merged.tombstones().get("gone-elsewhere"), Some(&70));
    assert!(!merged.tombstones().contains_key("deleted-there"));
}

/// A session with others' responses, as the feedback intake keeps them.
fn with_answers(id: &str, created: i64, updated: i64, answers: &[(&str, u8)]) -> Session {
    let agility = builtin_framework("agility").unwrap();
    let mut s = session(id, created, updated);
    let request = Request::new("rq-1", "Ani", agility).unwrap();
    let (rq, kept) = keep_request(&request);
    s.feedback.insert(rq, kept);
    for &(rs, level) in answers {
        let response = Response {
            id: rs.into(),
            at: MARCH_1,
            request: "rq-1".into(),
            framework: "agility".into(),
            framework_version: agility.version.to_string(),
            perspective: Perspective::Supervisor,
            ratings: [("agility.speed".to_string(), level)].into_iter().collect(),
            comments: SortedMap::new(),
            name: None,
        };
        let (rs, kept) = keep_response(&response);
        s.feedback.insert(rs, kept);
    }
    s
}

#[test]
fn a_backup_keeps_others_feedback_and_an_import_adds_what_is_missing() {
    let backup = history(vec![with_answers("a", 1, 10, &[("r1", 4), ("r2", 2)])]);
    let text = codec::encode_backup(&backup, MARCH_1);
    let (merged, got) = import::import_backup(&History::default(), &text).unwrap();
    assert_eq!((merged.clone(), got), (backup.clone(), summary(1, 0, 0, 0)));
    // Here the session was saved later, with another response: both sides' responses are kept,
    // and the session counts as updated.
    let here = history(vec![with_answers("a", 1, 20, &[("r3", 5)])]);
    let (merged, got) = import::import_backup(&here, &text).unwrap();
    assert_eq!(got, summary(0, 1, 0, 0));
    let kept = merged.get("a").unwrap();
    assert_eq!(
        kept.feedback.keys().collect::<Vec<_>>(),
        ["r1", "r2", "r3", "rq-1"]
    );
    assert_eq!(kept.updated, 20);
    // Importing it again changes nothing.
    let (again, got) = import::import_backup(&merged, &text).unwrap();
    assert_eq!((again, got), (merged, summary(0, 0, 1, 0)));
}

#[test]
fn out_of_range_sessions_are_skipped_not_imported() {
    let text = r#"{"format":"cermin.history","version":1,"sessions":[
        {"id":"ok","created":1,"updated":1,"ratings":{"agility.speed":5}},
        {"id":"too-high","created":2,"updated":2,"ratings":{"agility.speed":6}},
        {"id":"too-low","created":3,"updated":3,"targets":{"digcomp.1.1":0}}
    ]}"#;
    let (merged, got) = import::import_backup(&History::default(), text).unwrap();
    assert_eq!(got, summary(1, 0, 0, 2));
    assert_eq!(merged.len(), 1);
    assert!(merged.get("ok").is_some());
}

fn check_refused(text: &str, expected: DecodeError) {
    let current = sample_history();
    let before = current.clone();
    assert_eq!(
        import::import_backup(&current, text).map(|(_, s)| s),
        Err(expected),
        "input: {text:.60}"
    );
    assert_eq!(current, before);
}

#[test]
fn each_refusal_passes_through() {
    check_refused("not json {", DecodeError::NotJson);
    check_refused(
        r#"{"format":"someone.else","version":1,"sessions":[]}"#,
        DecodeError::Foreign,
    );
    check_refused("[]", DecodeError::Foreign);
    check_refused(
        r#"{"format":"cermin.history","version":7,"sessions":[]}"#,
        DecodeError::NewerVersion { version: 7 },
    );
    check_refused(
        r#"{"format":"cermin.history","version":1}"#,
        DecodeError::BadShape,
    );
    let huge = " ".repeat(MAX_DOCUMENT_BYTES + 1);
    check_refused(&huge, DecodeError::TooLarge { bytes: huge.len() });
}

// ---- a small XML well-formedness checker ----

/// Checks what an XML parser checks of the documents plotters writes: allowed characters, entity
/// references, attribute syntax, tag balance and a single root. It refuses comments, CDATA,
/// doctypes and processing instructions, which an exported chart has no reason to hold.
fn well_formed(xml: &str) -> Result<(), String> {
    if let Some(c) = xml.chars().find(|&c| !xml_char(c)) {
        return Err(format!("forbidden character {c:?}"));
    }
    let mut open: Vec<&str> = Vec::new();
    let mut roots = 0;
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        check_text(text)?;
        if open.is_empty() && !text.trim().is_empty() {
            return Err(format!("text outside the root: {text:?}"));
        }
        rest = &rest[lt + 1..];
        if let Some(after) = rest.strip_prefix('/') {
            let (name, after) = name(after)?;
            rest = after.trim_start().strip_prefix('>').ok_or("bad end tag")?;
            if open.pop() != Some(name) {
                return Err(format!("</{name}> does not close the open element"));
            }
            continue;
        }
        let (tag, mut after) = name(rest)?;
        if open.is_empty() {
            roots += 1;
        }
        loop {
            let trimmed = after.trim_start();
            if let Some(r) = trimmed.strip_prefix("/>") {
                after = r;
                break;
            }
            if let Some(r) = trimmed.strip_prefix('>') {
                open.push(tag);
                after = r;
                break;
            }
            if trimmed.len() == after.len() {
                return Err(format!("no space before an attribute in <{tag}>"));
            }
            let (_, r) = name(trimmed)?;
            let r = r.strip_prefix("=\"").ok_or("attribute without =\"")?;
            let end = r.find('"').ok_or("unclosed attribute")?;
            if r[..end].contains('<') {
                return Err("raw < in an attribute".into());
            }
            check_references(&r[..end])?;
            after = &r[end + 1..];
        }
        rest = after;
    }
    check_text(rest)?;
    match (open.is_empty(), roots, rest.trim().is_empty()) {
        (true, 1, true) => Ok(()),
        _ => Err(format!("open {open:?}, {roots} roots, trailing {rest:?}")),
    }
}

fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

fn check_text(text: &str) -> Result<(), String> {
    if text.contains("]]>") {
        return Err("]]> in text".into());
    }
    check_references(text)
}

fn check_references(text: &str) -> Result<(), String> {
    for (i, _) in text.match_indices('&') {
        let reference = text[i + 1..].split(';').next().unwrap_or_default();
        let known = ["lt", "gt", "amp", "quot", "apos"].contains(&reference);
        let numeric = reference
            .strip_prefix("#x")
            .map(|hex| u32::from_str_radix(hex, 16))
            .or_else(|| reference.strip_prefix('#').map(str::parse))
            .and_then(Result::ok)
            .and_then(char::from_u32)
            .is_some_and(xml_char);
        if !(known || numeric) || !text[i..].contains(';') {
            return Err(format!("bad reference &{reference}"));
        }
    }
    Ok(())
}

/// An XML name at the start of `s` (ASCII is enough for SVG), and what follows it.
fn name(s: &str) -> Result<(&str, &str), String> {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || "-_:.".contains(c)))
        .unwrap_or(s.len());
    match s[..end].chars().next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' || c == ':' => Ok((&s[..end], &s[end..])),
        _ => Err(format!("bad name at {:?}", &s[..s.len().min(20)])),
    }
}
