//! "Add framework file": a file chosen here is read, checked, offered and kept with the history,
//! by the deferred part (`more::framework_files`), which a choice made before it has arrived
//! waits for.

use super::deferred::{use_deferred, Later};
use super::more::{FrameworkFileJob, FrameworkFiles};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::file::{FileError, Problem, MAX_FILE_BYTES};
use crate::core::state::Action;
use crate::core::texts::T;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddFrameworkProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[function_component(AddFramework)]
pub fn add_framework(props: &AddFrameworkProps) -> Html {
    let later = use_context::<Later>().expect("the app provides Later");
    let (read, waiting) = {
        let on_action = props.on_action.clone();
        use_deferred(move |more, file: web_sys::File| {
            (more.frameworks)(FrameworkFileJob {
                files: FrameworkFiles::Chosen(file),
                on_action: on_action.clone(),
            })
        })
    };
    let on_change = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            if file.size() > MAX_FILE_BYTES as f64 {
                on_action.emit(Action::FrameworkRefused(FileError::at(
                    "",
                    Problem::TooLarge,
                )));
            } else {
                read.emit(file);
            }
        })
    };
    html! {
        <div class="add-framework">
            <label class="file-button" for="framework-file">{ T::AddFramework.get(props.lang) }</label>
            <input id="framework-file" class="visually-hidden" type="file"
                accept=".json,application/json" onchange={on_change} />
            if waiting {
                { later.waiting(props.lang) }
            }
        </div>
    }
}
