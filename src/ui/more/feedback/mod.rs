//! Others' feedback (issue 22), its screens in the deferred part: the section under a session
//! (ask, add, see) and the rater's form. Only these call `core::feedback`; the first path renders
//! them through `MORE` (one view, [`view`]) and hands them its state, the feedback link in it.
//!
//! - `panel`: the section "Feedback from others": what is shown for the session on screen, and
//!   the radar's "Others" series handed to the first path (it draws the radar);
//! - `ask`: a request made and offered as a link, a QR code and a file;
//! - `add`: responses added from files, `.zip`s and links, each refusal named;
//! - `see`: the figures beside the self-rating, the comments, what is anonymous;
//! - `answer`: the rater's form, opened by a request link or file; nothing of it is kept;
//! - `address`: a feedback link taken out of the address bar, and one opened later noticed;
//! - `offer`: a made file downloaded (or shown where downloads are blocked), a link to copy.

mod add;
mod address;
pub(crate) mod answer;
mod ask;
mod offer;
mod panel;
pub(crate) mod see;

use crate::core::state::State;
use crate::ui::reducer::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// What the first path hands the feedback part: its state.
#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    /// The app's state (the reducer's handle, equal when it is the same state): what is on
    /// screen (the feedback link among it), and where actions go.
    pub state: UseReducerHandle<Cell<State>>,
}

/// The rater's form for a request link, else the section under the session on screen.
pub fn view(props: FeedbackProps) -> Html {
    let state = &props.state.0;
    match state.feedback_link.as_deref() {
        Some(link) if link.starts_with("#ask=") => {
            let link: Rc<str> = link.into();
            let (catalog, lang) = (state.catalog.clone(), state.lang);
            let on_action = dispatcher(&props.state);
            html! { <answer::AnswerForm {link} {catalog} {lang} {on_action} /> }
        }
        _ => html! { <panel::FeedbackPanel ..props /> },
    }
}

/// A callback that hands actions to the app's reducer.
fn dispatcher(state: &UseReducerHandle<Cell<State>>) -> Callback<crate::core::state::Action> {
    let state = state.clone();
    Callback::from(move |action| state.dispatch(action))
}
