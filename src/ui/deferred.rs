//! The deferred parts on the first path: when they load (once the page is idle after the first
//! chart, or at once when a feature of one is reached for), and how the first path asks for them.
//!
//! The first path never calls into `more/` but through the table the widget binary's split point
//! returns (`parts`): what only that reaches is moved into a module of its own
//! (`split_more.wasm`), which is fetched here. A view it provides is a function pointer, so once it has arrived, rendering one is a
//! plain call, and the view keeps its state across renders like any component.

use super::browser;
use super::more::{FeedbackProps, More};
use super::parts::{self, Load};
use crate::core::i18n::Lang;
use crate::core::texts::T;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Others' feedback's view (in the `more` part, with a loader of its own).
pub type FeedbackView = fn(FeedbackProps) -> Html;

/// The deferred parts as the components see them (a context): there, or asked for.
#[derive(Clone)]
pub struct Later {
    /// The deferred part, once it has arrived.
    pub more: Option<&'static More>,
    /// Asks for it now (a person reached for one of its features); idempotent.
    pub want: Callback<()>,
    /// Its last load failed (offline, say): a person is told, and the next ask tries again.
    pub failed: bool,
    /// Others' feedback: loaded after `more`, or at once for a feedback link.
    pub feedback: Part<FeedbackView>,
}

impl PartialEq for Later {
    fn eq(&self, other: &Later) -> bool {
        self.more.is_some() == other.more.is_some()
            && self.failed == other.failed
            && self.want == other.want
            && self.feedback == other.feedback
    }
}

impl Later {
    /// A deferred view, or while it loads a line that says it is getting ready (or why not).
    pub fn view(&self, lang: Lang, view: impl FnOnce(&'static More) -> Html) -> Html {
        match self.more {
            Some(more) => view(more),
            None => waiting(self.failed, lang),
        }
    }

    /// What stands in for a deferred feature until it has arrived.
    pub fn waiting(&self, lang: Lang) -> Html {
        waiting(self.failed, lang)
    }
}

/// What stands in for a part's feature until it has arrived: getting ready, or why not.
pub fn waiting(failed: bool, lang: Lang) -> Html {
    let text = if failed {
        T::NotLoaded
    } else {
        T::GettingReady
    };
    html! { <p class="getting-ready" role="status">{ text.get(lang) }</p> }
}

/// One deferred part: there once loaded, asked for with `want`.
#[derive(Clone)]
pub struct Part<T: Copy + 'static> {
    pub loaded: Option<T>,
    pub want: Callback<()>,
    pub failed: bool,
}

impl<T: Copy + 'static> PartialEq for Part<T> {
    fn eq(&self, other: &Part<T>) -> bool {
        // A part, once loaded, is one value for the page's life: whether it is there says it all.
        self.loaded.is_some() == other.loaded.is_some()
            && self.failed == other.failed
            && self.want == other.want
    }
}

impl<T: Copy + 'static> Part<T> {
    /// The part's view, or while it loads a line that says it is getting ready (or why not).
    pub fn view(&self, lang: Lang, view: impl FnOnce(T) -> Html) -> Html {
        match self.loaded {
            Some(loaded) => view(loaded),
            None => waiting(self.failed, lang),
        }
    }
}

/// A part loaded by `load` (one load at a time; a failed one may be tried again), measured as
/// `cermin:<name>`; asked for when `want` is called, and at once while `now` is true.
#[hook]
fn use_part<T: Copy + 'static>(name: &'static str, load: Load<T>, now: bool) -> Part<T> {
    let loaded = use_state(|| None::<T>);
    let failed = use_state(|| false);
    let loading = use_memo((), |_| Rc::new(Cell::new(false)));
    let want = {
        let (loaded, failed, loading) = (loaded.clone(), failed.clone(), (*loading).clone());
        use_callback((), move |_: (), _| {
            if loaded.is_some() || loading.replace(true) {
                return;
            }
            let (loaded, failed, loading) = (loaded.clone(), failed.clone(), loading.clone());
            yew::platform::spawn_local(async move {
                let start = format!("cermin:{name}-start");
                browser::mark(&start);
                match load().await {
                    Ok(part) => {
                        browser::measure(&format!("cermin:{name}"), &start);
                        failed.set(false);
                        loaded.set(Some(part));
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
        use_effect_with(now, move |&now| {
            if now {
                want.emit(());
            }
        });
    }
    Part {
        loaded: *loaded,
        want,
        failed: *failed,
    }
}

/// Loads the deferred parts: `more` once the page is `complete` and idle, or when a feature asks
/// first; others' feedback after it (it is larger, and rarer), or at once for a feedback link.
#[hook]
pub fn use_later(complete: bool, feedback_link: bool) -> Later {
    let idle = use_state(|| false);
    {
        let idle = idle.clone();
        use_effect_with(complete, move |&complete| {
            let later = complete.then(|| browser::when_idle(move || idle.set(true)));
            move || drop(later)
        });
    }
    let more = use_part("more", parts::get().more, *idle);
    let feedback = use_part(
        "feedback",
        parts::get().feedback,
        feedback_link || more.loaded.is_some(),
    );
    Later {
        more: more.loaded,
        want: more.want,
        failed: more.failed,
        feedback,
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
