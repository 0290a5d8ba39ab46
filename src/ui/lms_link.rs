//! The LMS as the first path sees it: whether this page is a SCORM package, and a link to the
//! runtime that launched it, implemented by the deferred `lms` split, which only a package loads.

use crate::core::i18n::Lang;
use crate::core::lms::fit::Fitted;
use crate::core::lms::status::LmsStatus;
use crate::core::model::history::History;
use crate::core::model::session::Session;
use std::rc::Rc;
use yew::Html;

/// The LMS that launched this package, connected.
pub trait LmsLink {
    /// This browser's history merged with what the LMS kept, and what is known of the LMS.
    fn restore(&self, history: &History) -> (History, LmsStatus);
    /// Writes the history (if `writable`) and, after a Save (`saved`), the completion,
    /// interactions, exit and time; then commits. Returns what did not fit.
    fn write(&self, history: &History, saved: Option<&Session>, writable: bool) -> Option<Fitted>;
    /// The notices about what the LMS could not keep or read.
    fn notices(&self, status: &LmsStatus, history: &Rc<History>, lang: Lang) -> Html;
}

/// The package's SCORM marker (`data-scorm` on `<html>`): `12` or `2004`, or `None` outside one.
pub fn package_marker() -> Option<String> {
    super::browser::window()
        .document()?
        .document_element()?
        .get_attribute("data-scorm")
}

/// A link as a component property: equal when it is the same link.
#[derive(Clone)]
pub struct Link(pub Rc<dyn LmsLink>);

impl PartialEq for Link {
    fn eq(&self, other: &Link) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Link {
    type Target = dyn LmsLink;

    fn deref(&self) -> &(dyn LmsLink + 'static) {
        &*self.0
    }
}
