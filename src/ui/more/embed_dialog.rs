//! The "Embed" dialog: a ready `<iframe>` snippet for the current configuration, and the
//! host-side listener for pages without H5P's resizer, each with a Copy button.

use crate::core::config::Config;
use crate::core::i18n::Lang;
use crate::core::texts::T;
use crate::ui::browser::window;
use std::rc::Rc;
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub config: Rc<Config>,
    pub lang: Lang,
    /// Closed (by its button or Escape): the first path's Embed button opens it again.
    pub on_close: Callback<()>,
}

/// The plain listener a host page adds to follow the widget's height.
const LISTENER: &str = r#"<script>
window.addEventListener("message", function (e) {
  if (!e.data || e.data.type !== "cermin:resize") return;
  document.querySelectorAll("iframe").forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = e.data.height + "px";
  });
});
</script>"#;

/// The `<iframe>` code for this page with this configuration.
pub fn iframe_snippet(page_url: &str, config: &Config, lang: Lang) -> String {
    format!(
        r#"<iframe src="{page_url}?{query}" title="{title}" width="100%" height="900" loading="lazy" style="border:0;width:100%"></iframe>"#,
        query = config.to_query(lang).replace('&', "&amp;"),
        title = T::FrameTitle.get(lang),
    )
}

#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let lang = props.lang;
    let dialog = use_node_ref();
    let copied = use_state(|| false);
    let location = window().location();
    let page_url = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let snippet = iframe_snippet(&page_url, &props.config, lang);

    // Shown as a modal dialog as soon as it is rendered: the first path renders it when its
    // Embed button is pressed.
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        });
    }
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let on_close = props.on_close.reform(|_: Event| ());
    let copy_button = |id: &'static str, label: String| {
        let copied = copied.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            copy_from(id);
            copied.set(true);
        });
        html! { <button type="button" {onclick} aria-label={label}>{ T::Copy.get(lang) }</button> }
    };
    html! {
        <>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-heading" onclose={on_close}>
                <h2 id="embed-heading">{ T::EmbedTitle.get(lang) }</h2>
                <p>{ T::EmbedIntro.get(lang) }</p>
                <textarea id="embed-iframe" readonly=true rows="4" aria-label={T::EmbedTitle.get(lang)}
                    value={snippet} />
                { copy_button("embed-iframe", format!("{} <iframe>", T::Copy.get(lang))) }
                <p>{ T::EmbedListener.get(lang) }</p>
                <textarea id="embed-listener" readonly=true rows="7" aria-label={T::EmbedListener.get(lang)}
                    value={LISTENER} />
                { copy_button("embed-listener", format!("{} <script>", T::Copy.get(lang))) }
                <p class="status" role="status">{ if *copied { T::Copied.get(lang) } else { "" } }</p>
                <button type="button" onclick={close}>{ T::Close.get(lang) }</button>
            </dialog>
        </>
    }
}

/// Selects a text area's code and copies it. The selection also lets a person copy by hand
/// where the clipboard is not offered (insecure contexts, some frames).
fn copy_from(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(area) = window()
        .document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return;
    };
    area.select();
    let navigator = window().navigator();
    if js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        let _ = navigator.clipboard().write_text(&area.value());
    }
}
