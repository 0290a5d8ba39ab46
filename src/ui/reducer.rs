//! A core state's pure reducer made yew's `Reducible`: one wrapper for both pages' states.

use crate::core::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// A state of the core with a pure reducer: `None` when an action changes nothing. The widget's
/// `State` here; the cohort page's `CohortState` in `cohort_ui::app`, out of the widget's way.
pub trait Apply: Sized {
    type Action;
    fn apply(&self, action: Self::Action) -> Option<Self>;
}

impl Apply for State {
    type Action = Action;
    fn apply(&self, action: Action) -> Option<State> {
        State::apply(self, action)
    }
}

/// The core state made reducible (the core has no yew). A no-op action returns the same `Rc`,
/// which skips the render.
pub struct Cell<S>(pub S);

/// Equal only to itself: the reducer makes a new state at each change, so a handle passed as a
/// property (the feedback part's) compares by identity, not field by field through a history.
impl<S> PartialEq for Cell<S> {
    fn eq(&self, other: &Cell<S>) -> bool {
        std::ptr::eq(self, other)
    }
}

impl<S: Apply + 'static> Reducible for Cell<S> {
    type Action = S::Action;

    fn reduce(self: Rc<Self>, action: S::Action) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(Cell(next)),
            None => self,
        }
    }
}
