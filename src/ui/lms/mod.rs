//! The SCORM runtime (deferred: its own split, `split_lms.wasm`, see `parts`). Only a SCORM package loads it,
//! before its first chart, since there the LMS keeps the history: its `index.html` carries
//! `data-scorm="12"` or `data-scorm="2004"` (written by `scripts/scorm-package.mjs`). Everywhere
//! else none of this is fetched.

pub(crate) mod notices;
mod runtime;

use crate::core::lms::compact::Read;
use crate::core::lms::fit::Fitted;
use crate::core::lms::scorm::Standard;
use crate::core::lms::status::{restore, LmsStatus};
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::ui::lms_link::LmsLink;
use runtime::Lms;
use std::rc::Rc;
use yew::prelude::*;

/// Connects to the LMS of the package's standard (its marker, `12` or `2004`).
pub type Connect = fn(&str) -> Option<Rc<dyn LmsLink>>;

/// Connects to the LMS: what the widget binary's `lms` split point returns.
pub fn connect(marker: &str) -> Option<Rc<dyn LmsLink>> {
    let (lms, read) = Lms::connect(Standard::from_code(marker)?)?;
    Some(Rc::new(Connected { lms, read }))
}

/// A runtime found and initialised, with what the LMS kept at launch.
struct Connected {
    lms: Rc<Lms>,
    read: Read,
}

impl LmsLink for Connected {
    fn restore(&self, history: &History) -> (History, LmsStatus) {
        restore(history, self.read.clone())
    }

    fn write(&self, history: &History, saved: Option<&Session>, writable: bool) -> Option<Fitted> {
        self.lms.write(history, saved, writable)
    }

    fn notices(
        &self,
        status: &LmsStatus,
        history: &Rc<History>,
        lang: crate::core::i18n::Lang,
    ) -> Html {
        html! {
            <notices::LmsNotices status={status.clone()} history={history.clone()}
                launch_data={Rc::<str>::from(self.lms.launch_data())} {lang} />
        }
    }
}
