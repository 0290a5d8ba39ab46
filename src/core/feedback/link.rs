//! A request or a response as a link, its data in the URL's fragment (which a browser never sends to the server).
//!
//! ```text
//! #ask=1&id=Kf3x9Qm2&f=agility&fv=2026.2&name=Ani+Wijaya
//! #answer=1&id=Zr81pQ0c&at=1764900000000&to=Kf3x9Qm2&f=agility&fv=2026.2&as=colleague
//!     &agility.flexibility=3&agility.speed=4&c:agility.speed=Cepat+mencoba&name=Budi
//! ```
//!
//! The encoding is a web form's (`application/x-www-form-urlencoded`): `key=value` pairs joined
//! by `&`; letters, digits and `-._~` as they are, a space as `+`, every other byte of the UTF-8
//! text as `%XX`. The first pair names the kind and the format version (`ask=1`, `answer=1`).
//! Ratings are keyed by their item id (which starts with the framework's id and a dot), comments
//! by `c:` and the aspect's id. So a link is as short as its data (a request link is about 100
//! characters: a small QR code), every character is safe in a URL (chat apps keep the link
//! whole), and anyone can read what a link carries: nothing is hidden in it.
//!
//! Reading is defensive: any text gives a [`Link`] or a named [`Problem`], never a panic, and
//! the values are held to the same rules as a file's.

use super::check::{Problem, MAX_REQUEST_LINK_CHARS, MAX_RESPONSE_LINK_CHARS};
use super::request::{self, Request};
use super::response::{self, Response};
use super::Perspective;
use crate::core::model::sorted_map::SortedMap;
use std::fmt::Write;

/// What a link carried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    Ask(Request),
    Answer(Response),
}

/// Links are offered only on a page served over http(s): from `file://` there is no address
/// another person could open, and the file does the job.
pub fn offers_links(page_url: &str) -> bool {
    let lower = page_url.get(..8).unwrap_or(page_url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// The link that asks for feedback: `page_url` (its own fragment, if any, replaced) with the
/// request in its fragment.
pub fn request_link(page_url: &str, request: &Request) -> String {
    let mut out = base(page_url);
    out.push_str("#ask=");
    let _ = write!(out, "{}", request::VERSION);
    pair(&mut out, "id", &request.id);
    pair(&mut out, "f", &request.framework);
    pair(&mut out, "fv", &request.framework_version);
    pair(&mut out, "name", &request.name);
    out
}

/// The link that carries a response back to the asker.
pub fn response_link(page_url: &str, response: &Response) -> String {
    let mut out = base(page_url);
    out.push_str("#answer=");
    let _ = write!(out, "{}", response::VERSION);
    pair(&mut out, "id", &response.id);
    pair(&mut out, "at", &response.at.to_string());
    pair(&mut out, "to", &response.request);
    pair(&mut out, "f", &response.framework);
    pair(&mut out, "fv", &response.framework_version);
    pair(&mut out, "as", response.perspective.code());
    for (item, level) in &response.ratings {
        pair(&mut out, item, &level.to_string());
    }
    for (axis, text) in &response.comments {
        pair(&mut out, &format!("c:{axis}"), text);
    }
    if let Some(name) = &response.name {
        pair(&mut out, "name", name);
    }
    out
}

/// What a page's address (or just its fragment, `#…`, or the fragment without `#`) carries:
/// `None` when it carries no feedback (another fragment, or none), else the request or
/// response, or why it is refused.
pub fn read(address: &str) -> Option<Result<Link, Problem>> {
    let fragment = address.split_once('#').map_or(address, |(_, f)| f);
    // A link broken over lines by a chat app or an email still reads.
    let fragment: String = fragment
        .chars()
        .filter(|c| !matches!(c, '\r' | '\n' | '\t'))
        .collect();
    let (ask, max) = if fragment.starts_with("ask=") {
        (true, MAX_REQUEST_LINK_CHARS)
    } else if fragment.starts_with("answer=") {
        (false, MAX_RESPONSE_LINK_CHARS)
    } else {
        return None;
    };
    if fragment.len() > max {
        return Some(Err(Problem::TooLarge));
    }
    Some(fields(&fragment).and_then(|fields| {
        if ask {
            read_request(fields).map(Link::Ask)
        } else {
            read_response(fields).map(Link::Answer)
        }
    }))
}

/// The pairs of a fragment, decoded, the first one (kind and version) checked and taken off.
struct Fields {
    pairs: SortedMap<String, String>,
}

impl Fields {
    /// A field that must be there, taken out.
    fn take(&mut self, key: &str) -> Result<String, Problem> {
        self.pairs.remove(key).ok_or(Problem::Malformed)
    }
}

fn fields(fragment: &str) -> Result<Fields, Problem> {
    let mut pairs = SortedMap::new();
    let mut first = None;
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').ok_or(Problem::Malformed)?;
        let (key, value) = (decode(key)?, decode(value)?);
        if first.is_none() {
            first = Some(value);
        } else if pairs.insert(key, value).is_some() {
            // Given twice: which one the rater meant cannot be told.
            return Err(Problem::Malformed);
        }
    }
    let version: u32 = first
        .and_then(|v| v.parse().ok())
        .ok_or(Problem::Malformed)?;
    // Both formats are at version 1; a kind's own version is checked by the caller's format.
    match version {
        0 => Err(Problem::Malformed),
        v if v > request::VERSION.max(response::VERSION) => Err(Problem::Newer),
        _ => Ok(Fields { pairs }),
    }
}

fn read_request(mut fields: Fields) -> Result<Request, Problem> {
    let request = Request {
        id: fields.take("id")?,
        framework: fields.take("f")?,
        framework_version: fields.take("fv")?,
        name: fields.take("name")?,
    };
    if !fields.pairs.is_empty() {
        return Err(Problem::Malformed);
    }
    request.checked()
}

fn read_response(mut fields: Fields) -> Result<Response, Problem> {
    let number = |text: String| text.parse().map_err(|_| Problem::Malformed);
    let id = fields.take("id")?;
    let at = number(fields.take("at")?)?;
    let request = fields.take("to")?;
    let framework = fields.take("f")?;
    let framework_version = fields.take("fv")?;
    let perspective = Perspective::from_code(&fields.take("as")?).ok_or(Problem::Malformed)?;
    let name = fields.pairs.remove("name");
    let (mut ratings, mut comments) = (SortedMap::new(), SortedMap::new());
    let prefix = format!("{framework}.");
    for (key, value) in fields.pairs.iter() {
        if let Some(axis) = key.strip_prefix("c:") {
            comments.insert(axis.to_string(), value.clone());
        } else if key.starts_with(&prefix) {
            let level: u8 = value.parse().map_err(|_| Problem::Malformed)?;
            ratings.insert(key.clone(), level);
        } else {
            return Err(Problem::Malformed);
        }
    }
    Response {
        id,
        at,
        request,
        framework,
        framework_version,
        perspective,
        ratings,
        comments,
        name,
    }
    .checked()
}

/// The page's address without its fragment.
fn base(page_url: &str) -> String {
    page_url.split('#').next().unwrap_or_default().to_string()
}

fn pair(out: &mut String, key: &str, value: &str) {
    out.push('&');
    encode_into(out, key);
    out.push('=');
    encode_into(out, value);
}

/// Form encoding: unreserved characters as they are, a space as `+`, other bytes as `%XX`. A
/// `:` is kept too (it is safe in a fragment): it marks a comment's key.
fn encode_into(out: &mut String, text: &str) {
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b':' => {
                out.push(char::from(byte))
            }
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
}

/// The text of a form-encoded key or value. A character a browser showed unescaped is taken
/// as it is; a `%` not followed by two hex digits, or bytes that are not UTF-8, are refused.
fn decode(text: &str) -> Result<String, Problem> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(byte) = rest.next() {
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = |b: Option<u8>| char::from(b.unwrap_or(b'x')).to_digit(16);
                let (high, low) = (hex(rest.next()), hex(rest.next()));
                let (Some(high), Some(low)) = (high, low) else {
                    return Err(Problem::Unreadable);
                };
                bytes.push((high * 16 + low) as u8);
            }
            _ => bytes.push(byte),
        }
    }
    String::from_utf8(bytes).map_err(|_| Problem::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::feedback::response::tests::response;
    use crate::core::model::frameworks::builtin_framework;

    const PAGE: &str = "https://bdk.example.go.id/cermin/?lang=id#old";

    fn request() -> Request {
        Request::new(
            "Kf3x9Qm2",
            "Ani Wijaya",
            builtin_framework("agility").unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn a_request_link_is_short_readable_and_reads_back() {
        let r = request();
        let link = request_link(PAGE, &r);
        assert_eq!(
            link,
            format!(
                "https://bdk.example.go.id/cermin/?lang=id#ask=1&id=Kf3x9Qm2&f=agility&fv={}&name=Ani+Wijaya",
                r.framework_version
            )
        );
        assert_eq!(read(&link), Some(Ok(Link::Ask(r.clone()))));
        let fragment = &link[link.find('#').unwrap()..];
        assert_eq!(read(fragment), Some(Ok(Link::Ask(r.clone()))));
        assert_eq!(read(&fragment[1..]), Some(Ok(Link::Ask(r))));
    }

    #[test]
    fn a_response_link_carries_every_field_and_any_text() {
        let mut r = response("Zr81pQ0c", 4);
        r.name = Some("Budi & Sari = 100% ✓".into());
        r.comments.insert(
            "agility.flexibility".into(),
            "Baris satu\nbaris + dua #3?".into(),
        );
        let link = response_link(PAGE, &r);
        assert!(
            link.contains("#answer=1&id=Zr81pQ0c&at=1764900000000&to=rq-1&f=agility"),
            "{link}"
        );
        assert!(
            link.contains("&as=colleague&agility.flexibility=3&agility.speed=4&c:agility"),
            "{link}"
        );
        let fragment = &link[link.find('#').unwrap() + 1..];
        assert!(
            fragment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~:%+&=".contains(&b)),
            "{fragment}"
        );
        assert_eq!(read(&link), Some(Ok(Link::Answer(r.clone()))));
        // Broken over lines by a mail program, and with a few characters a browser unescaped.
        let wrapped = link.replace("&as=", "\r\n&as=").replace("%E2%9C%93", "✓");
        assert_eq!(read(&wrapped), Some(Ok(Link::Answer(r))));
    }

    #[test]
    fn only_feedback_fragments_are_read() {
        for other in [
            "",
            "#",
            "https://x/",
            "https://x/#top",
            "#asked=1",
            "#ask",
            "?ask=1",
        ] {
            assert_eq!(read(other), None, "{other}");
        }
    }

    #[test]
    fn refuses_each_fault_by_name() {
        let ask = request_link(PAGE, &request());
        let answer = response_link(PAGE, &response("Zr81pQ0c", 4));
        let cases: Vec<(String, Problem)> = vec![
            (
                format!("#ask=1&name={}", "a".repeat(MAX_REQUEST_LINK_CHARS)),
                Problem::TooLarge,
            ),
            (
                format!("#answer=1&x={}", "a".repeat(MAX_RESPONSE_LINK_CHARS)),
                Problem::TooLarge,
            ),
            (ask.replace("Ani+Wijaya", "Ani%2"), Problem::Unreadable),
            (ask.replace("Ani+Wijaya", "%FF%FE"), Problem::Unreadable),
            (ask.replace("Ani+Wijaya", "%zz"), Problem::Unreadable),
            (ask.replace("#ask=1", "#ask=2"), Problem::Newer),
            (ask.replace("#ask=1", "#ask=0"), Problem::Malformed),
            (ask.replace("#ask=1", "#ask=one"), Problem::Malformed),
            (ask.replace("&f=agility", ""), Problem::Malformed),
            (format!("{ask}&id=again"), Problem::Malformed),
            (format!("{ask}&rating=5"), Problem::Malformed),
            (format!("{ask}&novalue"), Problem::Malformed),
            (
                ask.replace("id=Kf3x9Qm2", "id=%3Cscript%3E"),
                Problem::BadValue,
            ),
            (ask.replace("Ani+Wijaya", "+++"), Problem::Malformed),
            (ask.replace("Ani+Wijaya", "Ani%00"), Problem::Control),
            (
                ask.replace("Ani+Wijaya", &"A".repeat(121)),
                Problem::TooLong,
            ),
            (
                answer.replace("as=colleague", "as=boss"),
                Problem::Malformed,
            ),
            (
                answer.replace("at=1764900000000", "at=soon"),
                Problem::Malformed,
            ),
            (
                answer.replace("agility.speed=4", "agility.speed=four"),
                Problem::Malformed,
            ),
            (
                answer.replace("agility.speed=4", "agility.speed=12"),
                Problem::BadValue,
            ),
            (
                answer.replace("agility.speed=4", "digcomp.speed=4"),
                Problem::Malformed,
            ),
            (
                answer.replace("c:agility.speed", "c:digcomp.1"),
                Problem::BadValue,
            ),
        ];
        for (text, problem) in cases {
            assert_eq!(read(&text), Some(Err(problem)), "{text:.140}");
        }
    }

    #[test]
    fn links_are_offered_only_over_http() {
        assert!(offers_links("https://x/") && offers_links("HTTP://x/"));
        for page in [
            "file:///home/ani/cermin.html",
            "about:blank",
            "blob:x",
            "",
            "ht",
        ] {
            assert!(!offers_links(page), "{page}");
        }
    }
}
