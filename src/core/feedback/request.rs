//! A request for feedback: the asker's display name, the framework (id and version) and a random request id; never a rating or a note.
//!
//! As a file (`cermin-ask-<framework>-<date>.json`):
//! `{"format":"cermin.feedback-request","format_version":1,"id":"…","name":"Ani",
//! "framework":"agility","framework_version":"2026.2"}`. As a link, see `link`.

use super::check::{self, Problem, MAX_NAME_CHARS, MAX_REQUEST_BYTES, MAX_VERSION_CHARS};
use crate::core::model::frameworks::Framework;
use serde::{Deserialize, Serialize};

/// The `format` of a request file.
pub const FORMAT: &str = "cermin.feedback-request";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

/// A request, checked: every value within the rules of [`check`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// Random (made by the caller: the core has no randomness), unique per request.
    pub id: String,
    /// What the person asked to be called by the raters (trimmed).
    pub name: String,
    pub framework: String,
    pub framework_version: String,
}

/// The file's form, fields in the order written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    format_version: u32,
    id: String,
    name: String,
    framework: String,
    framework_version: String,
}

impl Request {
    /// A request for `framework`, by `name` (trimmed), with a random `id`.
    pub fn new(id: &str, name: &str, framework: &Framework) -> Result<Request, Problem> {
        Request {
            id: id.to_string(),
            name: name.trim().to_string(),
            framework: framework.id.to_string(),
            framework_version: framework.version.to_string(),
        }
        .checked()
    }

    /// The request if every value keeps the rules; a name is trimmed.
    pub(super) fn checked(mut self) -> Result<Request, Problem> {
        self.name = self.name.trim().to_string();
        check::id(&self.id)?;
        check::required(&self.name, MAX_NAME_CHARS)?;
        check::framework_id(&self.framework)?;
        check::required(&self.framework_version, MAX_VERSION_CHARS)?;
        Ok(self)
    }

    /// The request file's text.
    pub fn to_file(&self) -> String {
        let wire = Wire {
            format: FORMAT.to_string(),
            format_version: VERSION,
            id: self.id.clone(),
            name: self.name.clone(),
            framework: self.framework.clone(),
            framework_version: self.framework_version.clone(),
        };
        // Cannot fail: strings and a number.
        serde_json::to_string(&wire).unwrap_or_default()
    }

    /// A request file (UTF-8, a byte-order mark allowed), or why it is refused.
    pub fn from_file(bytes: &[u8]) -> Result<Request, Problem> {
        let wire: Wire = check::read_file(bytes, FORMAT, VERSION, MAX_REQUEST_BYTES)?;
        Request {
            id: wire.id,
            name: wire.name,
            framework: wire.framework,
            framework_version: wire.framework_version,
        }
        .checked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::frameworks::builtin_framework;

    pub(crate) fn request() -> Request {
        Request::new(
            "rq-1",
            "  Ani Wijaya ",
            builtin_framework("agility").unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn carries_only_the_name_the_framework_and_the_id() {
        let r = request();
        assert_eq!(r.name, "Ani Wijaya");
        let text = r.to_file();
        assert_eq!(
            text,
            format!(
                "{{\"format\":\"cermin.feedback-request\",\"format_version\":1,\"id\":\"rq-1\",\
                 \"name\":\"Ani Wijaya\",\"framework\":\"agility\",\"framework_version\":\"{}\"}}",
                r.framework_version
            )
        );
        assert_eq!(Request::from_file(text.as_bytes()), Ok(r.clone()));
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(Request::from_file(with_bom.as_bytes()), Ok(r));
    }

    #[test]
    fn refuses_each_fault_by_name() {
        let good = request().to_file();
        let cases: Vec<(String, Problem)> = vec![
            (" ".repeat(MAX_REQUEST_BYTES + 1), Problem::TooLarge),
            ("{not json".into(), Problem::Unreadable),
            (
                String::from_utf8_lossy(b"\xff\xfe").into(),
                Problem::Unreadable,
            ),
            ("[1,2]".into(), Problem::NotFeedback),
            (
                r#"{"format":"cermin.history","version":3}"#.into(),
                Problem::NotFeedback,
            ),
            (good.replace("request", "response"), Problem::NotFeedback),
            (
                good.replace("\"format_version\":1", "\"format_version\":2"),
                Problem::Newer,
            ),
            (
                good.replace("\"format_version\":1", "\"format_version\":0"),
                Problem::Malformed,
            ),
            (good.replace("\"name\"", "\"nama\""), Problem::Malformed),
            (good.replace("}", ",\"rating\":3}"), Problem::Malformed),
            (good.replace("\"rq-1\"", "\"<script>\""), Problem::BadValue),
            (
                good.replace("\"agility\"", "\"Agility\""),
                Problem::BadValue,
            ),
            (good.replace("Ani Wijaya", "   "), Problem::Malformed),
            (
                good.replace("Ani Wijaya", &"A".repeat(121)),
                Problem::TooLong,
            ),
            (good.replace("Ani Wijaya", "Ani\\u0000"), Problem::Control),
        ];
        for (text, problem) in cases {
            assert_eq!(
                Request::from_file(text.as_bytes()),
                Err(problem),
                "{text:.100}"
            );
        }
        assert_eq!(Request::from_file(b"\xff"), Err(Problem::Unreadable));
    }
}
