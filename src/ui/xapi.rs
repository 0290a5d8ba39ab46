//! Opt-in xAPI (deferred: in the `lms` part, `split_lms.wasm`, see `parts`, fetched at the first Save
//! of a page that opted in): posts each Save's statements (built by `core::lms::xapi`) to the parent window,
//! at exactly the origin `?xapi_origin=` names. Never `*`, and nothing without the parameters.

use super::browser::{now_ms, page_time_ms, random_bytes, window};
use crate::core::i18n::Lang;
use crate::core::lms::xapi::{message, statements, uuid_v4, Saved};
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use js_sys::JSON;

/// A Save to state to the host page.
pub struct Statement {
    pub origin: String,
    pub actor: String,
    pub session: Session,
    pub frameworks: Vec<&'static Framework>,
    pub lang: Lang,
}

/// Posts one `{type: "cermin:xapi", statement}` per framework rated in the session.
pub fn post(save: Statement) {
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
        home_page: &save.origin,
        actor: &save.actor,
        lang: save.lang,
    };
    for statement in statements(&save.session, &save.frameworks, saved) {
        if let Ok(data) = JSON::parse(&message(&statement)) {
            // The target origin is the one the host named: the browser drops the message if the
            // parent is anything else.
            let _ = parent.post_message(&data, &save.origin);
        }
    }
}

/// A pseudonymous actor for this page load: the host replaces it with its own learner.
pub fn anonymous_actor() -> String {
    let bytes: [u8; 8] = random_bytes();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("cermin-{hex}")
}
