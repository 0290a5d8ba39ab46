//! The section "Feedback from others" under the session on screen: others' view of it (`see`) once it has asked, asking (`ask`) and adding (`add`) once it is saved, opening a request file to answer, and a response link the page was opened with. It hands the radar's "Others" series to the first path, which draws the radar.

use super::add::{add_link, AddResponses, Added};
use super::address::use_address;
use super::ask::Ask;
use super::see::See;
use super::FeedbackProps;
use crate::core::feedback::check::{Problem, MAX_REQUEST_BYTES};
use crate::core::feedback::export::others_series;
use crate::core::feedback::request::Request;
use crate::core::feedback::summary::{summarise, Summary};
use crate::core::feedback::texts::F;
use crate::core::feedback::{kept, link};
use crate::core::model::frameworks::Framework;
use crate::core::state::radar::Others;
use crate::core::state::{Action, StorageMode};
use crate::ui::lms_link::package_marker;
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(FeedbackPanel)]
pub fn feedback_panel(props: &FeedbackProps) -> Html {
    let state = &props.state.0;
    let lang = state.lang;
    let framework = state.framework;
    let open = &state.draft.id;
    let saved = state.history.get(open).cloned();
    let writable = state.mode != StorageMode::ReadOnly;
    let on_action = super::dispatcher(&props.state);
    use_address(on_action.clone());
    let section = use_node_ref();
    // Others' view of the saved session, once it has asked about this framework; read again
    // only when the history, the session on screen or the framework changes.
    let summary = use_memo(
        (
            Rc::as_ptr(&state.history) as usize,
            open.clone(),
            framework as *const Framework as usize,
        ),
        move |_| {
            let saved = saved.as_ref()?;
            let asked = kept::requests(saved)
                .iter()
                .any(|r| r.framework == framework.id);
            asked.then(|| Rc::new(summarise(saved, framework)))
        },
    );
    let summary: Option<Rc<Summary>> = (*summary).clone();
    {
        let series = summary.as_ref().and_then(|s| others_series(s, lang));
        let key = (open.clone(), framework.id.to_string(), series);
        let on_action = on_action.clone();
        use_effect_with(key, move |(session, framework, series)| {
            on_action.emit(Action::ShowOthers(series.clone().map(|series| Others {
                session: session.clone(),
                framework: framework.clone(),
                series,
            })));
        });
    }
    // What the last batch of files or links became.
    let added = use_state(|| None::<Rc<Added>>);
    // A request file that did not open, and why.
    let refused = use_state(|| None::<Problem>);
    // A response link, opened or pasted: added to the session that asked, which is then shown
    // (unless the one on screen has unsaved changes).
    let take_link = {
        let (history, catalog) = (state.history.clone(), state.catalog.clone());
        let (on_action, added, section) = (on_action.clone(), added.clone(), section.clone());
        let (open, unsaved) = (open.clone(), state.has_unsaved_changes());
        Callback::from(move |text: String| {
            let (asker, result) = add_link(&history, &catalog, lang, &text, &on_action);
            if let Some((id, framework)) = asker.filter(|(id, _)| *id != open && !unsaved) {
                on_action.emit(Action::Open { id });
                if let Some(framework) = catalog.get(&framework) {
                    on_action.emit(Action::SetFramework(framework));
                }
            }
            added.set(Some(Rc::new(result)));
            if let Some(section) = section.cast::<web_sys::Element>() {
                section.scroll_into_view();
            }
        })
    };
    {
        let (take_link, on_action) = (take_link.clone(), on_action.clone());
        let link = (state.feedback_link.clone()).filter(|l| l.starts_with("#answer="));
        use_effect_with((link, !state.rest_unread), move |(link, whole)| {
            if let (Some(link), true) = (link, whole) {
                on_action.emit(Action::FeedbackLink(None));
                take_link.emit(link.clone());
            }
        });
    }
    let on_request_file = {
        let (on_action, refused) = (on_action.clone(), refused.clone());
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let (on_action, refused) = (on_action.clone(), refused.clone());
            yew::platform::spawn_local(async move {
                let read = if file.size() > MAX_REQUEST_BYTES as f64 {
                    Err(Problem::TooLarge)
                } else {
                    match JsFuture::from(file.array_buffer()).await {
                        Ok(buffer) => {
                            Request::from_file(&js_sys::Uint8Array::new(&buffer).to_vec())
                        }
                        Err(_) => Err(Problem::Unreadable),
                    }
                };
                match read {
                    // Answered as a request link is: the same form, from its fragment.
                    Ok(request) => {
                        on_action.emit(Action::FeedbackLink(Some(link::request_link("", &request))))
                    }
                    Err(problem) => refused.set(Some(problem)),
                }
            });
        })
    };
    let on_added = {
        let added = added.clone();
        Callback::from(move |result: Added| added.set(Some(Rc::new(result))))
    };
    html! {
        <section class="feedback" aria-labelledby="feedback-heading" ref={section}>
            <h2 id="feedback-heading">{ F::Heading.get(lang) }</h2>
            if let Some(summary) = summary {
                <p class="anonymity">{ F::Anonymity.get(lang) }</p>
                <See {summary} {framework} {lang} />
            }
            <div class="feedback-tools">
                if let (Some(session), true) = (state.history.get(open).cloned(), writable) {
                    <Ask session={session.clone()} {framework} {lang} on_action={on_action.clone()} />
                    <AddResponses {session} catalog={state.catalog.clone()} {lang}
                        {on_action} {on_added} on_link={take_link} />
                    <p class="muted">{ F::Kept.get(lang) }</p>
                    if package_marker().is_some() {
                        <p class="notice">{ F::KeptLms.get(lang) }</p>
                    }
                } else if writable {
                    <p class="muted">{ F::SaveFirst.get(lang) }</p>
                }
                <div class="feedback-open">
                    <label class="file-button" for="feedback-request-file">{ F::OpenRequest.get(lang) }</label>
                    <input id="feedback-request-file" class="visually-hidden" type="file"
                        accept=".json,application/json" onchange={on_request_file} />
                    <p class="muted">{ F::OpenRequestHelp.get(lang) }</p>
                </div>
                // Announced, but not a second status line beside the page's own.
                <div class="feedback-report" aria-live="polite">
                    if let Some(added) = &*added {
                        <ul>{ for added.lines(lang).into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    }
                    if let Some(problem) = *refused {
                        <p>{ problem.request_message(lang) }</p>
                    }
                </div>
            </div>
        </section>
    }
}
