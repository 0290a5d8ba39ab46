//! The group's numbers as tables: per axis (the radar's alternative) and per item (levels chosen,
//! median, interquartile range, and the movement between waves).

use crate::core::cohort::figures::{Movement, WaveFigures};
use crate::core::cohort::stats::Summary;
use crate::core::cohort::texts::C;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use std::rc::Rc;
use yew::prelude::*;

/// A figure as the page writes it: up to two decimals, in the language's style.
pub fn figure(lang: Lang, value: f64) -> String {
    let text = lang.decimal(value, 2);
    let text = text.trim_end_matches('0');
    text.trim_end_matches([',', '.']).to_string()
}

/// The waves shown, earliest first.
fn shown<'a>(
    latest: &'a Rc<WaveFigures>,
    before: &'a Option<Rc<WaveFigures>>,
) -> Vec<&'a WaveFigures> {
    before.iter().map(|b| &**b).chain([&**latest]).collect()
}

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub lang: Lang,
    pub framework: &'static Framework,
    pub latest: Rc<WaveFigures>,
    pub before: Option<Rc<WaveFigures>>,
    #[prop_or_default]
    pub moves: Option<Rc<Vec<Movement>>>,
}

fn summary_cells(lang: Lang, summary: &Option<Summary>) -> Html {
    match summary {
        Some(s) => html! { <>
            <td>{ figure(lang, s.min) }</td><td>{ figure(lang, s.q1) }</td>
            <td class="median">{ figure(lang, s.median) }</td>
            <td>{ figure(lang, s.q3) }</td><td>{ figure(lang, s.max) }</td>
        </> },
        None => html! { { for (0..5).map(|_| html! { <td>{ "–" }</td> }) } },
    }
}

#[function_component(AxisTable)]
pub fn axis_table(props: &TableProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let waves = shown(&props.latest, &props.before);
    let two = waves.len() > 1;
    let caption = C::AxisTable.fill(lang, &[("framework", framework.name.get(lang))]);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class="scores axis-table">
                <caption>{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ C::Axis.get(lang) }</th>
                    if two { <th scope="col">{ C::Waves.get(lang) }</th> }
                    <th scope="col">{ C::People.get(lang) }</th>
                    <th scope="col">{ C::Min.get(lang) }</th>
                    <th scope="col">{ C::Q1.get(lang) }</th>
                    <th scope="col">{ C::Median.get(lang) }</th>
                    <th scope="col">{ C::Q3.get(lang) }</th>
                    <th scope="col">{ C::Max.get(lang) }</th>
                </tr></thead>
                <tbody>
                    { for framework.axes.iter().enumerate().flat_map(|(a, axis)| {
                        waves.iter().map(move |w| {
                            let summary = w.axes[a];
                            html! { <tr data-axis={axis.id.clone()} data-wave={format!("{:?}", w.wave).to_lowercase()}>
                                <th scope="row">{ axis.name.get(lang) }</th>
                                if two { <td>{ w.wave.name().get(lang) }</td> }
                                <td>{ summary.map_or(0, |s| s.n) }</td>
                                { summary_cells(lang, &summary) }
                            </tr> }
                        }).collect::<Vec<_>>()
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[function_component(ItemTable)]
pub fn item_table(props: &TableProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let waves = shown(&props.latest, &props.before);
    let two = waves.len() > 1;
    let levels = framework.scale.max();
    let caption = C::ItemTable.fill(lang, &[("framework", framework.name.get(lang))]);
    html! {
        <section class="per-item" aria-labelledby="items-heading">
            <h2 id="items-heading">{ C::PerItem.get(lang) }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label={caption.clone()}>
                <table class="scores item-table">
                    <caption>{ caption }</caption>
                    <thead><tr>
                        <th scope="col">{ C::Item.get(lang) }</th>
                        if two { <th scope="col">{ C::Waves.get(lang) }</th> }
                        <th scope="col">{ C::Rated.get(lang) }</th>
                        { for (1..=levels).map(|l| html! {
                            <th scope="col" title={framework.scale.level(l).map(|x| x.name.get(lang)).unwrap_or_default()}>
                                { C::LevelN.fill(lang, &[("n", &l.to_string())]) }
                            </th>
                        }) }
                        <th scope="col">{ C::Median.get(lang) }</th>
                        <th scope="col">{ C::Iqr.get(lang) }</th>
                        if two {
                            <th scope="col">{ C::Up.get(lang) }</th>
                            <th scope="col">{ C::Same.get(lang) }</th>
                            <th scope="col">{ C::Down.get(lang) }</th>
                        }
                    </tr></thead>
                    <tbody>
                        { for framework.items().enumerate().flat_map(|(i, item)| {
                            let moves = props.moves.clone();
                            let last = waves.len() - 1;
                            waves.iter().enumerate().map(move |(n, w)| {
                                let stats = &w.items[i];
                                let name = item.name.get(lang);
                                let label = if item.code().is_empty() { name.to_string() } else { format!("{} {name}", item.code()) };
                                let (median, iqr) = match stats.summary {
                                    Some(s) => (figure(lang, s.median), format!("{}–{}", figure(lang, s.q1), figure(lang, s.q3))),
                                    None => ("–".into(), "–".into()),
                                };
                                let movement = moves.as_ref().filter(|_| n == last).map(|m| m[i].clone());
                                html! { <tr data-item={item.id.clone()} data-wave={format!("{:?}", w.wave).to_lowercase()}>
                                    <th scope="row">{ label }</th>
                                    if two { <td>{ w.wave.name().get(lang) }</td> }
                                    <td class="rated">{ stats.rated() }</td>
                                    { for stats.counts.iter().map(|c| html! { <td class="count">{ c }</td> }) }
                                    <td class="median">{ median }</td>
                                    <td class="iqr">{ iqr }</td>
                                    if two {
                                        if let Some(m) = movement {
                                            <td class="up">{ m.up }</td><td class="same">{ m.same }</td><td class="down">{ m.down }</td>
                                        } else {
                                            <td></td><td></td><td></td>
                                        }
                                    }
                                </tr> }
                            }).collect::<Vec<_>>()
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
