//! The rater's form, opened by a request link (`#ask=…`) or a request file: "Feedback for {name}", a perspective, each item worded for an observer, a comment per aspect, a name if they wish; "Send feedback" gives the response file and, over http(s), its link. Nothing of it is kept: no action, no storage.

use super::address::use_address;
use super::offer::{FileButton, LinkBox};
use crate::core::dates::DateTime;
use crate::core::feedback::check::{self, MAX_COMMENT_CHARS, MAX_NAME_CHARS};
use crate::core::feedback::export::response_file_name;
use crate::core::feedback::link::{self, Link};
use crate::core::feedback::observer::{observer_prompt, observer_question};
use crate::core::feedback::request::Request;
use crate::core::feedback::response::Response;
use crate::core::feedback::texts::F;
use crate::core::feedback::Perspective;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::{Axis, Catalog, Framework, Item};
use crate::core::model::sorted_map::SortedMap;
use crate::core::state::Action;
use crate::core::texts::T;
use crate::ui::browser::{self, now_ms, offset_minutes, window};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnswerProps {
    /// The request, as a link's fragment (`#ask=…`).
    pub link: Rc<str>,
    /// The frameworks this page knows.
    pub catalog: Catalog,
    pub lang: Lang,
    /// Only ever `Action::FeedbackLink`: nothing of the answer goes to the app's state.
    pub on_action: Callback<Action>,
}

#[function_component(AnswerForm)]
pub fn answer_form(props: &AnswerProps) -> Html {
    let lang = props.lang;
    use_address(props.on_action.clone());
    // Back to the person's own work.
    let on_close = props.on_action.reform(|()| Action::FeedbackLink(None));
    let refusal = match link::read(&props.link) {
        Some(Ok(Link::Ask(request))) => match props.catalog.get(&request.framework) {
            Some(framework) => {
                return html! { <Form {request} {framework} {lang} {on_close} /> };
            }
            None => F::UnknownFramework.fill(lang, &[("framework", &request.framework)]),
        },
        Some(Err(problem)) => problem.request_message(lang),
        _ => F::NotARequest.get(lang).to_string(),
    };
    html! {
        <section class="answer" aria-labelledby="answer-heading">
            <h2 id="answer-heading">{ F::Heading.get(lang) }</h2>
            <p class="notice" role="alert">{ refusal }</p>
            { back(&on_close, lang) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    request: Request,
    framework: &'static Framework,
    lang: Lang,
    on_close: Callback<()>,
}

/// Back to the person's own work.
fn back(on_close: &Callback<()>, lang: Lang) -> Html {
    html! {
        <button type="button" onclick={on_close.reform(|_: MouseEvent| ())}>{ F::Back.get(lang) }</button>
    }
}

/// What the rater has entered so far.
#[derive(Clone, Default, PartialEq)]
struct Entered {
    perspective: Option<Perspective>,
    ratings: SortedMap<String, u8>,
    comments: SortedMap<String, String>,
    name: String,
}

#[function_component(Form)]
fn form(props: &FormProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let request = &props.request;
    let asker = request.name.as_str();
    let entered = use_state(Entered::default);
    // One id per answer form: sending again after an edit replaces the earlier copy at the
    // asker's rather than counting twice.
    let id = use_memo((), |_| check::random_id(&browser::random_bytes::<16>()));
    let sent = use_state(|| None::<Response>);
    let problem = use_state(|| None::<String>);
    // Every edit: the response sent before no longer holds it.
    let edit = {
        let (entered, sent) = (entered.clone(), sent.clone());
        move |change: Box<dyn Fn(&mut Entered)>| {
            let mut next = (*entered).clone();
            change(&mut next);
            entered.set(next);
            sent.set(None);
        }
    };
    let edit = Rc::new(edit);
    let on_send = {
        let (entered, sent, problem) = (entered.clone(), sent.clone(), problem.clone());
        let (request, id) = (request.clone(), id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(perspective) = entered.perspective else {
                problem.set(Some(F::ChoosePerspective.get(lang).to_string()));
                return;
            };
            let e = (*entered).clone();
            let made = Response::new(
                &request,
                framework,
                &id,
                now_ms(),
                perspective,
                e.ratings,
                e.comments,
                &e.name,
            );
            match made {
                Ok(response) => {
                    download(&response);
                    problem.set(None);
                    sent.set(Some(response));
                }
                Err(p) => {
                    let reason = p.reason().get(lang);
                    problem.set(Some(F::SendRefused.fill(lang, &[("reason", reason)])));
                }
            }
        })
    };
    let perspective = |p: Perspective| {
        let edit = edit.clone();
        let onchange =
            Callback::from(move |_: Event| edit(Box::new(move |e| e.perspective = Some(p))));
        let input_id = format!("answer-as-{}", p.code());
        html! {
            <label class="level perspective" for={input_id.clone()}>
                <input type="radio" id={input_id} name="answer-as" value={p.code()}
                    checked={entered.perspective == Some(p)} {onchange} />
                <span>{ p.name().get(lang) }</span>
            </label>
        }
    };
    let item = |item: &'static Item| {
        let level = entered.ratings.get(&*item.id).copied();
        let set = |value: Option<u8>| {
            let (edit, id) = (edit.clone(), item.id.to_string());
            Callback::from(move |()| {
                let id = id.clone();
                edit(Box::new(move |e| {
                    match value {
                        Some(v) => e.ratings.insert(id.clone(), v),
                        None => e.ratings.remove(&id),
                    };
                }));
            })
        };
        item_html(item, framework, level, asker, lang, set)
    };
    let comment = |axis: &'static Axis| {
        let edit = edit.clone();
        let id = axis.id.to_string();
        let text = entered.comments.get(&id).cloned().unwrap_or_default();
        let oninput = Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            let id = id.clone();
            edit(Box::new(move |e| {
                match value.is_empty() {
                    true => e.comments.remove(&id),
                    false => e.comments.insert(id.clone(), value.clone()),
                };
            }));
        });
        let area_id = format!("answer-comment-{}", axis.id);
        html! {
            <div class="field answer-comment">
                <label for={area_id.clone()}>{ F::Comment.get(lang) }</label>
                <textarea id={area_id} rows="3" maxlength={MAX_COMMENT_CHARS.to_string()} value={text}
                    aria-label={format!("{}: {}", F::Comment.get(lang), axis.name.get(lang))} {oninput} />
            </div>
        }
    };
    let on_name = {
        let edit = edit.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            edit(Box::new(move |e| e.name = value.clone()));
        })
    };
    let href = window().location().href().unwrap_or_default();
    html! {
        <section class="answer" aria-labelledby="answer-heading">
            <h2 id="answer-heading">{ F::For.fill(lang, &[("name", asker)]) }</h2>
            <p class="muted">{ framework.name.get(lang) }</p>
            <p class="anonymity">{ F::RaterAnonymity.fill(lang, &[("name", asker)]) }</p>
            <form onsubmit={on_send}>
                <fieldset class="answer-as">
                    <legend>{ F::AnswerAs.get(lang) }</legend>
                    <div class="levels">{ for Perspective::ALL.into_iter().map(perspective) }</div>
                </fieldset>
                <p class="observer-question">{ observer_question(framework, lang, asker) }</p>
                { for framework.axes.iter().map(|axis| html! {
                    <section class="area" aria-label={axis.name.get(lang)}>
                        // An aspect of one item is named by its item (as on the person's screen).
                        if axis.items.len() > 1 {
                            <h3>{ axis.name.get(lang) }</h3>
                        }
                        { for axis.items.iter().map(&item) }
                        { comment(axis) }
                    </section>
                }) }
                <div class="field">
                    <label for="answer-name">{ F::RaterName.fill(lang, &[("name", asker)]) }</label>
                    <input id="answer-name" type="text" maxlength={MAX_NAME_CHARS.to_string()}
                        value={entered.name.clone()} oninput={on_name} />
                </div>
                if let Some(text) = &*problem {
                    <p class="notice" role="alert">{ text.clone() }</p>
                }
                <button type="submit" class="primary">{ F::Send.get(lang) }</button>
            </form>
            if let Some(response) = &*sent {
                <div class="answer-sent" aria-live="polite">
                    <p>{ F::SendIntro.fill(lang, &[("name", asker)]) }</p>
                    <FileButton label={F::DownloadResponse.get(lang)} name={file_name(response)}
                        content={response.to_file()} {lang} />
                    if link::offers_links(&href) {
                        <LinkBox id="answer-link" label={F::ResponseLink.get(lang)}
                            link={link::response_link(&href, response)} {lang} />
                    }
                </div>
            }
            { back(&props.on_close, lang) }
        </section>
    }
}

/// One item for a rater: its observer wording, then the scale's levels.
fn item_html(
    item: &'static Item,
    framework: &'static Framework,
    level: Option<u8>,
    asker: &str,
    lang: Lang,
    set: impl Fn(Option<u8>) -> Callback<()>,
) -> Html {
    let scale = &framework.scale;
    let wording = observer_prompt(item, lang, asker);
    let name_id = format!("answer-{}-name", item.id);
    let prompt_id = format!("answer-{}-prompt", item.id);
    let name = item.name.get(lang);
    html! {
        <div class="rating-item">
            <div role="radiogroup" aria-labelledby={name_id.clone()} aria-describedby={prompt_id.clone()}>
                <div class="item-head"><span class="item-name" id={name_id}>{ name }</span></div>
                <div id={prompt_id}>
                    if let Some(frame) = wording.frame {
                        <p class="muted">{ frame }</p>
                    }
                    <p class="item-prompt">{ wording.prompt }</p>
                </div>
                <div class="levels">
                    { for (1..=scale.max()).map(|value| {
                        let input_id = format!("answer-{}-{value}", item.id);
                        let level_name = scale.level(value).map(|l| l.name.get(lang)).unwrap_or_default();
                        html! {
                            <label class="level" for={input_id.clone()} title={level_name}>
                                <input type="radio" id={input_id} name={format!("answer-{}", item.id)}
                                    value={value.to_string()} checked={level == Some(value)}
                                    onchange={set(Some(value)).reform(|_: Event| ())} aria-label={format!("{value}: {level_name}")} />
                                <span aria-hidden="true">{ value }</span>
                            </label>
                        }
                    }) }
                    if level.is_some() {
                        <button type="button" class="clear" onclick={set(None).reform(|_: MouseEvent| ())}
                            aria-label={format!("{}: {name}", T::ClearRating.get(lang))}>
                            { T::ClearRating.get(lang) }
                        </button>
                    }
                </div>
                if let Some(chosen) = level.and_then(|l| scale.level(l)) {
                    <p class="chosen"><strong>{ chosen.name.get(lang) }</strong>{ " — " }{ chosen.descriptor.get(lang) }</p>
                }
            </div>
        </div>
    }
}

/// The response file offered at once on Send; its button offers it again.
fn download(response: &Response) {
    if !browser::downloads_blocked() {
        browser::download(
            &file_name(response),
            "application/json",
            &response.to_file(),
        );
    }
}

fn file_name(response: &Response) -> String {
    let date = DateTime::from_epoch_ms(response.at, offset_minutes(response.at)).iso_date();
    response_file_name(&response.framework, &date)
}
