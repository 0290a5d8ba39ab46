//! The per-item change between the session on screen and the compared one.

use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use crate::core::report::insight::deltas;
use crate::core::texts::T;
use crate::ui::score_table::change;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    pub framework: &'static Framework,
    pub now: Session,
    pub before: Session,
    /// The compared session's legend label ("Compared: 3 Mar 2026").
    pub label: AttrValue,
    pub lang: Lang,
}

#[function_component(CompareTable)]
pub fn compare_table(props: &CompareTableProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let rows = deltas(&props.now, &props.before, framework);
    let level = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
    html! {
        <table class="scores deltas">
            <caption>{ format!("{} — {}", T::Change.get(lang), props.label) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ T::Item.get(lang) }</th>
                    <th scope="col">{ T::Current.get(lang) }</th>
                    <th scope="col">{ props.label.clone() }</th>
                    <th scope="col">{ T::Change.get(lang) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|d| html! {
                    <tr>
                        <th scope="row">{ d.item.name.get(lang) }</th>
                        <td>{ level(d.now) }</td>
                        <td>{ level(d.before) }</td>
                        <td>{ change(d.now.map(f64::from), d.before.map(f64::from), lang) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
