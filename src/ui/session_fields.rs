//! The session's own texts: its label, the overall reflection and the next step.

use super::text_field::TextField;
use crate::core::i18n::Lang;
use crate::core::model::session::{Session, NOTE_LIMIT};
use crate::core::texts::T;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionFieldsProps {
    pub session: Session,
    pub lang: Lang,
    pub on_label: Callback<String>,
    pub on_reflection: Callback<String>,
    pub on_next_step: Callback<String>,
}

#[function_component(SessionFields)]
pub fn session_fields(props: &SessionFieldsProps) -> Html {
    let lang = props.lang;
    let on_label = {
        let on_label = props.on_label.clone();
        Callback::from(move |event: InputEvent| {
            on_label.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <section class="session-fields" aria-labelledby="session-fields-heading">
            <h2 id="session-fields-heading">{ T::Reflection.get(lang) }</h2>
            <label class="field" for="session-label">
                <span>{ T::Label.get(lang) }</span>
                <input id="session-label" type="text" value={props.session.label.clone()}
                    maxlength={(NOTE_LIMIT / 25).to_string()} placeholder={T::LabelPlaceholder.get(lang)}
                    oninput={on_label} />
            </label>
            <div class="field">
                <span aria-hidden="true">{ T::Reflection.get(lang) }</span>
                <TextField label={T::Reflection.get(lang)} value={props.session.reflection.clone()}
                    {lang} on_change={props.on_reflection.clone()} />
            </div>
            <div class="field">
                <span aria-hidden="true">{ T::NextStep.get(lang) }</span>
                <TextField label={T::NextStep.get(lang)} value={props.session.next_step.clone()}
                    placeholder={T::NextStepPlaceholder.get(lang)} {lang} on_change={props.on_next_step.clone()} />
            </div>
        </section>
    }
}
