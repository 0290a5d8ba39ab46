//! What the feedback screens hand a person: a link to copy, and a file to download (shown to copy by hand where the frame blocks downloads).

use crate::core::feedback::texts::F;
use crate::core::i18n::Lang;
use crate::core::texts::T;
use crate::ui::browser::{self, window};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkBoxProps {
    /// The text area's id (unique on the page).
    pub id: AttrValue,
    /// What the link is ("Request link"), its accessible name.
    pub label: AttrValue,
    pub link: AttrValue,
    pub lang: Lang,
}

/// A link in a read-only text area, selected and copied by its button. The selection also lets
/// a person copy by hand where the clipboard is not offered (insecure contexts, some frames).
#[function_component(LinkBox)]
pub fn link_box(props: &LinkBoxProps) -> Html {
    let lang = props.lang;
    let area = use_node_ref();
    let copied = use_state(|| false);
    {
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(false));
    }
    let onclick = {
        let (area, copied) = (area.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                area.select();
                let navigator = window().navigator();
                if js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
                    let _ = navigator.clipboard().write_text(&area.value());
                }
                copied.set(true);
            }
        })
    };
    html! {
        <div class="link-box">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <textarea id={props.id.clone()} ref={area} readonly=true rows="3" value={props.link.clone()} />
            <button type="button" {onclick}>{ F::CopyLink.get(lang) }</button>
            <span aria-live="polite">{ if *copied { T::Copied.get(lang) } else { "" } }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FileButtonProps {
    pub label: AttrValue,
    pub name: AttrValue,
    pub content: AttrValue,
    pub lang: Lang,
}

/// A button that downloads a JSON file made in the page; where the frame blocks downloads, the
/// file's text is shown instead, to save or copy by hand.
#[function_component(FileButton)]
pub fn file_button(props: &FileButtonProps) -> Html {
    let shown = use_state(|| false);
    let onclick = {
        let (shown, name, content) = (shown.clone(), props.name.clone(), props.content.clone());
        Callback::from(move |_: MouseEvent| {
            if browser::downloads_blocked() {
                shown.set(true);
            } else {
                browser::download(&name, "application/json", &content);
            }
        })
    };
    html! {
        <>
            <button type="button" {onclick}>{ props.label.clone() }</button>
            if *shown {
                <div class="export-preview">
                    <p>{ T::DownloadBlocked.get(props.lang) }</p>
                    <textarea readonly=true rows="6" aria-label={props.name.clone()} value={props.content.clone()} />
                </div>
            }
        </>
    }
}
