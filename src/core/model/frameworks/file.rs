//! The framework file: reading one from JSON, with every refusal naming the field and the reason.

use super::check;
pub use super::check::{MAX_AXES, MAX_ITEMS, MAX_LEVELS};
use super::Framework;
use serde::Deserialize;

/// The `format` field that marks a file as a Cermin framework.
pub const FORMAT: &str = "cermin.framework";
/// The file format this build reads and writes. A newer one is refused, never guessed at.
pub const FORMAT_VERSION: u32 = 1;
/// Larger files are refused before parsing: a framework of the largest allowed size is far smaller.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

/// Why a framework file was refused: where (a JSON path such as `axes[3].items[0].prompt.id`,
/// empty for the whole file) and why. `texts` gives the message in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub path: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    TooLarge,
    NotJson,
    /// JSON, but no `"format": "cermin.framework"`.
    NotFramework,
    NewerFormat(u64),
    Missing,
    /// A field the format does not have (often a typo).
    Unknown,
    /// A value of the wrong type; the detail is the parser's (English) wording.
    WrongType(String),
    Empty,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    TooFew {
        min: usize,
    },
    /// More than [`check::MAX_ITEMS`] items over all axes.
    TooManyItems,
    BadId,
    WrongPrefix {
        prefix: String,
    },
    Duplicate,
    /// A text lacks a language the framework's name has.
    MissingLanguage(crate::core::i18n::Lang),
    BadUrl,
    /// An invisible control character (other than a line break or tab) in a text.
    Control,
    /// The id of a built-in framework.
    Taken,
    /// Not read at all: the address given could not be fetched (the shell says so).
    FetchFailed(String),
}

impl FileError {
    pub fn at(path: impl Into<String>, problem: Problem) -> FileError {
        FileError {
            path: path.into(),
            problem,
        }
    }
}

/// Only the marker fields, read first so that a file of another format or a newer version is
/// told apart before its fields are held to this version's rules. Other fields are skipped.
#[derive(Deserialize)]
struct Format {
    format: Option<String>,
}

#[derive(Deserialize)]
struct FormatVersion {
    format_version: Option<u64>,
}

/// Reads a framework file and checks it against the format's rules and limits.
pub fn load(text: &str) -> Result<Framework, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::at("", Problem::TooLarge));
    }
    let format: Format = serde_json::from_str(text).map_err(|e| {
        let problem = if e.is_data() {
            Problem::NotFramework
        } else {
            Problem::NotJson
        };
        let path = if e.is_data() && text.trim_start().starts_with('{') {
            "format"
        } else {
            ""
        };
        FileError::at(path, problem)
    })?;
    if format.format.as_deref() != Some(FORMAT) {
        return Err(FileError::at("format", Problem::NotFramework));
    }
    match serde_json::from_str::<FormatVersion>(text).map(|v| v.format_version) {
        Ok(Some(v)) if v > u64::from(FORMAT_VERSION) => {
            return Err(FileError::at("format_version", Problem::NewerFormat(v)))
        }
        Ok(Some(v)) if v >= 1 => {}
        Ok(None) => return Err(FileError::at("format_version", Problem::Missing)),
        _ => {
            let problem = Problem::WrongType("expected a whole number from 1".into());
            return Err(FileError::at("format_version", problem));
        }
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let mut framework: Framework = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| shape_error(e.path().to_string(), &e.into_inner().to_string()))?;
    check::check(&mut framework)?;
    Ok(framework)
}

/// A serde refusal as a field and a reason: a missing or unknown field is named in the path.
fn shape_error(path: String, message: &str) -> FileError {
    let path = if path == "." { String::new() } else { path };
    // serde_json appends the position; the path says where already.
    let message = message.split(" at line ").next().unwrap_or(message);
    let quoted = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string)
    };
    let join = |field: String| match path.is_empty() {
        true => field,
        false => format!("{path}.{field}"),
    };
    if let Some(field) = quoted("missing field `") {
        FileError::at(join(field), Problem::Missing)
    } else if quoted("unknown field `").is_some() {
        // The path already ends at the unknown field.
        FileError::at(path, Problem::Unknown)
    } else {
        FileError::at(path, Problem::WrongType(message.to_string()))
    }
}

/// The framework as a file: what is kept with the history for a framework a person added.
pub fn save(framework: &Framework) -> String {
    serde_json::to_string(framework).unwrap_or_default()
}
