//! "Ask for feedback": a display name makes a request for the framework on screen, kept with the saved session, and offered as a link (over http(s)), a QR code and a file.

use super::offer::{FileButton, LinkBox};
use crate::core::dates::DateTime;
use crate::core::feedback::check::{self, Problem, MAX_NAME_CHARS};
use crate::core::feedback::export::request_file_name;
use crate::core::feedback::request::Request;
use crate::core::feedback::texts::F;
use crate::core::feedback::{kept, link, qr};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use crate::core::state::Action;
use crate::core::texts::T;
use crate::ui::browser::{self, now_ms, offset_minutes, window};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AskProps {
    /// The session on screen, as saved.
    pub session: Session,
    pub framework: &'static Framework,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[function_component(Ask)]
pub fn ask(props: &AskProps) -> Html {
    let lang = props.lang;
    let framework = props.framework;
    let open = use_state(|| false);
    let name = use_state(String::new);
    let made = use_state(|| None::<Request>);
    let problem = use_state(|| None::<Problem>);
    // The request offered: the one just made, else the last one kept for this framework (a
    // person who comes back can show its QR code again).
    let offered = (*made)
        .clone()
        .filter(|r| r.framework == framework.id)
        .or_else(|| {
            let kept = kept::requests(&props.session);
            kept.into_iter().rfind(|r| r.framework == framework.id)
        });
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            name.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_make = {
        let (name, made, problem) = (name.clone(), made.clone(), problem.clone());
        let (on_action, session) = (props.on_action.clone(), props.session.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let id = check::random_id(&browser::random_bytes::<16>());
            match Request::new(&id, &name, framework) {
                Ok(request) => {
                    on_action.emit(Action::KeepFeedback {
                        session: session.clone(),
                        entries: vec![kept::keep_request(&request)],
                    });
                    made.set(Some(request));
                    problem.set(None);
                }
                Err(p) => problem.set(Some(p)),
            }
        })
    };
    let problem_text = problem.map(|p| match p {
        Problem::Malformed => F::NameNeeded.get(lang).to_string(),
        p => F::NameRefused.fill(lang, &[("reason", p.reason().get(lang))]),
    });
    html! {
        <div class="feedback-ask">
            <button type="button" aria-expanded={open.to_string()} onclick={toggle}>{ T::FbAsk.get(lang) }</button>
            if *open {
                <p class="muted">{ F::AskIntro.get(lang) }</p>
                <form class="field" onsubmit={on_make}>
                    <label for="feedback-ask-name">{ F::AskName.get(lang) }</label>
                    <input id="feedback-ask-name" type="text" maxlength={MAX_NAME_CHARS.to_string()}
                        autocomplete="name" value={(*name).clone()} oninput={on_name} />
                    <button type="submit">{ F::MakeRequest.get(lang) }</button>
                </form>
                if let Some(text) = problem_text {
                    <p class="notice" role="alert">{ text }</p>
                }
                if let Some(request) = offered {
                    { offer(&request, framework, lang) }
                }
            }
        </div>
    }
}

/// A request as a link to copy and a QR code (where the page is served over http(s)) and a file.
fn offer(request: &Request, framework: &Framework, lang: Lang) -> Html {
    let href = window().location().href().unwrap_or_default();
    let now = now_ms();
    let date = DateTime::from_epoch_ms(now, offset_minutes(now)).iso_date();
    let file_name = request_file_name(&framework.id, &date);
    let name = request.name.as_str();
    let link = link::offers_links(&href).then(|| link::request_link(&href, request));
    // An image of the SVG, not inline markup: it stays inert whatever it held, and the page's
    // CSP allows `data:` images.
    let qr = link.as_deref().and_then(qr::svg).map(|svg| {
        // What a data URL must not hold as it is (`#` would end it).
        let svg = svg.replace('%', "%25").replace('#', "%23");
        format!(
            "data:image/svg+xml,{}",
            svg.replace('<', "%3C").replace('>', "%3E")
        )
    });
    html! {
        <div class="feedback-offer" aria-live="polite">
            <p>{ F::Requested.fill(lang, &[("name", name)]) }</p>
            if let Some(link) = link {
                <LinkBox id="feedback-request-link" label={F::RequestLink.get(lang)} {link} {lang} />
            } else {
                <p>{ F::NoLink.get(lang) }</p>
            }
            if let Some(src) = qr {
                <p><img {src} width="240" height="240" alt={F::QrLabel.fill(lang, &[("name", name)])} /></p>
            }
            <FileButton label={F::DownloadRequest.get(lang)} name={file_name} content={request.to_file()} {lang} />
        </div>
    }
}
