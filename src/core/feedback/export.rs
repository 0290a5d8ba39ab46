//! Others' feedback in what a person takes away: the CSV's feedback columns, the radar's "Others" series (drawn by the one radar function, so the PNG and SVG have it too), and the files' names.

use super::summary::{summarise, Group, Row, Summary, View};
use super::texts::F;
use super::{kept, Perspective};
use crate::core::charts::radar::{Series, SeriesKind};
use crate::core::export::{self, csv_with, ExtraColumns, SessionColumns};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Catalog;
use crate::core::model::history::History;
use crate::core::model::session::Session;

/// The columns the CSV gains when it carries feedback, after `export::CSV_HEADER`'s. Figures
/// are given only where shown on screen (a perspective from its threshold; "others" over the
/// perspectives shown); `others_view` is `blind_spot` or `hidden_strength`; comment rows (one per
/// comment, sorted as on screen) give the perspective, the rater's name only if they gave it,
/// and the text.
pub const FEEDBACK_HEADER: [&str; 20] = [
    "others_median",
    "others_min",
    "others_max",
    "others_n",
    "supervisor_median",
    "supervisor_min",
    "supervisor_max",
    "supervisor_n",
    "colleague_median",
    "colleague_min",
    "colleague_max",
    "colleague_n",
    "participant_median",
    "participant_min",
    "participant_max",
    "participant_n",
    "others_view",
    "feedback_from",
    "feedback_name",
    "feedback_comment",
];

/// The widget's CSV (`export::csv`) with others' feedback: the feedback columns when any
/// session keeps a response (else the CSV is exactly as without feedback), filled for items
/// with a figure shown, and a row per comment after each session's items.
pub fn csv(history: &History, catalog: &Catalog, lang: Lang, offset_minutes: i64) -> String {
    let any = (history.sessions().iter()).any(|s| !kept::responses(s).0.is_empty());
    if !any {
        return export::csv(history, catalog, lang, offset_minutes);
    }
    let columns = FeedbackColumns { catalog, lang };
    csv_with(history, catalog, lang, offset_minutes, &columns)
}

/// The feedback columns of the CSV.
struct FeedbackColumns<'a> {
    catalog: &'a Catalog,
    lang: Lang,
}

impl ExtraColumns for FeedbackColumns<'_> {
    fn header(&self) -> &[&str] {
        &FEEDBACK_HEADER
    }

    fn of_session(&self, session: &Session) -> SessionColumns {
        columns(session, self.catalog, self.lang)
    }
}

/// A session's feedback cells, for each framework it asked about that this page knows.
fn columns(session: &Session, catalog: &Catalog, lang: Lang) -> SessionColumns {
    let mut out = SessionColumns::default();
    let mut asked: Vec<String> = (kept::requests(session).into_iter())
        .map(|r| r.framework)
        .collect();
    asked.sort_unstable();
    asked.dedup();
    for framework in catalog
        .all()
        .iter()
        .filter(|f| asked.iter().any(|a| *a == f.id))
    {
        let summary = summarise(session, framework);
        for row in summary.items.iter().chain(&summary.unknown) {
            if row.others.figures.is_some() {
                out.items.push((row.id.clone(), figure_cells(row)));
            }
        }
        for (axis, comments) in framework.axes.iter().zip(&summary.comments) {
            for comment in comments {
                let name = axis.name.get(lang).to_string();
                out.rows
                    .push([framework.id.to_string(), axis.id.to_string(), name]);
                let mut cells = vec![String::new(); FEEDBACK_HEADER.len() - 3];
                cells.push(comment.perspective.code().to_string());
                cells.push(comment.name.clone().unwrap_or_default());
                cells.push(comment.text.clone());
                out.row_cells.push(cells);
            }
        }
    }
    out
}

/// An item's figure cells: "others", each perspective, the view, and three empty comment cells.
fn figure_cells(row: &Row) -> Vec<String> {
    let mut cells = Vec::with_capacity(FEEDBACK_HEADER.len());
    let mut group = |g: &Group| match g.figures {
        Some(f) => cells.extend(
            [f.median, f.min, f.max]
                .map(number)
                .into_iter()
                .chain([g.n.to_string()]),
        ),
        None => cells.extend(std::iter::repeat_n(String::new(), 4)),
    };
    group(&row.others);
    for p in Perspective::ALL {
        group(&row.by[p.index()]);
    }
    cells.push(match row.view {
        Some(View::BlindSpot) => "blind_spot".to_string(),
        Some(View::HiddenStrength) => "hidden_strength".to_string(),
        None => String::new(),
    });
    cells.extend(std::iter::repeat_n(String::new(), 3));
    cells
}

/// A figure as a machine reads it: `3`, `3.5` (a point, whatever the language: the CSV's other
/// numbers are levels, and scripts read it).
fn number(value: f64) -> String {
    format!("{value}")
}

/// The radar's "Others" series: the others' median of each aspect where shown. `None` when no
/// aspect has one (below every threshold), so the radar shows no empty series.
pub fn others_series(summary: &Summary, lang: Lang) -> Option<Series> {
    let values: Vec<Option<f64>> = (summary.axes.iter())
        .map(|row| row.others.figures.map(|f| f.median))
        .collect();
    values.iter().any(Option::is_some).then(|| Series {
        kind: SeriesKind::Others,
        label: F::Others.get(lang).to_string(),
        values,
    })
}

/// `cermin-ask-<framework>-<YYYY-MM-DD>.json`: a request file.
pub fn request_file_name(framework: &str, date_iso: &str) -> String {
    name_of("ask", framework, date_iso)
}

/// `cermin-answer-<framework>-<YYYY-MM-DD>.json`: a response file.
pub fn response_file_name(framework: &str, date_iso: &str) -> String {
    name_of("answer", framework, date_iso)
}

/// Only characters safe in a file name on every system, whatever the caller passed.
fn name_of(what: &str, framework: &str, date_iso: &str) -> String {
    let safe = |s: &str| -> String {
        (s.chars())
            .filter(|&c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            .collect()
    };
    format!("cermin-{what}-{}-{}.json", safe(framework), safe(date_iso))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::charts::radar::{Palette, RadarChart};
    use crate::core::feedback::kept::{keep_request, keep_response};
    use crate::core::feedback::request::Request;
    use crate::core::feedback::response::Response;
    use crate::core::model::frameworks::builtin_framework;
    use crate::core::model::sorted_map::SortedMap;

    fn answer(n: usize, perspective: Perspective, flexibility: u8) -> Response {
        let agility = builtin_framework("agility").unwrap();
        Response {
            id: format!("rs-{n}"),
            at: 1_764_900_000_000,
            request: "rq-1".into(),
            framework: "agility".into(),
            framework_version: agility.version.to_string(),
            perspective,
            ratings: [("agility.flexibility".to_string(), flexibility)]
                .into_iter()
                .collect(),
            comments: SortedMap::new(),
            name: None,
        }
    }

    /// A session that rated flexibility 5, with a supervisor's answer, three colleagues' and
    /// two participants', and two comments (one from a participant, below their threshold).
    fn history() -> History {
        let agility = builtin_framework("agility").unwrap();
        let mut s = Session::new("s-1".into(), 1_764_000_000_000);
        s.ratings.insert("agility.flexibility".into(), 5);
        s.ratings.insert("agility.speed".into(), 2);
        let (id, kept) = keep_request(&Request::new("rq-1", "Ani", agility).unwrap());
        s.feedback.insert(id, kept);
        let mut answers = vec![
            answer(1, Perspective::Supervisor, 4),
            answer(2, Perspective::Colleague, 2),
            answer(3, Perspective::Colleague, 3),
            answer(4, Perspective::Colleague, 4),
            answer(5, Perspective::Participant, 1),
            answer(6, Perspective::Participant, 1),
        ];
        answers[1]
            .comments
            .insert("agility.flexibility".into(), "=cmd|' /C calc'!A0".into());
        answers[1].name = Some("Budi".into());
        answers[4]
            .comments
            .insert("agility.flexibility".into(), "hidden".into());
        for r in &answers {
            let (id, kept) = keep_response(r);
            s.feedback.insert(id, kept);
        }
        let plain = Session::new("s-0".into(), 1_700_000_000_000);
        History::new(vec![s, plain], SortedMap::new())
    }

    fn rows(csv: &str) -> Vec<Vec<String>> {
        // No cell of this test's CSV holds a comma or a quote but the comment, which is last.
        (csv.trim_start_matches('\u{feff}').split("\r\n"))
            .filter(|l| !l.is_empty())
            .map(|l| l.splitn(28, ',').map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn the_csv_gives_figures_only_where_shown_and_comments_as_rows() {
        let history = history();
        let out = csv(&history, &Catalog::default(), Lang::En, 0);
        let rows = rows(&out);
        let header: Vec<&str> = export::CSV_HEADER
            .iter()
            .chain(&FEEDBACK_HEADER)
            .copied()
            .collect();
        assert_eq!(rows[0], header);
        assert!(rows.iter().all(|r| r.len() == header.len()), "{out}");
        let flexibility = rows
            .iter()
            .find(|r| r[3] == "agility.flexibility" && r[5] == "5")
            .unwrap();
        let extra = &flexibility[8..];
        // Others: the supervisor's 4 and the colleagues' 2, 3, 4 (not the two participants).
        assert_eq!(extra[..4], ["3.5", "2", "4", "4"]);
        assert_eq!(extra[4..8], ["4", "4", "4", "1"]);
        assert_eq!(extra[8..12], ["3", "2", "4", "3"]);
        assert_eq!(
            extra[12..16],
            ["", "", "", ""],
            "two participants: below their threshold"
        );
        assert_eq!(extra[16], "blind_spot");
        // Speed: rated by self only, no feedback figures.
        let speed = rows.iter().find(|r| r[3] == "agility.speed").unwrap();
        assert!(speed[8..].iter().all(String::is_empty));
        // One comment row: the colleague's (named, formula made inert), not the participant's.
        let comments: Vec<&Vec<String>> = rows[1..].iter().filter(|r| !r[25].is_empty()).collect();
        assert_eq!(comments.len(), 1, "{out}");
        assert_eq!(comments[0][3], "agility.flexibility");
        assert_eq!(
            comments[0][25..],
            ["colleague", "Budi", "'=cmd|' /C calc'!A0"]
        );
        assert!(!out.contains("hidden"));
    }

    #[test]
    fn without_feedback_the_csv_is_the_plain_one() {
        let mut history = history();
        let plain = Session::new("s-1".into(), 1_764_000_000_000);
        history = History::new(vec![plain, history.sessions()[1].clone()], SortedMap::new());
        let catalog = Catalog::default();
        assert_eq!(
            csv(&history, &catalog, Lang::Id, 0),
            export::csv(&history, &catalog, Lang::Id, 0)
        );
    }

    #[test]
    fn the_radar_and_its_svg_show_others_as_a_series_of_its_own() {
        let history = history();
        let agility = builtin_framework("agility").unwrap();
        let session = history.get("s-1").unwrap();
        let summary = summarise(session, agility);
        let others = others_series(&summary, Lang::Id).unwrap();
        assert_eq!(others.label, "Orang lain");
        assert_eq!(others.values[0], Some(3.5));
        assert!(others.values[1..].iter().all(Option::is_none));
        let current = Series {
            kind: SeriesKind::Current,
            label: "Saat ini".into(),
            values: session.axis_scores(agility),
        };
        let mut chart =
            RadarChart::of_framework(agility, Lang::Id, vec![current.clone()], Palette::LIGHT);
        let without = export::svg(&chart, 480, 420);
        chart.series.push(others);
        let with = export::svg(&chart, 480, 420);
        assert!(
            with.contains(">\nOrang lain\n</text>"),
            "the legend names it"
        );
        assert!(!without.contains("Orang lain"));
        // Its own colour, and its own markers: triangles (polygons) where the current has none.
        let (r, g, b) = Palette::LIGHT.others;
        let colour = format!("#{r:02X}{g:02X}{b:02X}");
        assert!(
            with.contains(&colour) && !without.contains(&colour),
            "{colour}"
        );
        assert!(with.matches("<polygon").count() > without.matches("<polygon").count());
        // No figure shown, no series.
        let below = summarise(&Session::new("x".into(), 1), agility);
        assert_eq!(others_series(&below, Lang::En), None);
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            request_file_name("agility", "2026-05-01"),
            "cermin-ask-agility-2026-05-01.json"
        );
        assert_eq!(
            response_file_name("../x", "2026-05-01"),
            "cermin-answer-x-2026-05-01.json"
        );
    }
}
