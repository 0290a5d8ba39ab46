//! The effects that keep the state: in this browser's storage, in the LMS, stated to the host
//! page (xAPI), and in step with other tabs. Persistence happens here, never in the reducer.

use super::handlers::{send, Dispatcher};
use crate::core::config::Config;
use crate::core::model::history::KeptFramework;
use crate::core::state::{Action, State};
use crate::ui::browser;
use crate::ui::deferred::Later;
use crate::ui::lms_link::Link;
use crate::ui::more::{FrameworkFileJob, FrameworkFiles, More};
use crate::ui::storage::Store;
use crate::ui::xapi;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long a deleted session can be brought back.
const UNDO_MS: u32 = 10_000;

/// This browser's storage: the history written after each change, this tab's session kept at
/// each edit, other tabs' changes taken in, and the rest of a long history read once the page
/// is `complete`.
#[hook]
pub fn use_storage(store: &Rc<Store>, dispatch: &Dispatcher, state: &State, complete: bool) {
    // Persistence lives here, never in the reducer: write whenever the person changed the history.
    {
        let (store, dispatch, history) = (store.clone(), dispatch.clone(), state.history.clone());
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 {
                match store.write(&history) {
                    Ok(merged) => dispatch.dispatch(Action::Persisted { history: merged }),
                    Err(error) => dispatch.dispatch(Action::PersistFailed(error)),
                }
            }
        });
    }
    // The session on screen is kept for this tab at every change: a reload loses nothing.
    {
        let store = store.clone();
        use_effect_with(state.draft.clone(), move |draft| store.save_draft(draft));
    }
    // Another tab saved or deleted: show its history too.
    {
        let (store, dispatch) = (store.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            let reader = store.clone();
            let listener = store.watch(move || {
                if let Some(history) = reader.reload() {
                    dispatch.dispatch(Action::Synced { history });
                }
            });
            move || drop(listener)
        });
    }
    // A long history: the rest of it, in a task after the whole page is on screen with its
    // newest sessions.
    {
        let (store, dispatch) = (store.clone(), dispatch.clone());
        use_effect_with((state.rest_unread, complete), move |&(unread, complete)| {
            let timer = (unread && complete).then(|| {
                Timeout::new(0, move || {
                    browser::mark("cermin:load-rest-start");
                    let loaded = store.load_rest();
                    browser::measure("cermin:load-rest", "cermin:load-rest-start");
                    dispatch.dispatch(Action::ReadRest(Box::new(loaded)));
                })
            });
            move || drop(timer)
        });
    }
}

/// The LMS that launched the widget, if any.
#[hook]
pub fn use_lms(lms: &Option<Link>, dispatch: &Dispatcher, state: &State) {
    // The LMS keeps the history too: after every change, and after a Save also the completion,
    // the ratings as interactions and the time (`core::lms::scorm` decides what is written).
    {
        let (lms, dispatch) = (lms.clone(), dispatch.clone());
        let (history, draft, saves) = (state.history.clone(), state.draft.clone(), state.saves);
        let writable = state.lms.keeps_history();
        let written_saves = use_mut_ref(|| 0u64);
        use_effect_with(state.revision, move |&revision| {
            if let (Some(lms), true) = (lms, revision > 0) {
                let saved = (saves != written_saves.replace(saves)).then_some(&draft);
                if let Some(fitted) = lms.write(&history, saved, writable) {
                    dispatch.dispatch(Action::LmsWritten {
                        left_out: fitted.left_out,
                        trimmed: fitted.trimmed,
                    });
                }
            }
        });
    }
}

/// Opt-in xAPI.
#[hook]
pub fn use_xapi(config: &Config, state: &State) {
    let lang = state.lang;
    // Opt-in xAPI: each Save is stated to the host page, at the origin it named only.
    {
        let actor = use_memo((), |_| xapi::anonymous_actor());
        let (origin, draft) = (config.xapi_origin.clone(), state.draft.clone());
        let catalog = state.catalog.clone();
        use_effect_with(state.saves, move |&saves| {
            if let (Some(origin), true) = (origin, saves > 0) {
                let statement = xapi::Statement {
                    origin,
                    actor: (*actor).clone(),
                    session: draft,
                    frameworks: catalog.all().to_vec(),
                    lang,
                };
                yew::platform::spawn_local(async move {
                    match (crate::ui::parts::get().xapi)().await {
                        Ok(post) => post(statement),
                        Err(_) => browser::warn("Cermin: the xAPI part did not load"),
                    }
                });
            }
        });
    }
}

/// The offer to undo a deletion, withdrawn after a while.
#[hook]
pub fn use_undo_expiry(dispatch: &Dispatcher, state: &State) {
    // A deletion can be undone for a while, then the offer goes away.
    {
        let dispatch = dispatch.clone();
        let undo_id = state.undo.as_ref().map(|s| s.id.clone());
        use_effect_with(undo_id, move |id| {
            let timer = id
                .is_some()
                .then(|| Timeout::new(UNDO_MS, move || dispatch.dispatch(Action::ForgetUndo)));
            move || drop(timer)
        });
    }
}

/// Framework files, read by the deferred part: those the host page named (once), and those kept
/// with the history that the catalog does not hold yet (at start-up, and when another tab or an
/// import brings one). Both ask for the deferred part at once: a person's own framework is part
/// of what they came back to.
#[hook]
pub fn use_framework_files(later: &Later, config: &Config, dispatch: &Dispatcher, state: &State) {
    let named = config.framework_files.clone();
    let kept: Vec<KeptFramework> = state
        .unadopted()
        .into_iter()
        .map(|(_, k)| k.clone())
        .collect();
    {
        let want = later.want.clone();
        let needed = !named.is_empty() || !kept.is_empty();
        use_effect_with(needed, move |&needed| {
            if needed {
                want.emit(());
            }
        });
    }
    let read = |files: FrameworkFiles| {
        let on_action = send(dispatch, |action| action);
        move |more: &'static More| (more.frameworks)(FrameworkFileJob { files, on_action })
    };
    {
        let (more, read) = (later.more, read(FrameworkFiles::Named(named.clone())));
        use_effect_with(more.is_some(), move |_| {
            if let (Some(more), false) = (more, named.is_empty()) {
                read(more);
            }
        });
    }
    {
        let (more, read) = (later.more, read(FrameworkFiles::Kept(kept.clone())));
        use_effect_with((more.is_some(), kept), move |(_, kept)| {
            if let (Some(more), false) = (more, kept.is_empty()) {
                read(more);
            }
        });
    }
}
