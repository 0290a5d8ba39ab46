//! A response to a request: the rater's perspective, a level per item, a comment per aspect if they wish, their name only if they give it.
//!
//! As a file (`cermin-answer-<framework>-<date>.json`):
//! `{"format":"cermin.feedback-response","format_version":1,"id":"…","at":1764900000000,
//! "request":"…","framework":"agility","framework_version":"2026.2","perspective":"colleague",
//! "ratings":{"agility.speed":4},"comments":{"agility.speed":"…"},"name":"Budi"}`, `ratings`,
//! `comments` and `name` left out when empty. The same text is what a session keeps
//! (`Session::feedback`). As a link, see `link`.

use super::check::{self, Problem, MAX_COMMENTS, MAX_COMMENT_CHARS, MAX_NAME_CHARS};
use super::check::{MAX_RATINGS, MAX_RESPONSE_BYTES, MAX_VERSION_CHARS};
use super::request::Request;
use super::Perspective;
use crate::core::model::frameworks::Framework;
use crate::core::model::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};

/// The `format` of a response file.
pub const FORMAT: &str = "cermin.feedback-response";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

/// A response, checked: every value within the rules of [`check`] (levels 1–10; whether they
/// are on the framework's scale is for the intake to say, which knows the framework).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    /// Random (made by the caller), one per answer: the same answer sent twice has the same id.
    pub id: String,
    /// When it was sent, ms since the epoch (passed in: the core has no clock).
    pub at: i64,
    /// The request it answers.
    pub request: String,
    pub framework: String,
    pub framework_version: String,
    pub perspective: Perspective,
    /// Item id → level.
    pub ratings: SortedMap<String, u8>,
    /// Aspect (axis) id → comment, none blank.
    pub comments: SortedMap<String, String>,
    /// Only if the rater chose to give it.
    pub name: Option<String>,
}

/// The file's form. `at` comes right after the id: of two copies of one response (an answer
/// corrected and sent again), the history's merge keeps the greater text (`Session::
/// keep_feedback_of`), and with this order that is the later one (times of equal length: every
/// time from 2001 to 2286), the same one [`super::intake`] keeps.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    format_version: u32,
    id: String,
    at: i64,
    request: String,
    framework: String,
    framework_version: String,
    perspective: Perspective,
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    ratings: SortedMap<String, u8>,
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    comments: SortedMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

impl Response {
    /// A rater's answer to `request`, rated with `framework` as the rater's Cermin has it (its
    /// version is recorded, so the asker's Cermin knows which items it had), with a random `id`
    /// made once per answer form (sending the same answer again keeps it) and the time `at`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        request: &Request,
        framework: &Framework,
        id: &str,
        at: i64,
        perspective: Perspective,
        ratings: SortedMap<String, u8>,
        comments: SortedMap<String, String>,
        name: &str,
    ) -> Result<Response, Problem> {
        Response {
            id: id.to_string(),
            at,
            request: request.id.clone(),
            framework: framework.id.to_string(),
            framework_version: framework.version.to_string(),
            perspective,
            ratings,
            comments,
            name: Some(name.to_string()),
        }
        .checked()
    }

    /// The response if every value keeps the rules: a name and comments are trimmed, and left
    /// out when blank.
    pub fn checked(mut self) -> Result<Response, Problem> {
        check::id(&self.id)?;
        check::time(self.at)?;
        check::id(&self.request)?;
        check::framework_id(&self.framework)?;
        check::required(&self.framework_version, MAX_VERSION_CHARS)?;
        if self.ratings.len() > MAX_RATINGS || self.comments.len() > MAX_COMMENTS {
            return Err(Problem::Malformed);
        }
        for (item, &level) in &self.ratings {
            check::member_id(&self.framework, item)?;
            check::level(level)?;
        }
        let mut comments = SortedMap::new();
        for (axis, text) in &self.comments {
            check::member_id(&self.framework, axis)?;
            if let Some(text) = check::optional(text, MAX_COMMENT_CHARS)? {
                comments.insert(axis.clone(), text);
            }
        }
        self.comments = comments;
        self.name = match &self.name {
            Some(name) => check::optional(name, MAX_NAME_CHARS)?,
            None => None,
        };
        if self.ratings.is_empty() && self.comments.is_empty() {
            return Err(Problem::Empty);
        }
        Ok(self)
    }

    /// The response file's text, which is also what a session keeps.
    pub fn to_file(&self) -> String {
        let wire = Wire {
            format: FORMAT.to_string(),
            format_version: VERSION,
            id: self.id.clone(),
            at: self.at,
            request: self.request.clone(),
            framework: self.framework.clone(),
            framework_version: self.framework_version.clone(),
            perspective: self.perspective,
            ratings: self.ratings.clone(),
            comments: self.comments.clone(),
            name: self.name.clone(),
        };
        // Cannot fail: string keys, strings and numbers.
        serde_json::to_string(&wire).unwrap_or_default()
    }

    /// A response file (UTF-8, a byte-order mark allowed), or why it is refused.
    pub fn from_file(bytes: &[u8]) -> Result<Response, Problem> {
        let wire: Wire = check::read_file(bytes, FORMAT, VERSION, MAX_RESPONSE_BYTES)?;
        Response {
            id: wire.id,
            at: wire.at,
            request: wire.request,
            framework: wire.framework,
            framework_version: wire.framework_version,
            perspective: wire.perspective,
            ratings: wire.ratings,
            comments: wire.comments,
            name: wire.name,
        }
        .checked()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A colleague's answer to request `rq-1` on agility, rating speed and flexibility.
    pub(crate) fn response(id: &str, speed: u8) -> Response {
        Response {
            id: id.into(),
            at: 1_764_900_000_000,
            request: "rq-1".into(),
            framework: "agility".into(),
            framework_version: "2026.2".into(),
            perspective: Perspective::Colleague,
            ratings: [
                ("agility.speed".to_string(), speed),
                ("agility.flexibility".into(), 3),
            ]
            .into_iter()
            .collect(),
            comments: [(
                "agility.speed".to_string(),
                "Cepat <b>mencoba</b>".to_string(),
            )]
            .into_iter()
            .collect(),
            name: None,
        }
    }

    #[test]
    fn round_trips_as_a_file_and_writes_at_after_the_id() {
        let mut r = response("rs-1", 4);
        r.name = Some("Budi".into());
        let text = r.to_file();
        assert!(
            text.starts_with(
                "{\"format\":\"cermin.feedback-response\",\"format_version\":1,\"id\":\"rs-1\",\
                 \"at\":1764900000000,\"request\":\"rq-1\""
            ),
            "{text}"
        );
        assert!(text.contains("\"perspective\":\"colleague\""), "{text}");
        assert_eq!(Response::from_file(text.as_bytes()), Ok(r));
        let anonymous = response("rs-2", 4).to_file();
        assert!(!anonymous.contains("\"name\""), "{anonymous}");
    }

    #[test]
    fn a_rater_s_answer_records_their_framework_s_version() {
        let agility = crate::core::model::frameworks::builtin_framework("agility").unwrap();
        let request = Request::new("rq-1", "Ani", agility).unwrap();
        let ratings = response("x", 4).ratings;
        let r = Response::new(
            &request,
            agility,
            "rs-1",
            7,
            Perspective::Supervisor,
            ratings.clone(),
            SortedMap::new(),
            "  ",
        )
        .unwrap();
        assert_eq!(
            (r.request.as_str(), r.framework_version.as_str()),
            ("rq-1", &*agility.version)
        );
        assert_eq!((r.ratings, r.name), (ratings, None));
        let empty = Response::new(
            &request,
            agility,
            "rs-1",
            7,
            Perspective::Supervisor,
            SortedMap::new(),
            SortedMap::new(),
            "",
        );
        assert_eq!(empty, Err(Problem::Empty));
    }

    #[test]
    fn trims_names_and_comments_and_leaves_blank_ones_out() {
        let mut r = response("rs-1", 4);
        r.name = Some("   ".into());
        r.comments
            .insert("agility.flexibility".into(), " \n ".into());
        r.comments.insert("agility.speed".into(), "  ok  ".into());
        let r = r.checked().unwrap();
        assert_eq!(r.name, None);
        let comments: Vec<(&String, &String)> = r.comments.iter().collect();
        assert_eq!(
            comments,
            [(&"agility.speed".to_string(), &"ok".to_string())]
        );
    }

    #[test]
    fn refuses_each_fault_by_name() {
        let good = response("rs-1", 4).to_file();
        let long_comment = format!("\"{}\"", "k".repeat(MAX_COMMENT_CHARS + 1));
        let many: String = (0..=MAX_RATINGS)
            .map(|i| format!("\"agility.i{i}\":1"))
            .collect::<Vec<_>>()
            .join(",");
        let cases: Vec<(String, Problem)> = vec![
            (" ".repeat(MAX_RESPONSE_BYTES + 1), Problem::TooLarge),
            ("{\"format\":".into(), Problem::Unreadable),
            ("\"just a string\"".into(), Problem::NotFeedback),
            (good.replace("response", "request"), Problem::NotFeedback),
            (
                good.replace("\"format_version\":1", "\"format_version\":7"),
                Problem::Newer,
            ),
            (
                good.replace("\"format_version\":1,", ""),
                Problem::Malformed,
            ),
            (good.replace("colleague", "boss"), Problem::Malformed),
            (
                good.replace("\"agility.speed\":4", "\"agility.speed\":400"),
                Problem::Malformed,
            ),
            (
                good.replace("\"agility.speed\":4", "\"agility.speed\":\"4\""),
                Problem::Malformed,
            ),
            (
                format!("{},\"extra\":1}}", &good[..good.len() - 1]),
                Problem::Malformed,
            ),
            (
                good.replace("\"agility.speed\":4", "\"agility.speed\":0"),
                Problem::BadValue,
            ),
            (
                good.replace("\"agility.speed\":4", "\"agility.speed\":11"),
                Problem::BadValue,
            ),
            (
                good.replace("\"agility.speed\":4", "\"digcomp.1.1\":4"),
                Problem::BadValue,
            ),
            (good.replace("1764900000000", "-5"), Problem::BadValue),
            (good.replace("\"rs-1\"", "\"a/b\""), Problem::BadValue),
            (good.replace("\"rq-1\"", "\"\""), Problem::BadValue),
            (
                good.replace("\"Cepat <b>mencoba</b>\"", &long_comment),
                Problem::TooLong,
            ),
            (good.replace("mencoba", "men\\u001bcoba"), Problem::Control),
            (
                good.replace("\"agility.flexibility\":3,\"agility.speed\":4", &many),
                Problem::Malformed,
            ),
        ];
        for (text, problem) in cases {
            assert_eq!(
                Response::from_file(text.as_bytes()),
                Err(problem),
                "{text:.120}"
            );
        }
        let mut empty = response("rs-1", 4);
        empty.ratings = SortedMap::new();
        empty.comments = SortedMap::new();
        assert_eq!(empty.checked(), Err(Problem::Empty));
    }

    #[test]
    fn keeps_hostile_text_as_data() {
        let mut r = response("rs-1", 4);
        let hostile = "</script><img src=x onerror=alert(1)> =HYPERLINK(\"x\") \u{202e}";
        r.comments.insert("agility.speed".into(), hostile.into());
        r.name = Some("\"><svg onload=alert(1)>".into());
        let back = Response::from_file(r.to_file().as_bytes()).unwrap();
        assert_eq!(
            back.comments.get("agility.speed").map(String::as_str),
            Some(hostile)
        );
        assert_eq!(back.name.as_deref(), Some("\"><svg onload=alert(1)>"));
    }
}
