//! The chart's text alternative: a real table with the numbers the radar shows (current, target,
//! compared session, and the change).

use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreTableProps {
    pub framework: &'static Framework,
    pub session: Session,
    /// The compared session and its legend label ("Compared: 3 Mar 2026").
    #[prop_or_default]
    pub compared: Option<(Session, String)>,
    pub lang: Lang,
}

#[function_component(ScoreTable)]
pub fn score_table(props: &ScoreTableProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let max = framework.scale.max();
    let current = props.session.axis_scores(framework);
    let targets = props.session.target_scores(framework);
    let has_targets = targets.iter().any(Option::is_some);
    let before = props
        .compared
        .as_ref()
        .map(|(s, _)| s.axis_scores(framework));
    let cell = |score: Option<f64>| match score {
        Some(v) => format!("{} / {max}", lang.decimal(v, 1)),
        None => "–".to_string(),
    };
    html! {
        <table class="scores">
            <caption>{ T::TableCaption.fill(lang, &[("framework", framework.name.get(lang))]) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ T::Axis.get(lang) }</th>
                    <th scope="col">{ T::Current.get(lang) }</th>
                    if has_targets {
                        <th scope="col">{ T::Target.get(lang) }</th>
                    }
                    if let Some((_, label)) = &props.compared {
                        <th scope="col">{ label.clone() }</th>
                        <th scope="col">{ T::Change.get(lang) }</th>
                    }
                </tr>
            </thead>
            <tbody>
                { for framework.axes.iter().enumerate().map(|(i, axis)| html! {
                    <tr>
                        <th scope="row">{ axis.name.get(lang) }</th>
                        <td>{ cell(current[i]) }</td>
                        if has_targets {
                            <td>{ cell(targets[i]) }</td>
                        }
                        if let Some(before) = &before {
                            <td>{ cell(before[i]) }</td>
                            <td>{ change(current[i], before[i], lang) }</td>
                        }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// "▲ up +1,5": an arrow for the eye and words for everyone; colour is never the only cue.
pub fn change(now: Option<f64>, before: Option<f64>, lang: Lang) -> Html {
    let (Some(now), Some(before)) = (now, before) else {
        return html! { "–" };
    };
    let delta = now - before;
    let (class, arrow, word) = if delta > 0.05 {
        ("up", "▲", T::Up)
    } else if delta < -0.05 {
        ("down", "▼", T::Down)
    } else {
        ("same", "=", T::Same)
    };
    let sign = if delta > 0.05 { "+" } else { "" };
    html! {
        <span class={classes!("change", class)}>
            <span aria-hidden="true">{ arrow }{ " " }</span>
            { word.get(lang) }{ " " }{ format!("{sign}{}", lang.decimal(delta, 1)) }
        </span>
    }
}
