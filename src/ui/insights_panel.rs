//! Strengths and focus areas beside the chart, each with its level descriptor and the person's note.

use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use crate::core::report::insight::{focus_areas, strengths, Ranked};
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InsightsPanelProps {
    pub framework: &'static Framework,
    pub session: Session,
    pub lang: Lang,
}

/// How many items each list shows.
const SHOWN: usize = 3;

#[function_component(InsightsPanel)]
pub fn insights_panel(props: &InsightsPanelProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let top = strengths(&props.session, framework, SHOWN);
    let focus = focus_areas(&props.session, framework, SHOWN);
    let list = |heading: T, id: &'static str, ranked: Vec<Ranked>| {
        html! {
            <section class="insight" aria-labelledby={id}>
                <h3 {id}>{ heading.get(lang) }</h3>
                if ranked.is_empty() {
                    <p class="muted">{ T::NothingRated.get(lang) }</p>
                } else {
                    <ol>
                        { for ranked.iter().map(|r| {
                            let level = framework.scale.level(r.level);
                            let note = props.session.note(&r.item.id);
                            html! {
                                <li>
                                    <strong>{ r.item.name.get(lang) }</strong>
                                    { format!(" — {}", level.map(|l| l.name.get(lang)).unwrap_or_default()) }
                                    if r.gap() > 0 {
                                        { format!(" ({})", T::Gap.fill(lang, &[("n", &r.gap().to_string())])) }
                                    }
                                    <br />
                                    <span class="muted">{ level.map(|l| l.descriptor.get(lang)).unwrap_or_default() }</span>
                                    if !note.is_empty() {
                                        <blockquote class="item-note">{ note.to_string() }</blockquote>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                }
            </section>
        }
    };
    html! {
        <div class="insights">
            { list(T::Strengths, "strengths-heading", top) }
            { list(T::FocusAreas, "focus-heading", focus) }
        </div>
    }
}
