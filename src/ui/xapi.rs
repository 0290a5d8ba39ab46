//! Opt-in xAPI: posts each Save's statements (built by `core::lms::xapi`) to the parent window,
//! at exactly the origin `?xapi_origin=` names. Never `*`, and nothing without the parameters.

use super::browser::{now_ms, page_time_ms, random_bytes, window};
use crate::core::i18n::Lang;
use crate::core::lms::xapi::{message, statements, uuid_v4, Saved};
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use js_sys::JSON;

/// Posts one `{type: "cermin:xapi", statement}` per framework (of `frameworks`) rated in `session`.
pub fn post(origin: &str, actor: &str, session: &Session, frameworks: &[&Framework], lang: Lang) {
    let own = window();
    let Some(parent) = own.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &own) {
        return;
    }
    let mut ids = || uuid_v4(random_bytes());
    let saved = Saved {
        ids: &mut ids,
        now: now_ms(),
        duration_ms: page_time_ms(),
        home_page: origin,
        actor,
        lang,
    };
    for statement in statements(session, frameworks, saved) {
        if let Ok(data) = JSON::parse(&message(&statement)) {
            // The target origin is the one the host named: the browser drops the message if the
            // parent is anything else.
            let _ = parent.post_message(&data, origin);
        }
    }
}

/// A pseudonymous actor for this page load: the host replaces it with its own learner.
pub fn anonymous_actor() -> String {
    let bytes: [u8; 8] = random_bytes();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("cermin-{hex}")
}
