//! The saved sessions, newest first, each with its date, label, and Open and Delete buttons.

use super::compare_bar::session_name;
use crate::core::i18n::Lang;
use crate::core::model::history::History;
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
    pub on_delete: Callback<String>,
    pub on_compare: Callback<Option<String>>,
}

/// Sessions listed at first, and added per "show more": a long history must not slow the page.
pub(super) const PAGE: usize = 20;

#[function_component(HistoryList)]
pub fn history_list(props: &HistoryListProps) -> Html {
    let lang = props.lang;
    let shown = use_state(|| PAGE);
    let hidden = props.history.len().saturating_sub(*shown);
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{ T::History.get(lang) }</h2>
            if props.history.is_empty() {
                <p class="muted">{ T::HistoryEmpty.get(lang) }</p>
            } else {
                <ol class="history-list">
                    { for props.history.sessions().iter().take(*shown).map(|session| {
                        let name = session_name(session.created, &session.label, lang);
                        let is_open = session.id == props.open;
                        let on_open = props.on_open.reform({
                            let id = session.id.clone();
                            move |_: MouseEvent| id.clone()
                        });
                        let on_delete = props.on_delete.reform({
                            let id = session.id.clone();
                            move |_: MouseEvent| id.clone()
                        });
                        let on_compare = props.on_compare.reform({
                            let id = session.id.clone();
                            move |_: MouseEvent| Some(id.clone())
                        });
                        html! {
                            <li key={session.id.clone()} class={classes!(is_open.then_some("open"))}>
                                <span class="when">{ name.clone() }</span>
                                if is_open {
                                    <span class="muted">{ T::OpenNow.get(lang) }</span>
                                } else {
                                    <button type="button" aria-label={format!("{} {name}", T::Open.get(lang))}
                                        onclick={on_open}>{ T::Open.get(lang) }</button>
                                    <button type="button" aria-label={format!("{} {name}", T::CompareWith.get(lang))}
                                        onclick={on_compare}>{ T::CompareWith.get(lang) }</button>
                                }
                                <button type="button" class="danger" aria-label={format!("{} {name}", T::Delete.get(lang))}
                                    onclick={on_delete}>{ T::Delete.get(lang) }</button>
                            </li>
                        }
                    }) }
                </ol>
                if hidden > 0 {
                    <button type="button" onclick={show_more}>
                        { T::ShowMore.fill(lang, &[("n", &hidden.min(PAGE).to_string())]) }
                    </button>
                }
            }
        </section>
    }
}
