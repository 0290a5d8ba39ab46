//! The widget's configuration from its URL query string, validated: bad values become warnings.

use crate::core::i18n::Lang;
use crate::core::model::frameworks::{builtin, builtin_framework};

/// Colour theme; `Auto` follows the system's `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Set by `?lang=`; otherwise the browser's preference decides.
    pub lang: Option<Lang>,
    /// The built-in frameworks offered, by id, in order; the first opens.
    /// `?framework=digcomp,agility`.
    pub frameworks: Vec<String>,
    /// Framework files to load from the host's own site, as relative URLs:
    /// `?frameworks=files/digcompedu.json`. Their frameworks are offered after the built-ins.
    pub framework_files: Vec<String>,
    /// A layout for narrow frames and LMS side blocks.
    pub compact: bool,
    /// Separates the histories of two embeds on one site. Letters, digits, `-` and `_`.
    pub namespace: String,
    pub theme: Theme,
    /// Opt-in xAPI: `?xapi=postmessage&xapi_origin=<origin>` posts a statement at each Save to the
    /// parent window, at exactly that origin. Both parameters, or nothing is posted.
    pub xapi_origin: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            lang: None,
            frameworks: builtin_ids(),
            framework_files: Vec::new(),
            compact: false,
            namespace: DEFAULT_NAMESPACE.to_string(),
            theme: Theme::Auto,
            xapi_origin: None,
        }
    }
}

pub const DEFAULT_NAMESPACE: &str = "default";
/// At most this many framework files by URL.
pub const MAX_FRAMEWORK_FILES: usize = 5;

fn builtin_ids() -> Vec<String> {
    builtin().iter().map(|f| f.id.to_string()).collect()
}

/// A URL the widget may fetch a framework file from: relative, so on the page's own origin
/// (`files/x.json`, `/x.json`, `../x.json`). No scheme, no `//host`, no backslashes, which some
/// browsers read as slashes. The shell checks the resolved origin once more before fetching.
pub fn is_relative_url(url: &str) -> bool {
    let path_part = url.split(['?', '#']).next().unwrap_or("");
    !url.is_empty()
        && url.len() <= 300
        && !url.starts_with("//")
        && !url.contains('\\')
        && !path_part.split('/').next().unwrap_or("").contains(':')
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

impl Config {
    /// Reads a query string (with or without the leading `?`). Unknown keys and bad values are
    /// ignored and reported, so a typo in an LMS embed never stops the widget.
    pub fn from_query(query: &str) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        let (mut xapi, mut xapi_origin) = (false, None);
        for (key, raw) in query_pairs(query) {
            let value = percent_decode(raw);
            let mut bad = || warnings.push(format!("Cermin: ignoring {key}=\"{value}\""));
            match key {
                "lang" => match Lang::from_code(&value) {
                    Some(lang) => config.lang = Some(lang),
                    None => bad(),
                },
                "framework" => {
                    let mut chosen: Vec<String> = Vec::new();
                    for code in value.split(',') {
                        match builtin_framework(code.trim()) {
                            Some(f) if !chosen.iter().any(|c| *c == f.id) => {
                                chosen.push(f.id.to_string())
                            }
                            _ => bad(),
                        }
                    }
                    if !chosen.is_empty() {
                        config.frameworks = chosen;
                    }
                }
                "frameworks" => {
                    // Split before decoding: a comma inside a URL is sent as `%2C`.
                    for url in raw.split(',').map(percent_decode) {
                        let url = url.trim();
                        let fits = config.framework_files.len() < MAX_FRAMEWORK_FILES;
                        if fits
                            && is_relative_url(url)
                            && !config.framework_files.iter().any(|u| u == url)
                        {
                            config.framework_files.push(url.to_string());
                        } else {
                            warnings.push(format!(
                                "Cermin: refusing frameworks=\"{url}\": only up to {MAX_FRAMEWORK_FILES} relative URLs on this site"
                            ));
                        }
                    }
                }
                "compact" => match value.as_str() {
                    "" | "1" | "true" => config.compact = true,
                    "0" | "false" => config.compact = false,
                    _ => bad(),
                },
                "ns" => {
                    let ok = (1..=32).contains(&value.len())
                        && value
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                    if ok {
                        config.namespace = value.clone();
                    } else {
                        bad();
                    }
                }
                "theme" => match value.as_str() {
                    "light" => config.theme = Theme::Light,
                    "dark" => config.theme = Theme::Dark,
                    "auto" => config.theme = Theme::Auto,
                    _ => bad(),
                },
                "xapi" => match value.as_str() {
                    "postmessage" => xapi = true,
                    _ => bad(),
                },
                "xapi_origin" => match is_origin(&value) {
                    true => xapi_origin = Some(value.clone()),
                    false => bad(),
                },
                _ => warnings.push(format!("Cermin: unknown parameter \"{key}\"")),
            }
        }
        match (xapi, xapi_origin) {
            (true, Some(origin)) => config.xapi_origin = Some(origin),
            (false, None) => {}
            _ => warnings.push(
                "Cermin: xAPI needs both xapi=postmessage and xapi_origin=<origin>; nothing is posted"
                    .into(),
            ),
        }
        (config, warnings)
    }

    /// The query string that reproduces this configuration (defaults left out), for the embed code.
    pub fn to_query(&self, lang: Lang) -> String {
        let mut parts = vec![format!("lang={}", lang.code())];
        if self.frameworks != builtin_ids() {
            parts.push(format!("framework={}", self.frameworks.join(",")));
        }
        if !self.framework_files.is_empty() {
            parts.push(format!("frameworks={}", self.framework_files.join(",")));
        }
        if self.compact {
            parts.push("compact=1".into());
        }
        if self.namespace != DEFAULT_NAMESPACE {
            parts.push(format!("ns={}", self.namespace));
        }
        if self.theme != Theme::Auto {
            parts.push(format!("theme={}", self.theme.code()));
        }
        if let Some(origin) = &self.xapi_origin {
            parts.push(format!("xapi=postmessage&xapi_origin={origin}"));
        }
        parts.join("&")
    }
}

/// An origin exactly as a browser writes it: `http` or `https`, `://`, a lowercase host name (or
/// IPv4 address, or `[IPv6]`), an optional port, and nothing else: no path, not even `/`, no
/// user, query or fragment. Messages are posted to this origin only, never to `*`.
pub fn is_origin(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = match rest.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((address, port)) => {
                let ok = !address.is_empty()
                    && address
                        .bytes()
                        .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
                if !ok || address.bytes().any(|b| b.is_ascii_uppercase()) {
                    return false;
                }
                ("[v6]", port)
            }
            None => return false,
        },
        None => match rest.find(':') {
            Some(at) => (&rest[..at], &rest[at..]),
            None => (rest, ""),
        },
    };
    let host_ok = host == "[v6]"
        || (!host.is_empty()
            && host.len() <= 253
            && host.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            }));
    let port_ok = match port.strip_prefix(':') {
        None => port.is_empty(),
        Some(digits) => {
            !digits.is_empty()
                && digits.len() <= 5
                && digits.bytes().all(|b| b.is_ascii_digit())
                && digits
                    .parse::<u32>()
                    .is_ok_and(|p| (1..=65535).contains(&p))
        }
    };
    host_ok && port_ok
}

/// A query string's `key=value` pairs (with or without the leading `?`), the values as written.
fn query_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    (query.split('&').filter(|p| !p.is_empty()))
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// The first value of `key` in a query string, decoded as the widget's settings are: the cohort
/// page reads its `lang` with this.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    let (_, raw) = query_pairs(query).find(|(k, _)| *k == key)?;
    Some(percent_decode(raw))
}

/// Decodes `%XX` escapes and `+`; invalid escapes are kept as they are.
fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(query: &str, expected: Config, warnings: usize) {
        let (config, found) = Config::from_query(query);
        assert_eq!(config, expected, "{query}");
        assert_eq!(found.len(), warnings, "{query}: {found:?}");
    }

    #[test]
    fn query_value_reads_a_key_decoded_as_the_settings_are() {
        assert_eq!(query_value("?lang=en&x=1", "lang").as_deref(), Some("en"));
        assert_eq!(query_value("x=1&lang=%65n", "lang").as_deref(), Some("en"));
        assert_eq!(
            query_value("?language=en&lang", "lang").as_deref(),
            Some("")
        );
        assert_eq!(query_value("?xlang=en", "lang"), None);
        assert_eq!(query_value("", "lang"), None);
    }

    #[test]
    fn empty_query_gives_defaults() {
        check("", Config::default(), 0);
        check("?", Config::default(), 0);
    }

    #[test]
    fn each_parameter_has_its_effect() {
        check(
            "?lang=en&framework=digcomp,agility&compact=1&ns=course-7&theme=dark",
            Config {
                lang: Some(Lang::En),
                frameworks: vec!["digcomp".into(), "agility".into()],
                framework_files: Vec::new(),
                compact: true,
                namespace: "course-7".into(),
                theme: Theme::Dark,
                xapi_origin: None,
            },
            0,
        );
        check(
            "compact",
            Config {
                compact: true,
                ..Config::default()
            },
            0,
        );
    }

    #[test]
    fn bad_values_are_ignored_with_a_warning() {
        check(
            "lang=fr&theme=pink&ns=a%20b&compact=maybe&x=1",
            Config::default(),
            5,
        );
        check("framework=nope", Config::default(), 1);
        check(
            "framework=widyaiswara,nope,widyaiswara",
            Config {
                frameworks: vec!["widyaiswara".into()],
                ..Config::default()
            },
            2,
        );
        check(&format!("ns={}", "a".repeat(33)), Config::default(), 1);
    }

    #[test]
    fn xapi_needs_both_parameters_and_an_exact_origin() {
        let on = |origin: &str| Config {
            xapi_origin: Some(origin.into()),
            ..Config::default()
        };
        check(
            "xapi=postmessage&xapi_origin=https%3A%2F%2Flms.example.ac.id",
            on("https://lms.example.ac.id"),
            0,
        );
        check(
            "xapi=postmessage&xapi_origin=http://127.0.0.1:8080",
            on("http://127.0.0.1:8080"),
            0,
        );
        check(
            "xapi=postmessage&xapi_origin=http://[::1]:3000",
            on("http://[::1]:3000"),
            0,
        );
        check("xapi=postmessage", Config::default(), 1);
        check("xapi_origin=https://lms.example", Config::default(), 1);
        check(
            "xapi=beacon&xapi_origin=https://lms.example",
            Config::default(),
            2,
        );
        for bad in [
            "*",
            "null",
            "https://lms.example/",
            "https://lms.example/path",
            "https://LMS.example",
            "https://lms.example:0",
            "https://lms.example:99999",
            "https://user@lms.example",
            "https://lms.example?x=1",
            "https://lms.example#x",
            "ftp://lms.example",
            "https://",
            "https://-lms.example",
            "https://lms..example",
            "javascript:alert(1)",
        ] {
            assert!(!is_origin(bad), "{bad}");
            check(
                &format!("xapi=postmessage&xapi_origin={bad}"),
                Config::default(),
                2,
            );
        }
    }

    #[test]
    fn framework_files_must_be_relative_urls() {
        let (config, warnings) = Config::from_query(
            "frameworks=files/a.json,/b.json,../c.json?v=2,https://evil.example/x.json,//evil.example/x.json,javascript:alert(1),data:application/json,a%5Cb.json,files/a.json",
        );
        assert_eq!(
            config.framework_files,
            ["files/a.json", "/b.json", "../c.json?v=2"]
        );
        assert_eq!(warnings.len(), 6, "{warnings:?}");
        for ok in ["x.json", "a/b:c.json", "./x.json?a=b:c"] {
            assert!(is_relative_url(ok), "{ok}");
        }
        for refused in [
            "",
            "http://x/y",
            "HTTPS://x",
            "//x",
            "\\\\x",
            "a b",
            "file:///etc/passwd",
            "blob:x",
        ] {
            assert!(!is_relative_url(refused), "{refused}");
        }
        let (comma, _) = Config::from_query("frameworks=a%2Cb.json,c.json");
        assert_eq!(comma.framework_files, ["a,b.json", "c.json"]);
        let (many, warnings) =
            Config::from_query("frameworks=1.json,2.json,3.json,4.json,5.json,6.json");
        assert_eq!((many.framework_files.len(), warnings.len()), (5, 1));
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("a%2Cb+c%zz%4"), "a,b c%zz%4");
        check(
            "framework=digcomp%2Cagility",
            Config {
                frameworks: vec!["digcomp".into(), "agility".into()],
                ..Config::default()
            },
            0,
        );
    }

    #[test]
    fn query_round_trips() {
        let (config, _) = Config::from_query(
            "framework=digcomp&compact=1&ns=x&theme=light&xapi=postmessage&xapi_origin=https://a.b",
        );
        let (again, warnings) = Config::from_query(&config.to_query(Lang::Id));
        assert!(warnings.is_empty());
        assert_eq!(
            again,
            Config {
                lang: Some(Lang::Id),
                ..config
            }
        );
    }
}
