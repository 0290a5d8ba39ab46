//! The deferred part on the first path: when it loads (once the page is idle after the first
//! chart, or at once when a feature of it is reached for), and how the first path asks for it.
//!
//! The first path never calls into `more/` but through the table the widget binary's split point
//! returns (`parts`): what only that reaches is moved into a module of its own
//! (`split_more.wasm`), which is fetched here. A view it provides is a function pointer, so once it has arrived, rendering one is a
//! plain call, and the view keeps its state across renders like any component.

use super::browser;
use super::more::More;
use super::parts;
use crate::core::i18n::Lang;
use crate::core::texts::T;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The deferred part as the components see it (a context): there, or asked for.
#[derive(Clone)]
pub struct Later {
    /// The deferred part, once it has arrived.
    pub more: Option<&'static More>,
    /// Asks for it now (a person reached for one of its features); idempotent.
    pub want: Callback<()>,
    /// Its last load failed (offline, say): a person is told, and the next ask tries again.
    pub failed: bool,
}

impl PartialEq for Later {
    fn eq(&self, other: &Later) -> bool {
        self.more.map(|m| m as *const More) == other.more.map(|m| m as *const More)
            && self.failed == other.failed
            && self.want == other.want
    }
}

impl Later {
    /// A deferred view, or while it loads a line that says it is getting ready (or why not).
    pub fn view(&self, lang: Lang, view: impl FnOnce(&'static More) -> Html) -> Html {
        match self.more {
            Some(more) => view(more),
            None => self.waiting(lang),
        }
    }

    /// What stands in for a deferred feature until it has arrived.
    pub fn waiting(&self, lang: Lang) -> Html {
        let text = if self.failed {
            T::NotLoaded
        } else {
            T::GettingReady
        };
        html! { <p class="getting-ready" role="status">{ text.get(lang) }</p> }
    }
}

/// Loads the deferred part once the page is `complete` and idle, or when a feature asks first.
#[hook]
pub fn use_later(complete: bool) -> Later {
    let more = use_state(|| None::<&'static More>);
    let failed = use_state(|| false);
    // One load at a time; a failed one may be tried again.
    let loading = use_memo((), |_| Rc::new(Cell::new(false)));
    let want = {
        let (more, failed, loading) = (more.clone(), failed.clone(), (*loading).clone());
        use_callback((), move |_: (), _| {
            if more.is_some() || loading.replace(true) {
                return;
            }
            let (more, failed, loading) = (more.clone(), failed.clone(), loading.clone());
            yew::platform::spawn_local(async move {
                browser::mark("cermin:more-start");
                match (parts::get().more)().await {
                    Ok(loaded) => {
                        browser::measure("cermin:more", "cermin:more-start");
                        more.set(Some(loaded));
                    }
                    Err(_) => {
                        loading.set(false);
                        failed.set(true);
                    }
                }
            });
        })
    };
    {
        let want = want.clone();
        use_effect_with(complete, move |&complete| {
            let idle = complete.then(|| browser::when_idle(move || want.emit(())));
            move || drop(idle)
        });
    }
    Later {
        more: *more,
        want,
        failed: *failed,
    }
}

/// A job for the deferred part (`run` does it): done at once when the part is there, else as
/// soon as it has arrived, which is asked for now. Returns what starts a job, and whether one is
/// waiting (to say it is getting ready).
#[hook]
pub fn use_deferred<J: Clone + PartialEq + 'static>(
    run: impl Fn(&'static More, J) + 'static,
) -> (Callback<J>, bool) {
    let Later { more, want, .. } = use_context::<Later>().expect("the app provides Later");
    let waiting = use_state(Vec::<J>::new);
    // The latest `run`: it sees this render's properties, also for a job done once loaded.
    let latest = use_mut_ref(|| None::<Rc<dyn Fn(&'static More, J)>>);
    *latest.borrow_mut() = Some(Rc::new(run));
    {
        let (waiting, latest) = (waiting.clone(), latest.clone());
        use_effect_with(more.is_some(), move |_| {
            let run = latest.borrow().clone();
            if let (Some(more), Some(run), false) = (more, run, waiting.is_empty()) {
                let jobs = (*waiting).clone();
                waiting.set(Vec::new());
                jobs.into_iter().for_each(|job| run(more, job));
            }
        });
    }
    let start = {
        let waiting = waiting.clone();
        Callback::from(move |job: J| match (more, latest.borrow().clone()) {
            (Some(more), Some(run)) => run(more, job),
            _ => {
                let mut jobs = (*waiting).clone();
                jobs.push(job);
                waiting.set(jobs);
                want.emit(());
            }
        })
    };
    (start, !waiting.is_empty())
}
