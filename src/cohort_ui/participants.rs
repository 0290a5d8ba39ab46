//! The participants: name or pseudonym (or P01, P02, … when names are hidden), the dates of the
//! sessions that count, and how much of the framework each rated.

use crate::core::cohort::figures::rated;
use crate::core::cohort::group::Cohort;
use crate::core::cohort::texts::C;
use crate::core::cohort::Wave;
use crate::core::dates::DateTime;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::ui::browser::offset_minutes;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParticipantsProps {
    pub lang: Lang,
    pub cohort: Rc<Cohort>,
    pub framework: &'static Framework,
    pub hide_names: bool,
}

#[function_component(Participants)]
pub fn participants(props: &ParticipantsProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let two = props.cohort.has_after();
    let waves: Vec<Wave> = if two {
        Wave::ALL.to_vec()
    } else {
        vec![Wave::Before]
    };
    let date = |ms: i64| DateTime::from_epoch_ms(ms, offset_minutes(ms)).date(lang);
    html! {
        <section class="participants" aria-labelledby="people-heading">
            <h2 id="people-heading">{ C::Participants.get(lang) }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label={C::PeopleTable.get(lang)}>
                <table class="scores people-table">
                    <caption class="visually-hidden">{ C::PeopleTable.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ C::Participant.get(lang) }</th>
                        { for waves.iter().map(|w| html! {
                            <th scope="col">{ if two { C::SessionDate.fill(lang, &[("wave", w.name().get(lang))]) } else { C::SessionDate.fill(lang, &[("wave", "")]).trim().to_string() } }</th>
                        }) }
                        <th scope="col">{ C::Completeness.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for props.cohort.participants.iter().map(|p| {
                            let latest = p.session(Wave::After).or(p.session(Wave::Before));
                            let (n, m) = latest.map_or((0, framework.items().count()), |s| rated(s, framework));
                            html! { <tr>
                                <th scope="row" class="person">
                                    { p.shown_name(props.hide_names) }
                                    if p.superseded > 0 {
                                        <span class="muted">{ " (" }{ C::Superseded.fill(lang, &[("n", &p.superseded.to_string())]) }{ ")" }</span>
                                    }
                                </th>
                                { for waves.iter().map(|&w| html! {
                                    <td>{ p.session(w).map(|s| date(s.created)).unwrap_or_else(|| "–".into()) }</td>
                                }) }
                                <td>{ C::OfTotal.fill(lang, &[("n", &n.to_string()), ("m", &m.to_string())]) }</td>
                            </tr> }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
