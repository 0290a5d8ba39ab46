//! What the radar shows for a state: the current ratings, the targets, a compared session and others' view.

use crate::core::charts::radar::{Palette, RadarChart, Series, SeriesKind};
use crate::core::dates::DateTime;
use crate::core::state::State;
use crate::core::texts::T;

/// Others' view of one session on one framework (`core::feedback::export::others_series`):
/// shown while both are on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Others {
    pub session: String,
    pub framework: String,
    pub series: Series,
}

/// The radar of the framework on screen. `offset_minutes` dates the compared session's legend.
pub fn radar_chart(state: &State, palette: Palette, offset_minutes: i64) -> RadarChart {
    let lang = state.lang;
    let framework = state.framework;
    let mut series = vec![Series {
        kind: SeriesKind::Current,
        label: T::Current.get(lang).to_string(),
        values: state.draft.axis_scores(framework),
    }];
    let targets = state.draft.target_scores(framework);
    if targets.iter().any(Option::is_some) {
        series.push(Series {
            kind: SeriesKind::Target,
            label: T::Target.get(lang).to_string(),
            values: targets,
        });
    }
    if let Some(others) = &state.others {
        if others.session == state.draft.id && others.framework == *framework.id {
            series.push(others.series.clone());
        }
    }
    // Last: the shell names the compared session in its tables by the last series' label.
    if let Some(compared) = state.compared() {
        let date = DateTime::from_epoch_ms(compared.created, offset_minutes).date(lang);
        series.push(Series {
            kind: SeriesKind::Compare,
            label: T::Compared.fill(lang, &[("date", &date)]),
            values: compared.axis_scores(framework),
        });
    }
    RadarChart::of_framework(framework, lang, series, palette)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Lang;
    use crate::core::model::frameworks::builtin_framework;
    use crate::core::state::{Action, Loaded};

    #[test]
    fn shows_targets_and_the_compared_session_only_when_there_are_some() {
        let s = State::new(
            Lang::En,
            builtin_framework("agility").unwrap(),
            Loaded::default(),
            "a".into(),
            0,
        );
        let kinds = |s: &State| -> Vec<SeriesKind> {
            radar_chart(s, Palette::LIGHT, 0)
                .series
                .iter()
                .map(|x| x.kind)
                .collect()
        };
        assert_eq!(kinds(&s), [SeriesKind::Current]);
        let s = s
            .apply(Action::SetTarget {
                item: "agility.speed".into(),
                level: Some(4),
            })
            .unwrap()
            .apply(Action::Save { now: 1 })
            .unwrap()
            .apply(Action::NewSession {
                id: "b".into(),
                now: 86_400_000,
                prefill: false,
            })
            .unwrap()
            .apply(Action::ComparePrevious)
            .unwrap();
        let chart = radar_chart(&s, Palette::LIGHT, 0);
        assert_eq!(kinds(&s), [SeriesKind::Current, SeriesKind::Compare]);
        assert_eq!(chart.series[1].label, "Compared: 1 Jan 1970");
        assert_eq!(chart.axis_labels.len(), 9);
        assert_eq!(chart.max, 5);
    }
}
