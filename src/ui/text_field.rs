//! A multi-line text field with the note limit and a character counter that appears near it.

use crate::core::i18n::Lang;
use crate::core::model::session::NOTE_LIMIT;
use crate::core::texts::T;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The accessible name.
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    pub lang: Lang,
    pub on_change: Callback<String>,
}

/// The counter shows from this share of the limit on, so it is there when it matters.
const COUNTER_FROM: usize = NOTE_LIMIT * 9 / 10;

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let on_input = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            on_change.emit(event.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let used = props.value.chars().count();
    html! {
        <div class="text-field">
            <textarea aria-label={props.label.clone()} value={props.value.clone()}
                placeholder={props.placeholder.clone()} maxlength={NOTE_LIMIT.to_string()}
                rows="3" oninput={on_input} />
            if used >= COUNTER_FROM {
                <p class="counter" aria-live="polite">
                    { T::CharsUsed.fill(props.lang, &[("n", &used.to_string()), ("m", &NOTE_LIMIT.to_string())]) }
                </p>
            }
        </div>
    }
}
