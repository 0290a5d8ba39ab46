//! "Add feedback": responses added to a saved session from many files at once, `.zip`s of them, or response links; every file, entry and link is added or refused by name with the reason, and the rest still count.

use crate::core::archive::MAX_ARCHIVE_BYTES;
use crate::core::feedback::check::{Problem, MAX_RESPONSE_BYTES};
use crate::core::feedback::intake::{Intake, Refused, Report};
use crate::core::feedback::kept;
use crate::core::feedback::link::{self, Link};
use crate::core::feedback::messages::added_summary;
use crate::core::feedback::texts::F;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Catalog;
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::state::Action;
use crate::core::texts::T;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

/// What a batch became: how many were added and refused, and each file's report (its message is
/// written in the language shown when it is read).
#[derive(Clone, Debug, PartialEq)]
pub struct Added {
    pub counts: (usize, usize),
    pub reports: Vec<Report>,
}

impl Added {
    /// "3 answers added, 1 refused.", then what to say of each file.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let each = self.reports.iter().filter_map(|r| r.message(lang));
        std::iter::once(added_summary(lang, self.counts))
            .chain(each)
            .collect()
    }
}

/// Keeps what an intake added with `session` (one action) and says what became of each.
fn finish(intake: Intake, session: &str, on_action: &Callback<Action>) -> Added {
    let counts = intake.counts();
    let (entries, reports) = intake.finish();
    if !entries.is_empty() {
        on_action.emit(Action::KeepFeedback {
            session: session.to_string(),
            entries,
        });
    }
    Added { counts, reports }
}

/// A response link (opened in this page, or pasted), added to the saved session whose request it
/// answers, whichever session is on screen. Returns that session's id and the request's
/// framework, if there is one, and the report.
pub fn add_link(
    history: &History,
    catalog: &Catalog,
    lang: Lang,
    text: &str,
    on_action: &Callback<Action>,
) -> (Option<(String, String)>, Added) {
    let asker = match link::read(text) {
        Some(Ok(Link::Answer(response))) => kept::asked_by(history, &response.request),
        _ => None,
    };
    // Without the asking session, an intake that knows no request names why: not a response
    // link, unreadable, or answering a request not made here.
    let nobody = Session::new(String::new(), 0);
    let session = asker.as_ref().map_or(&nobody, |(s, _)| s);
    let mut intake = Intake::new(session, catalog);
    intake.add_link(F::Link.get(lang), text);
    let asker = asker.map(|(s, request)| (s.id.clone(), request.framework));
    let id = asker.as_ref().map_or("", |(id, _)| id.as_str());
    let added = finish(intake, id, on_action);
    (asker, added)
}

#[derive(Properties, PartialEq)]
pub struct AddProps {
    /// The session on screen, as saved.
    pub session: Session,
    pub catalog: Catalog,
    pub lang: Lang,
    pub on_action: Callback<Action>,
    /// What became of a batch of files.
    pub on_added: Callback<Added>,
    /// A response link pasted: added to the session that asked (`add_link`).
    pub on_link: Callback<String>,
}

#[function_component(AddResponses)]
pub fn add_responses(props: &AddProps) -> Html {
    let lang = props.lang;
    let pasted = use_state(String::new);
    let on_pick = {
        let (session, catalog) = (props.session.clone(), props.catalog.clone());
        let (on_action, on_added) = (props.on_action.clone(), props.on_added.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let files: Vec<File> = input.files().map_or_else(Vec::new, |list| {
                (0..list.length()).filter_map(|i| list.get(i)).collect()
            });
            input.set_value("");
            if files.is_empty() {
                return;
            }
            let (session, catalog) = (session.clone(), catalog.clone());
            let (on_action, on_added) = (on_action.clone(), on_added.clone());
            yew::platform::spawn_local(async move {
                let mut intake = Intake::new(&session, &catalog);
                for file in files {
                    read_into(&mut intake, &file).await;
                }
                on_added.emit(finish(intake, &session.id, &on_action));
            });
        })
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |event: InputEvent| {
            pasted.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_add_link = {
        let (pasted, on_link) = (pasted.clone(), props.on_link.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if !pasted.trim().is_empty() {
                on_link.emit((*pasted).clone());
                pasted.set(String::new());
            }
        })
    };
    html! {
        <div class="feedback-add">
            <label class="file-button" for="feedback-files">{ T::FbAdd.get(lang) }</label>
            <input id="feedback-files" class="visually-hidden" type="file" multiple=true
                accept=".json,.zip,application/json,application/zip" onchange={on_pick} />
            <p class="muted">{ F::AddIntro.get(lang) }</p>
            <form class="field" onsubmit={on_add_link}>
                <label for="feedback-paste">{ F::PasteLink.get(lang) }</label>
                <input id="feedback-paste" type="text" value={(*pasted).clone()} oninput={on_paste} />
                <button type="submit">{ F::AddLink.get(lang) }</button>
            </form>
        </div>
    }
}

/// One chosen file into the intake: one too big for what it claims to be is refused unread.
async fn read_into(intake: &mut Intake<'_>, file: &File) {
    let name = file.name();
    let limit = if name.to_ascii_lowercase().ends_with(".zip") {
        MAX_ARCHIVE_BYTES
    } else {
        MAX_RESPONSE_BYTES
    };
    if file.size() > limit as f64 {
        return intake.refuse(&name, Refused::Format(Problem::TooLarge));
    }
    match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => intake.add(&name, &js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(_) => intake.refuse(&name, Refused::Format(Problem::Unreadable)),
    }
}
