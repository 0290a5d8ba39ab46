//! Talking to an LMS, decided here and performed by `ui::lms`: SCORM 1.2 and 2004 (what to read and
//! write, element names, values, time formats), the history's compact form in `suspend_data`, and
//! opt-in xAPI statements for the host page.

pub mod compact;
pub mod fit;
pub mod place;
pub mod scorm;
pub mod status;
pub mod time;
pub mod xapi;
