//! The rules and limits a feedback request or response is held to, as a file or a link, and why one is refused.
//!
//! Texts follow the framework files' rule (`frameworks::check::text_problem`): bounded length, no
//! invisible control characters. Anything else a text holds (markup, quotes, formulas) is kept as
//! it is: it is data, only ever rendered as text, and escaped by each export.

use crate::core::model::frameworks::check::{text_problem, MAX_AXES, MAX_ITEMS, MAX_LEVELS};
use crate::core::model::frameworks::file::Problem as TextProblem;
use crate::core::model::session::MAX_TIME_MS;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::Deserialize;

/// Longest request or response id; ids are letters, digits, `-` and `_` (as session ids).
pub const MAX_ID_CHARS: usize = 64;
/// Longest name: the asker's display name, or a rater's (as a share file's name).
pub const MAX_NAME_CHARS: usize = crate::core::store::share::MAX_NAME_CHARS;
/// Longest comment on one aspect.
pub const MAX_COMMENT_CHARS: usize = 1_000;
/// Longest framework version (as a framework file's).
pub const MAX_VERSION_CHARS: usize = 32;
/// A response rates the items of one framework, and comments on its aspects.
pub const MAX_RATINGS: usize = MAX_ITEMS;
pub const MAX_COMMENTS: usize = MAX_AXES;
/// A request file is a few hundred bytes; more is not a request.
pub const MAX_REQUEST_BYTES: usize = 4 * 1024;
/// The largest response the limits above allow (60 ratings, 12 comments of 1,000 characters of
/// up to 4 bytes each) fits with room to spare.
pub const MAX_RESPONSE_BYTES: usize = 64 * 1024;
/// A link holds at most what a file does, each byte written as at most 3 characters (`%XX`).
pub const MAX_REQUEST_LINK_CHARS: usize = 3 * MAX_REQUEST_BYTES;
pub const MAX_RESPONSE_LINK_CHARS: usize = 3 * MAX_RESPONSE_BYTES;

/// Why a request or a response (a file or a link) is refused. Each has a message in both
/// languages (`messages`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Larger than the format allows: refused before it is read.
    TooLarge,
    /// Not JSON (a file), or a link whose encoding is broken (a bad `%` escape, not UTF-8).
    Unreadable,
    /// Readable, but not the kind of Cermin feedback expected here (another file, another
    /// format, a request where a response was expected or the other way round).
    NotFeedback,
    /// Written by a newer Cermin.
    Newer,
    /// A field missing, given twice, unknown, or of the wrong type.
    Malformed,
    /// An id, a framework, a time or a level that cannot be.
    BadValue,
    /// A text longer than allowed.
    TooLong,
    /// A text holding an invisible control character.
    Control,
    /// A response with no rating and no comment.
    Empty,
}

/// A request or response id: 1–64 letters, digits, `-` or `_`.
pub fn id(id: &str) -> Result<(), Problem> {
    let ok = !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then_some(()).ok_or(Problem::BadValue)
}

/// A request or response id from random bytes (the caller's: the core has no randomness), one
/// letter, digit, `-` or `_` per byte: 16 bytes give 96 random bits. Made from randomness alone,
/// never from the time, so an id says nothing of when or by whom it was made.
pub fn random_id(random: &[u8]) -> String {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let digits = random.iter().take(MAX_ID_CHARS);
    digits
        .map(|&b| char::from(DIGITS[usize::from(b % 64)]))
        .collect()
}

/// A framework id, by a framework file's rule: a lowercase letter, then lowercase letters,
/// digits, `-` or `_`, at most 32.
pub fn framework_id(id: &str) -> Result<(), Problem> {
    let ok = id.len() <= 32
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && (id.bytes())
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    ok.then_some(()).ok_or(Problem::BadValue)
}

/// An item or aspect id of `framework`, by a framework file's rule: lowercase letters, digits,
/// `.`, `-`, `_`, at most 80, starting with the framework's id and a dot.
pub fn member_id(framework: &str, id: &str) -> Result<(), Problem> {
    let ok = id.len() <= 80
        && (id.bytes()).all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'_')
        })
        && id
            .strip_prefix(framework)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| !rest.is_empty());
    ok.then_some(()).ok_or(Problem::BadValue)
}

/// A level a framework file's scale may have (1–10); the scale itself is checked at intake.
pub fn level(level: u8) -> Result<(), Problem> {
    (1..=MAX_LEVELS as u8)
        .contains(&level)
        .then_some(())
        .ok_or(Problem::BadValue)
}

/// A time in ms since the epoch, up to the year 9999.
pub fn time(at: i64) -> Result<(), Problem> {
    (0..=MAX_TIME_MS)
        .contains(&at)
        .then_some(())
        .ok_or(Problem::BadValue)
}

/// A text that must be there (a display name, a framework version): not blank, at most `max`
/// characters, no control characters but line breaks and tabs.
pub fn required(text: &str, max: usize) -> Result<(), Problem> {
    match text_problem(text, max) {
        None => Ok(()),
        Some(TextProblem::Empty) => Err(Problem::Malformed),
        Some(TextProblem::Control) => Err(Problem::Control),
        Some(_) => Err(Problem::TooLong),
    }
}

/// A text that may be left out (a rater's name, a comment): trimmed, and `None` when blank;
/// otherwise held to [`required`]'s rule.
pub fn optional(text: &str, max: usize) -> Result<Option<String>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    required(text, max).map(|()| Some(text.to_string()))
}

/// Reads a file of one of the two formats (`format`, up to `version`, at most `max_bytes`) as
/// its wire type `W`: first only what says what the file is, so that another file and a newer
/// one are told apart from a damaged one; then the whole, every field known.
pub(super) fn read_file<W: DeserializeOwned>(
    bytes: &[u8],
    format: &str,
    version: u32,
    max_bytes: usize,
) -> Result<W, Problem> {
    if bytes.len() > max_bytes {
        return Err(Problem::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Problem::Unreadable)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let probe: Probe = serde_json::from_str(text).map_err(|_| {
        // Valid JSON of another shape is another file; anything else is not JSON at all.
        match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => Problem::NotFeedback,
            Err(_) => Problem::Unreadable,
        }
    })?;
    if probe.format.as_deref() != Some(format) {
        return Err(Problem::NotFeedback);
    }
    match probe.format_version {
        Some(v) if v > u64::from(version) => return Err(Problem::Newer),
        Some(v) if v >= 1 => {}
        _ => return Err(Problem::Malformed),
    }
    serde_json::from_str(text).map_err(|_| Problem::Malformed)
}

/// What says what a file is. Other fields are stepped over; a field of the wrong type here makes
/// it someone else's file.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    format_version: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_frameworks_members_levels_and_times() {
        assert_eq!(id("a-B_9"), Ok(()));
        for bad in ["", "a b", "<x>", "é", &"x".repeat(65)] {
            assert_eq!(id(bad), Err(Problem::BadValue), "{bad}");
        }
        assert_eq!(framework_id("agility"), Ok(()));
        for bad in ["", "Agility", "9a", "a.b", &"a".repeat(33)] {
            assert_eq!(framework_id(bad), Err(Problem::BadValue), "{bad}");
        }
        assert_eq!(member_id("agility", "agility.speed"), Ok(()));
        for bad in [
            "agility.",
            "agilityx.speed",
            "digcomp.1.1",
            "agility.Speed",
            "agility",
        ] {
            assert_eq!(member_id("agility", bad), Err(Problem::BadValue), "{bad}");
        }
        assert_eq!((level(1), level(10)), (Ok(()), Ok(())));
        assert_eq!(
            (level(0), level(11)),
            (Err(Problem::BadValue), Err(Problem::BadValue))
        );
        assert_eq!((time(0), time(-1)), (Ok(()), Err(Problem::BadValue)));
        assert_eq!(time(MAX_TIME_MS + 1), Err(Problem::BadValue));
    }

    #[test]
    fn random_ids_keep_the_id_rule() {
        let bytes: Vec<u8> = (0..=255).collect();
        for chunk in bytes.chunks(16) {
            let made = random_id(chunk);
            assert_eq!((made.len(), id(&made)), (16, Ok(())), "{made}");
        }
        assert_eq!(random_id(&[0, 63, 64, 255]), "A_A_");
    }

    #[test]
    fn texts_are_bounded_and_free_of_control_characters_but_keep_markup() {
        assert_eq!(required("Ani", 5), Ok(()));
        assert_eq!(required("  ", 5), Err(Problem::Malformed));
        assert_eq!(required("abcdef", 5), Err(Problem::TooLong));
        assert_eq!(required("a\u{7}b", 5), Err(Problem::Control));
        assert_eq!(optional("  ", 5), Ok(None));
        assert_eq!(optional(" a\nb\t ", 5), Ok(Some("a\nb".into())));
        let markup = "<script>alert(1)</script> =SUM(A1)";
        assert_eq!(optional(markup, 100), Ok(Some(markup.into())));
        assert_eq!(optional("ü".repeat(5).as_str(), 5), Ok(Some("ü".repeat(5))));
        assert_eq!(optional("ü".repeat(6).as_str(), 5), Err(Problem::TooLong));
    }
}
