//! The switch between frameworks: one toggle button per framework offered.

use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameworkTabsProps {
    pub offered: Vec<&'static Framework>,
    pub current: &'static Framework,
    pub lang: Lang,
    pub on_select: Callback<&'static Framework>,
}

#[function_component(FrameworkTabs)]
pub fn framework_tabs(props: &FrameworkTabsProps) -> Html {
    if props.offered.len() < 2 {
        return html! {};
    }
    html! {
        <nav class="framework-tabs" aria-label={T::Frameworks.get(props.lang)}>
            { for props.offered.iter().map(|&f| {
                let on_select = props.on_select.clone();
                html! {
                    <button type="button" aria-pressed={(f == props.current).to_string()}
                        data-framework={f.id.clone()}
                        onclick={Callback::from(move |_| on_select.emit(f))}>
                        { f.name.get(props.lang) }
                    </button>
                }
            }) }
        </nav>
    }
}
