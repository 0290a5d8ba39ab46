//! Choosing an earlier session to overlay on the radar, or the previous one in one click.

use super::browser::offset_minutes;
use crate::core::dates::DateTime;
use crate::core::i18n::Lang;
use crate::core::model::history::History;
use crate::core::texts::T;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareBarProps {
    pub history: Rc<History>,
    /// The session on screen, which is not offered.
    pub open: String,
    pub compare: Option<String>,
    pub lang: Lang,
    pub on_compare: Callback<Option<String>>,
    pub on_previous: Callback<()>,
}

/// How a session is named in lists: its date and time, and its label if it has one.
pub fn session_name(created: i64, label: &str, lang: Lang) -> String {
    let when = DateTime::from_epoch_ms(created, offset_minutes(created)).date_time(lang);
    // Lists show the start of a long label; the whole label is in the session's own field.
    const SHOWN: usize = 60;
    match label.char_indices().nth(SHOWN) {
        _ if label.is_empty() => when,
        None => format!("{when} · {label}"),
        Some((cut, _)) => format!("{when} · {}…", &label[..cut]),
    }
}

/// How many earlier sessions the select offers.
const LISTED: usize = 30;

#[function_component(CompareBar)]
pub fn compare_bar(props: &CompareBarProps) -> Html {
    let lang = props.lang;
    let on_change = {
        let on_compare = props.on_compare.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            on_compare.emit((!value.is_empty()).then_some(value))
        })
    };
    let on_previous = props.on_previous.reform(|_: MouseEvent| ());
    // The newest sessions, and the compared one wherever it is; any older session can be
    // compared from its entry in History. A select of a thousand options would be slow and long.
    let others = props
        .history
        .sessions()
        .iter()
        .filter(|s| s.id != props.open)
        .enumerate()
        .filter(|(i, s)| *i < LISTED || props.compare.as_deref() == Some(s.id.as_str()))
        .map(|(_, s)| s);
    html! {
        <div class="compare-bar">
            <label for="compare-select">{ T::CompareWith.get(lang) }</label>
            <select id="compare-select" onchange={on_change}>
                <option value="" selected={props.compare.is_none()}>{ T::CompareNone.get(lang) }</option>
                { for others.map(|s| html! {
                    <option value={s.id.clone()} selected={props.compare.as_deref() == Some(s.id.as_str())}>
                        { session_name(s.created, &s.label, lang) }
                    </option>
                }) }
            </select>
            <button type="button" onclick={on_previous}>{ T::ComparePrevious.get(lang) }</button>
        </div>
    }
}
