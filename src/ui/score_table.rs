//! The chart's text alternative: a real table with the same numbers the radar shows.

use crate::core::frameworks::FrameworkId;
use crate::core::i18n::Lang;
use crate::core::session::Session;
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreTableProps {
    pub framework: FrameworkId,
    pub session: Session,
    pub lang: Lang,
}

#[function_component(ScoreTable)]
pub fn score_table(props: &ScoreTableProps) -> Html {
    let lang = props.lang;
    let framework = props.framework.framework();
    let scores = props.session.axis_scores(framework);
    let max = framework.scale.max();
    html! {
        <table class="scores">
            <caption>{ T::TableCaption.fill(lang, &[("framework", framework.name.get(lang))]) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ T::Axis.get(lang) }</th>
                    <th scope="col">{ T::Current.get(lang) }</th>
                </tr>
            </thead>
            <tbody>
                { for framework.axes.iter().zip(&scores).map(|(axis, score)| html! {
                    <tr>
                        <th scope="row">{ axis.name.get(lang) }</th>
                        <td>{ match score {
                            Some(v) => format!("{} / {max}", lang.decimal(*v, 1)),
                            None => "–".to_string(),
                        } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
