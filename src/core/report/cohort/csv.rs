//! The cohort page's two CSV tables: the summary (per framework, aspect and item, per wave) and one
//! row per participant, wave and item.
//!
//! Names appear only through [`Participant::shown_name`], so hiding names hides them everywhere.

use super::figures::{movement, wave_figures, WaveFigures};
use super::files::waves;
use super::group::{Cohort, Participant};
use super::stats::Summary;
use crate::core::dates::DateTime;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::report::export::push_row;

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

/// A figure as spreadsheets read it in any locale's CSV import: a dot, at most two decimals.
fn number(value: f64) -> String {
    Lang::En
        .decimal(value, 2)
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string()
}

/// The summary table of the given frameworks: per axis and per item, per wave shown, the
/// figures on screen; quartiles of type 7, decimals with a dot.
pub fn summary_csv(cohort: &Cohort, frameworks: &[&Framework], lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, &SUMMARY_HEADER);
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
            let summary_cells = |s: &Option<Summary>| -> Vec<String> {
                match s {
                    Some(s) => [s.min, s.q1, s.median, s.q3, s.max].map(number).to_vec(),
                    None => vec![String::new(); 5],
                }
            };
            for (axis, summary) in framework.axes.iter().zip(&figures.axes) {
                let mut cells = vec![
                    code.to_string(),
                    "aspect".into(),
                    axis.id.to_string(),
                    axis.name.get(lang).to_string(),
                    wave.to_string(),
                    summary.map_or(0, |s| s.n).to_string(),
                ];
                cells.extend(summary_cells(summary));
                cells.resize(SUMMARY_HEADER.len(), String::new());
                push_cells(&mut out, &cells);
            }
            for (n, stats) in figures.items.iter().enumerate() {
                let name = framework
                    .item(&stats.item)
                    .map_or("", |item| item.name.get(lang));
                let mut cells = vec![
                    code.to_string(),
                    "item".into(),
                    stats.item.clone(),
                    name.to_string(),
                    wave.to_string(),
                    stats.rated().to_string(),
                ];
                cells.extend(summary_cells(&stats.summary));
                let mut levels: Vec<String> = stats.counts.iter().map(|c| c.to_string()).collect();
                levels.resize(8, String::new());
                cells.extend(levels);
                cells.push(stats.gap.map_or(String::new(), |(g, _)| number(g)));
                match (&moves, figures.wave == latest) {
                    (Some(moves), true) => {
                        let m = &moves[n];
                        cells.extend([m.up, m.same, m.down].map(|v| v.to_string()));
                    }
                    _ => cells.extend([String::new(), String::new(), String::new()]),
                }
                push_cells(&mut out, &cells);
            }
        }
    }
    out
}

fn push_cells(out: &mut String, cells: &[String]) {
    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
    push_row(out, &cells);
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
    let mut out = String::from("\u{feff}");
    push_row(&mut out, &ROWS_HEADER);
    let (latest, before) = waves(cohort);
    for wave in before.into_iter().chain([latest]) {
        for (person, session) in cohort.in_wave(wave) {
            let date = DateTime::from_epoch_ms(session.created, offset_minutes).iso_date();
            for framework in frameworks {
                for item in framework.items() {
                    let (rating, target) = (session.rating(&item.id), session.target(&item.id));
                    if rating.is_none() && target.is_none() {
                        continue;
                    }
                    let level = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
                    push_cells(
                        &mut out,
                        &[
                            person.shown_name(hide_names).to_string(),
                            wave.name().get(lang).to_string(),
                            date.clone(),
                            framework.id.to_string(),
                            item.id.to_string(),
                            item.name.get(lang).to_string(),
                            level(rating),
                            level(target),
                            file_of(person, hide_names),
                        ],
                    );
                }
            }
        }
    }
    out
}

fn file_of(person: &Participant, hide_names: bool) -> String {
    if hide_names {
        String::new()
    } else {
        person.file.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::frameworks::catalog::builtin_framework;
    use crate::core::report::cohort::files::tests::cohort;

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
