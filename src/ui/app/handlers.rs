//! Every callback the app hands down, made once, and the dispatcher of its reducer (`ui::reducer`).

use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::state::{Action, State};
use crate::ui::browser::{self, now_ms};
use crate::ui::reducer::Cell;
use yew::prelude::*;

pub type Dispatcher = UseReducerDispatcher<Cell<State>>;

/// A callback that turns a component's value into an action.
pub fn send<V: 'static>(
    dispatch: &Dispatcher,
    action: impl Fn(V) -> Action + 'static,
) -> Callback<V> {
    let dispatch = dispatch.clone();
    Callback::from(move |value| dispatch.dispatch(action(value)))
}

/// Every callback the app hands down, made once: a callback made anew at each render would differ
/// from the last (callbacks compare by pointer) and re-render every child on every key press.
pub struct Handlers {
    pub lang: Callback<Lang>,
    pub framework: Callback<&'static Framework>,
    pub rate: Callback<(String, Option<u8>)>,
    pub target: Callback<(String, Option<u8>)>,
    pub note: Callback<(String, String)>,
    pub label: Callback<String>,
    pub reflection: Callback<String>,
    pub next_step: Callback<String>,
    pub compare: Callback<Option<String>>,
    pub previous: Callback<()>,
    pub save: Callback<MouseEvent>,
    pub new_prefilled: Callback<MouseEvent>,
    pub new_blank: Callback<MouseEvent>,
    pub undo: Callback<MouseEvent>,
    pub open: Callback<String>,
    pub delete: Callback<String>,
    pub action: Callback<Action>,
}

impl Handlers {
    pub fn new(dispatch: &Dispatcher) -> Handlers {
        let new_session = |prefill: bool| {
            send(dispatch, move |_: MouseEvent| Action::NewSession {
                id: browser::new_session_id(),
                now: now_ms(),
                prefill,
            })
        };
        Handlers {
            lang: send(dispatch, Action::SetLang),
            framework: send(dispatch, Action::SetFramework),
            rate: send(dispatch, |(item, level)| Action::Rate { item, level }),
            target: send(dispatch, |(item, level)| Action::SetTarget { item, level }),
            note: send(dispatch, |(item, text)| Action::SetNote { item, text }),
            label: send(dispatch, Action::SetLabel),
            reflection: send(dispatch, Action::SetReflection),
            next_step: send(dispatch, Action::SetNextStep),
            compare: send(dispatch, Action::Compare),
            previous: send(dispatch, |_| Action::ComparePrevious),
            save: send(dispatch, |_| Action::Save { now: now_ms() }),
            new_prefilled: new_session(true),
            new_blank: new_session(false),
            undo: send(dispatch, |_| Action::Undo { now: now_ms() }),
            open: send(dispatch, |id| Action::Open { id }),
            delete: send(dispatch, |id| Action::Delete { id, now: now_ms() }),
            action: send(dispatch, |action| action),
        }
    }
}
