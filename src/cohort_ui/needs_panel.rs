//! Training needs, ranked: the lowest medians, the largest gaps to the participants' own targets,
//! and the widest spread, each with the item's name.

use super::tables::figure;
use crate::core::cohort::figures::{Needs, WaveFigures};
use crate::core::cohort::texts::C;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NeedsPanelProps {
    pub lang: Lang,
    pub framework: &'static Framework,
    pub figures: Rc<WaveFigures>,
    pub needs: Rc<Needs>,
}

#[function_component(NeedsPanel)]
pub fn needs_panel(props: &NeedsPanelProps) -> Html {
    let lang = props.lang;
    let items = &props.figures.items;
    let list = |class: &'static str,
                title: C,
                ranked: &[usize],
                detail: &dyn Fn(usize) -> String| {
        html! {
            <div class={classes!("need", class)}>
                <h3>{ title.get(lang) }</h3>
                if ranked.is_empty() {
                    <p class="muted">{ C::NoNeeds.get(lang) }</p>
                } else {
                    <ol>
                        { for ranked.iter().map(|&i| {
                            let id = items[i].item.clone();
                            let name = props.framework.item(&id).map_or("", |item| item.name.get(lang));
                            html! { <li data-item={id}><strong>{ name }</strong>{ " — " }{ detail(i) }</li> }
                        }) }
                    </ol>
                }
            </div>
        }
    };
    let median = |i: usize| {
        let m = items[i].summary.map_or(0.0, |s| s.median);
        C::MedianIs.fill(lang, &[("m", &figure(lang, m))])
    };
    let gap = |i: usize| {
        let (g, n) = items[i].gap.unwrap_or((0.0, 0));
        C::GapIs.fill(lang, &[("g", &figure(lang, g)), ("n", &n.to_string())])
    };
    let spread = |i: usize| {
        let q = items[i].summary.map_or(0.0, |s| s.iqr());
        C::IqrIs.fill(lang, &[("q", &figure(lang, q))])
    };
    html! {
        <section class="needs" aria-labelledby="needs-heading">
            <h2 id="needs-heading">{ C::Needs.get(lang) }</h2>
            <p class="muted">{ C::NeedsHelp.get(lang) }</p>
            <div class="needs-lists">
                { list("lowest", C::LowestMedians, &props.needs.lowest, &median) }
                { list("gaps", C::LargestGaps, &props.needs.gaps, &gap) }
                { list("spread", C::WidestSpread, &props.needs.spread, &spread) }
            </div>
        </section>
    }
}
