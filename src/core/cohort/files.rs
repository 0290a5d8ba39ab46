//! What the cohort page draws and exports: the group radar's data, its SVG, and the file names
//! (the two CSV tables are in `csv`).

use super::figures::WaveFigures;
use super::group::Cohort;
use super::radar::{self, CohortRadar, Legend, Spread};
use super::stats::Summary;
use super::Wave;
use crate::core::charts::radar::{Palette, RadarChart};
use crate::core::cohort::texts::C;
use crate::core::export::{render, sanitize_for_xml};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;

/// The waves to show: the latest in full, and the one before it when there are two.
pub fn waves(cohort: &Cohort) -> (Wave, Option<Wave>) {
    let has_before = cohort.in_wave(Wave::Before).next().is_some();
    match (cohort.has_after(), has_before) {
        (true, true) => (Wave::After, Some(Wave::Before)),
        (true, false) => (Wave::After, None),
        _ => (Wave::Before, None),
    }
}

fn spread(s: &Summary) -> Spread {
    Spread {
        min: s.min,
        q1: s.q1,
        median: s.median,
        q3: s.q3,
        max: s.max,
    }
}

/// The group radar of one framework, from the figures of the waves shown.
pub fn cohort_radar(
    framework: &Framework,
    latest: &WaveFigures,
    before: Option<&WaveFigures>,
    lang: Lang,
    palette: Palette,
) -> CohortRadar {
    let median = match before {
        Some(_) => C::MedianOf.fill(lang, &[("wave", latest.wave.name().get(lang))]),
        None => C::Median.get(lang).to_string(),
    };
    CohortRadar {
        frame: RadarChart::of_framework(framework, lang, Vec::new(), palette),
        latest: if latest.people == 0 {
            Vec::new()
        } else {
            latest.axes.iter().map(|a| a.as_ref().map(spread)).collect()
        },
        before: before.map(|b| b.axes.iter().map(|a| a.map(|s| s.median)).collect()),
        legend: Legend {
            median,
            band: C::Band.get(lang).to_string(),
            min: C::Min.get(lang).to_string(),
            max: C::Max.get(lang).to_string(),
            before: C::MedianOf.fill(lang, &[("wave", Wave::Before.name().get(lang))]),
        },
    }
}

/// The group radar as an SVG document, drawn by the same function as the screen.
pub fn cohort_svg(chart: &CohortRadar, width: u32, height: u32) -> String {
    let mut chart = chart.clone();
    let legend = &mut chart.legend;
    let texts = [
        &mut legend.median,
        &mut legend.band,
        &mut legend.min,
        &mut legend.max,
        &mut legend.before,
    ];
    for text in texts
        .into_iter()
        .chain(&mut chart.frame.title)
        .chain(&mut chart.frame.axis_labels)
    {
        *text = sanitize_for_xml(text);
    }
    render(width, height, |area| radar::draw_cohort(area, &chart))
}

/// `cermin-cohort-<what>-<YYYY-MM-DD>.<extension>`.
pub fn cohort_file_name(what: &str, date_iso: &str, extension: &str) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .filter(|&c| c.is_ascii_alphanumeric() || c == '-')
            .collect()
    };
    format!(
        "cermin-cohort-{}-{}.{}",
        safe(what),
        safe(date_iso),
        safe(extension)
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::cohort::figures::wave_figures;
    use crate::core::cohort::intake::{Source, Submission};
    use crate::core::cohort::WaveRule;
    use crate::core::model::frameworks::catalog::builtin_framework;
    use crate::core::model::session::Session;

    pub(crate) fn person(name: &str, wave: Wave, created: i64, speed: u8) -> Submission {
        let mut s = Session::new(format!("{}-{created}", name.len()), created);
        s.ratings.insert("agility.speed".into(), speed);
        s.targets.insert("agility.speed".into(), 5);
        Submission {
            file: format!("{name}.json"),
            name: Some(name.into()),
            sessions: vec![s],
            source: Source::Share,
            wave,
            frameworks: Vec::new(),
        }
    }

    pub(crate) fn cohort() -> Cohort {
        let files = [
            person("Ani Wijaya", Wave::Before, 1, 2),
            person("Ani Wijaya", Wave::After, 9, 4),
            person("=Budi", Wave::Before, 2, 3),
            person("=Budi", Wave::After, 8, 3),
        ];
        Cohort::assemble(&files, WaveRule::ByFile)
    }

    #[test]
    fn the_svg_is_drawn_by_the_same_function_and_safe_xml() {
        let agility = builtin_framework("agility").unwrap();
        let c = cohort();
        let latest = wave_figures(&c, agility, Wave::After);
        let before = wave_figures(&c, agility, Wave::Before);
        let mut chart = cohort_radar(agility, &latest, Some(&before), Lang::En, Palette::LIGHT);
        chart.frame.title = vec!["Class \u{1} <7>".into()];
        let svg = cohort_svg(&chart, 640, 640);
        assert!(svg.contains("Class  &lt;7&gt;") && svg.contains("Median After"));
        assert!(svg.contains("Median Before") && svg.contains("Speed"));
        assert_eq!(
            cohort_file_name("radar", "2026-11-28", "svg"),
            "cermin-cohort-radar-2026-11-28.svg"
        );
    }
}
