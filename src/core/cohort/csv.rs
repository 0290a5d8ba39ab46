//! The cohort page's two tables, as CSV (and as rows of cells, which its workbook writes too):
//! the summary (per framework, aspect and item, per wave) and one row per participant, wave and
//! item.
//!
//! Names appear only through [`Participant::shown_name`], so hiding names hides them everywhere.

use super::figures::{movement, wave_figures, WaveFigures};
use super::files::waves;
use super::group::{Cohort, Participant};
use super::stats::Summary;
use crate::core::dates::DateTime;
use crate::core::export::table::{table_csv, Cell};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;

/// Stable machine headers of the summary table (the same in both languages).
pub const SUMMARY_HEADER: [&str; 23] = [
    "framework",
    "kind",
    "id",
    "name",
    "wave",
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
];

/// The summary table of the given frameworks: per axis and per item, per wave shown, the
/// figures on screen; quartiles of type 7, decimals with a dot.
pub fn summary_csv(cohort: &Cohort, frameworks: &[&Framework], lang: Lang) -> String {
    table_csv(&SUMMARY_HEADER, &summary_rows(cohort, frameworks, lang))
}

/// The summary table's rows (under [`SUMMARY_HEADER`]).
pub fn summary_rows(cohort: &Cohort, frameworks: &[&Framework], lang: Lang) -> Vec<Vec<Cell>> {
    let mut out = Vec::new();
    let (latest, before) = waves(cohort);
    for framework in frameworks {
        let code = &*framework.id;
        let shown: Vec<WaveFigures> = before
            .into_iter()
            .chain([latest])
            .map(|wave| wave_figures(cohort, framework, wave))
            .collect();
        let moves = before.map(|_| movement(cohort, framework));
        for figures in &shown {
            let wave = figures.wave.name().get(lang);
            let summary_cells = |s: &Option<Summary>| -> Vec<Cell> {
                match s {
                    Some(s) => [s.min, s.q1, s.median, s.q3, s.max]
                        .map(Cell::Number)
                        .to_vec(),
                    None => vec![Cell::Empty; 5],
                }
            };
            let count = |n: usize| Cell::Number(n as f64);
            for (axis, summary) in framework.axes.iter().zip(&figures.axes) {
                let mut cells = vec![
                    Cell::text(code),
                    Cell::text("aspect"),
                    Cell::text(&*axis.id),
                    Cell::text(axis.name.get(lang)),
                    Cell::text(wave),
                    count(summary.map_or(0, |s| s.n)),
                ];
                cells.extend(summary_cells(summary));
                cells.resize(SUMMARY_HEADER.len(), Cell::Empty);
                out.push(cells);
            }
            for (n, stats) in figures.items.iter().enumerate() {
                let name = framework
                    .item(&stats.item)
                    .map_or("", |item| item.name.get(lang));
                let mut cells = vec![
                    Cell::text(code),
                    Cell::text("item"),
                    Cell::text(&stats.item),
                    Cell::text(name),
                    Cell::text(wave),
                    count(stats.rated()),
                ];
                cells.extend(summary_cells(&stats.summary));
                let mut levels: Vec<Cell> = stats.counts.iter().map(|&c| count(c)).collect();
                levels.resize(8, Cell::Empty);
                cells.extend(levels);
                cells.push(stats.gap.map_or(Cell::Empty, |(g, _)| Cell::Number(g)));
                match (&moves, figures.wave == latest) {
                    (Some(moves), true) => {
                        let m = &moves[n];
                        cells.extend([m.up, m.same, m.down].map(count));
                    }
                    _ => cells.extend([Cell::Empty, Cell::Empty, Cell::Empty]),
                }
                out.push(cells);
            }
        }
    }
    out
}

/// Stable machine headers of the per-participant table.
pub const ROWS_HEADER: [&str; 9] = [
    "participant",
    "wave",
    "session_date",
    "framework",
    "item_id",
    "item_name",
    "rating",
    "target",
    "file",
];

/// One row per participant, wave and item they rated or set a target for, in the given
/// frameworks. With names hidden the participant is their code and the file column is empty.
pub fn rows_csv(
    cohort: &Cohort,
    frameworks: &[&Framework],
    lang: Lang,
    hide_names: bool,
    offset_minutes: i64,
) -> String {
    let rows = participant_rows(cohort, frameworks, lang, hide_names, offset_minutes);
    table_csv(&ROWS_HEADER, &rows)
}

/// The per-participant table's rows (under [`ROWS_HEADER`]).
pub fn participant_rows(
    cohort: &Cohort,
    frameworks: &[&Framework],
    lang: Lang,
    hide_names: bool,
    offset_minutes: i64,
) -> Vec<Vec<Cell>> {
    let mut out = Vec::new();
    let (latest, before) = waves(cohort);
    for wave in before.into_iter().chain([latest]) {
        for (person, session) in cohort.in_wave(wave) {
            let date = DateTime::from_epoch_ms(session.created, offset_minutes);
            for framework in frameworks {
                for item in framework.items() {
                    let (rating, target) = (session.rating(&item.id), session.target(&item.id));
                    if rating.is_none() && target.is_none() {
                        continue;
                    }
                    out.push(vec![
                        Cell::text(person.shown_name(hide_names)),
                        Cell::text(wave.name().get(lang)),
                        Cell::Date(date),
                        Cell::text(&*framework.id),
                        Cell::text(&*item.id),
                        Cell::text(item.name.get(lang)),
                        Cell::level(rating),
                        Cell::level(target),
                        Cell::text(file_of(person, hide_names)),
                    ]);
                }
            }
        }
    }
    out
}

fn file_of(person: &Participant, hide_names: bool) -> &str {
    if hide_names {
        ""
    } else {
        &person.file
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cohort::files::tests::cohort;
    use crate::core::model::frameworks::catalog::builtin_framework;

    fn rows(csv: &str) -> Vec<Vec<String>> {
        csv.trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| l.split(',').map(String::from).collect())
            .collect()
    }

    #[test]
    fn the_summary_holds_each_waves_figures_and_the_movement() {
        let agility = builtin_framework("agility").unwrap();
        let table = rows(&summary_csv(&cohort(), &[agility], Lang::En));
        assert_eq!(table[0], SUMMARY_HEADER);
        let speed: Vec<_> = table
            .iter()
            .filter(|r| r[1] == "item" && r[2] == "agility.speed")
            .collect();
        assert_eq!(speed.len(), 2);
        let (before, after) = (speed[0], speed[1]);
        assert_eq!(
            &before[3..11],
            ["Speed", "Before", "2", "2", "2.25", "2.5", "2.75", "3"]
        );
        assert_eq!(
            &after[4..11],
            ["After", "2", "3", "3.25", "3.5", "3.75", "4"]
        );
        assert_eq!(&after[11..19], ["0", "0", "1", "1", "0", "", "", ""]);
        assert_eq!(after[19], "1.5");
        assert_eq!(&after[20..], ["1", "1", "0"]);
        assert_eq!(&before[20..], ["", "", ""]);
        let axis = table
            .iter()
            .find(|r| r[1] == "aspect" && r[2] == "agility.speed")
            .unwrap();
        assert_eq!((axis[4].as_str(), axis[8].as_str()), ("Before", "2.5"));
    }

    #[test]
    fn hidden_names_leave_no_name_in_the_rows() {
        let agility = builtin_framework("agility").unwrap();
        let shown = rows_csv(&cohort(), &[agility], Lang::Id, false, 0);
        assert!(shown.contains("Ani Wijaya") && shown.contains("'=Budi"));
        let hidden = rows_csv(&cohort(), &[agility], Lang::Id, true, 0);
        assert!(
            !hidden.contains("Ani") && !hidden.contains("Budi"),
            "{hidden}"
        );
        let table = rows(&hidden);
        assert_eq!(table[0], ROWS_HEADER);
        assert_eq!(table.len(), 5);
        assert_eq!(&table[1][..2], ["P01", "Sebelum"]);
        assert_eq!(&table[4][..2], ["P02", "Sesudah"]);
        assert_eq!(&table[1][6..], ["2", "5", ""]);
    }
}
