//! The saved sessions, newest first, each with its date and an Open button.

use super::browser::offset_minutes;
use crate::core::dates::DateTime;
use crate::core::history::History;
use crate::core::i18n::Lang;
use crate::core::texts::T;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistoryListProps {
    pub history: Rc<History>,
    /// The id of the session on screen.
    pub open: String,
    pub lang: Lang,
    pub on_open: Callback<String>,
}

#[function_component(HistoryList)]
pub fn history_list(props: &HistoryListProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{ T::History.get(lang) }</h2>
            if props.history.is_empty() {
                <p class="muted">{ T::HistoryEmpty.get(lang) }</p>
            } else {
                <ol class="history-list">
                    { for props.history.sessions().iter().map(|session| {
                        let when = DateTime::from_epoch_ms(session.created, offset_minutes(session.created))
                            .date_time(lang);
                        let is_open = session.id == props.open;
                        let on_open = props.on_open.clone();
                        let id = session.id.clone();
                        html! {
                            <li key={session.id.clone()} class={classes!(is_open.then_some("open"))}>
                                <span class="when">{ when.clone() }</span>
                                if !session.label.is_empty() {
                                    <span class="label">{ session.label.clone() }</span>
                                }
                                if is_open {
                                    <span class="muted">{ T::OpenNow.get(lang) }</span>
                                } else {
                                    <button type="button" aria-label={format!("{} {when}", T::Open.get(lang))}
                                        onclick={Callback::from(move |_| on_open.emit(id.clone()))}>
                                        { T::Open.get(lang) }
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}
