//! The part of the printed report that the screen shows in editable fields: notes, targets,
//! the overall reflection and the next step, as plain text. Hidden on screen.

use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use crate::core::texts::T;
use crate::ui::framework_about::source_entry;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub framework: &'static Framework,
    pub session: Session,
    pub lang: Lang,
}

#[function_component(PrintReport)]
pub fn print_report(props: &PrintReportProps) -> Html {
    let lang = props.lang;
    let session = &props.session;
    let framework = props.framework;
    let level = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
    let noted = framework
        .items()
        .filter(|item| !session.note(&item.id).is_empty() || session.target(&item.id).is_some());
    html! {
        <section class="print-only print-report" aria-hidden="true">
            <h2>{ T::Note.get(lang) }</h2>
            <table class="scores">
                <thead>
                    <tr>
                        <th scope="col">{ T::Item.get(lang) }</th>
                        <th scope="col">{ T::Current.get(lang) }</th>
                        <th scope="col">{ T::Target.get(lang) }</th>
                        <th scope="col">{ T::Note.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for noted.map(|item| html! {
                        <tr>
                            <th scope="row">{ item.name.get(lang) }</th>
                            <td>{ level(session.rating(&item.id)) }</td>
                            <td>{ level(session.target(&item.id)) }</td>
                            <td class="note-text">{ session.note(&item.id).to_string() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if !session.reflection.is_empty() {
                <h3>{ T::Reflection.get(lang) }</h3>
                <p class="note-text">{ session.reflection.clone() }</p>
            }
            if !session.next_step.is_empty() {
                <h3>{ T::NextStep.get(lang) }</h3>
                <p class="note-text">{ session.next_step.clone() }</p>
            }
            <h3>{ T::Sources.get(lang) }</h3>
            <p>{ T::FrameworkVersion.fill(lang, &[("framework", framework.name.get(lang)), ("version", &framework.version)]) }</p>
            <ol class="references">
                { for framework.sources.iter().map(|s| source_entry(s, lang)) }
            </ol>
        </section>
    }
}
