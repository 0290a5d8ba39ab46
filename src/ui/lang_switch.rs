//! The language switch: two buttons, each labelled in its own language so anyone finds theirs.

use crate::core::i18n::Lang;
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let button = |lang: Lang, label: &'static str| {
        html! {
            <button type="button" lang={lang.code()} aria-pressed={(props.lang == lang).to_string()}
                onclick={props.on_change.reform(move |_: MouseEvent| lang)}>{ label }</button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={T::Language.get(props.lang)}>
            { button(Lang::Id, "Bahasa Indonesia") }
            { button(Lang::En, "English") }
        </div>
    }
}
