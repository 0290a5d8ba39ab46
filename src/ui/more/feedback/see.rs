//! What others' responses show beside the self-rating: how many answered per perspective, per item and aspect the self-rating, the others' median and range with the count, blind spots and hidden strengths, the comments per aspect, and what is anonymous.

use crate::core::feedback::summary::{Comment, Group, Row, Summary, View};
use crate::core::feedback::texts::F;
use crate::core::feedback::Perspective;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::texts::T;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SeeProps {
    pub summary: Rc<Summary>,
    pub framework: &'static Framework,
    pub lang: Lang,
}

#[function_component(See)]
pub fn see(props: &SeeProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let summary = &*props.summary;
    let name_of = |id: &str| {
        let item = framework.item(id).map(|i| i.name.get(lang));
        let axis = framework.axes.iter().find(|a| *a.id == *id);
        (item.or(axis.map(|a| a.name.get(lang)))).map_or_else(|| id.to_string(), str::to_string)
    };
    let items: Vec<&Row> = summary.items.iter().chain(&summary.unknown).collect();
    let by_aspect = framework.axes.iter().any(|a| a.items.len() > 1);
    let views = items
        .iter()
        .chain(&summary.axes.iter().collect::<Vec<_>>())
        .any(|r| r.view.is_some());
    let any_comment =
        summary.comments.iter().any(|c| !c.is_empty()) || !summary.other_comments.is_empty();
    html! {
        <div class="feedback-see">
            <ul class="answered">
                { for Perspective::ALL.into_iter().map(|p| html! { <li>{ answered(summary, p, lang) }</li> }) }
            </ul>
            if summary.unread > 0 {
                <p class="notice">{ F::Unread.fill(lang, &[("n", &summary.unread.to_string())]) }</p>
            }
            if by_aspect {
                { table("feedback-by-aspect", F::ByAspect, T::Axis, &summary.axes.iter().collect::<Vec<_>>(), summary, &name_of, lang) }
            }
            { table("feedback-by-item", F::ByItem, T::Item, &items, summary, &name_of, lang) }
            if views {
                <p class="muted"><strong>{ F::BlindSpot.get(lang) }</strong>{ ": " }{ F::BlindSpotHelp.get(lang) }</p>
                <p class="muted"><strong>{ F::HiddenStrength.get(lang) }</strong>{ ": " }{ F::HiddenStrengthHelp.get(lang) }</p>
            }
            if any_comment {
                <h3>{ F::Comments.get(lang) }</h3>
                { for framework.axes.iter().zip(&summary.comments).filter(|(_, c)| !c.is_empty())
                    .map(|(axis, list)| comments(axis.name.get(lang), list, lang)) }
                { for summary.other_comments.iter().map(|(id, list)| comments(id, list, lang)) }
            }
        </div>
    }
}

/// "Colleagues: 4 answers", or below the threshold how many have answered of how many needed.
fn answered(summary: &Summary, p: Perspective, lang: Lang) -> String {
    let n = summary.answered[p.index()];
    let (n_text, m) = (n.to_string(), p.threshold().to_string());
    if summary.shown(p) {
        let count = F::AnsweredCount.fill(lang, &[("n", &n_text)]);
        return format!("{}: {count}", p.name().get(lang));
    }
    match p {
        Perspective::Supervisor => F::WaitingSupervisor.get(lang).to_string(),
        Perspective::Colleague => F::WaitingColleagues.fill(lang, &[("n", &n_text), ("m", &m)]),
        Perspective::Participant => F::WaitingParticipants.fill(lang, &[("n", &n_text), ("m", &m)]),
    }
}

/// A figure as the screen shows it: a level as a whole number, a median between two as `3,5`.
fn figure(value: f64, lang: Lang) -> String {
    let places = if (value - value.round()).abs() < 1e-9 {
        0
    } else {
        1
    };
    lang.decimal(value, places)
}

fn median(group: &Group, lang: Lang) -> String {
    group
        .figures
        .map_or_else(|| "–".to_string(), |f| figure(f.median, lang))
}

/// One table of rows (items or aspects): self, others' median, range and count, each shown
/// perspective's median, and a blind spot or hidden strength.
fn table(
    id: &'static str,
    caption: F,
    first: T,
    rows: &[&Row],
    summary: &Summary,
    name_of: &dyn Fn(&str) -> String,
    lang: Lang,
) -> Html {
    let shown: Vec<Perspective> = (Perspective::ALL.into_iter())
        .filter(|&p| summary.shown(p))
        .collect();
    let caption_id = format!("{id}-caption");
    html! {
        // A wide table scrolls on its own on a phone, not the page; by keyboard too.
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption_id.clone()}>
        <table class="scores" {id}>
            <caption id={caption_id}>{ caption.get(lang) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ first.get(lang) }</th>
                    <th scope="col">{ F::OwnRating.get(lang) }</th>
                    <th scope="col">{ format!("{} ({})", F::Others.get(lang), F::Median.get(lang)) }</th>
                    <th scope="col">{ F::Range.get(lang) }</th>
                    <th scope="col">{ F::Count.get(lang) }</th>
                    { for shown.iter().map(|p| html! {
                        <th scope="col">{ format!("{} ({})", p.name().get(lang), F::Median.get(lang)) }</th>
                    }) }
                    <th scope="col">{ F::SelfVsOthers.get(lang) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr>
                        <th scope="row">{ name_of(&row.id) }</th>
                        <td>{ row.own.map_or_else(|| "–".to_string(), |v| figure(v, lang)) }</td>
                        <td>{ median(&row.others, lang) }</td>
                        <td>{ row.others.figures.map_or_else(|| "–".to_string(),
                            |f| format!("{}–{}", figure(f.min, lang), figure(f.max, lang))) }</td>
                        <td>{ row.others.n }</td>
                        { for shown.iter().map(|p| html! { <td>{ median(&row.by[p.index()], lang) }</td> }) }
                        <td class="view">{ match row.view {
                            Some(View::BlindSpot) => F::BlindSpot.get(lang),
                            Some(View::HiddenStrength) => F::HiddenStrength.get(lang),
                            None => "",
                        } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// The comments on one aspect, sorted, each with its perspective and the rater's name only
/// where they gave it. Rendered as text, whatever they hold.
fn comments(aspect: &str, list: &[Comment], lang: Lang) -> Html {
    html! {
        <>
            <h4>{ aspect.to_string() }</h4>
            <ul class="comments">
                { for list.iter().map(|c| {
                    let from = match &c.name {
                        Some(name) => format!("{} · {name}", c.perspective.name().get(lang)),
                        None => c.perspective.name().get(lang).to_string(),
                    };
                    html! { <li><span class="from">{ from }{ ": " }</span><span class="note-text">{ c.text.clone() }</span></li> }
                }) }
            </ul>
        </>
    }
}
