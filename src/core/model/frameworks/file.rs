//! The framework file: reading one from JSON, with every refusal naming the field and the reason.

pub use super::check::{MAX_AXES, MAX_ITEMS, MAX_LEVELS};
pub use super::error::{FileError, Problem};
use super::Framework;
use super::{check, json_path};
use serde::Deserialize;

/// The `format` field that marks a file as a Cermin framework.
pub const FORMAT: &str = "cermin.framework";
/// The file format this build reads and writes. A newer one is refused, never guessed at.
pub const FORMAT_VERSION: u32 = 1;
/// Larger files are refused before parsing: a framework of the largest allowed size is far smaller.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

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
    let mut framework: Framework = serde_json::from_str(text).map_err(|e| {
        shape_error(
            json_path::path_at(text, e.line(), e.column()),
            &e.to_string(),
        )
    })?;
    check::check(&mut framework)?;
    Ok(framework)
}

/// A serde refusal as a field and a reason. `container` is the object or array the reader was
/// in, `key` the key of the value it was reading there: a missing field is named after the
/// object; an unknown field or a value of the wrong type after its own key.
fn shape_error((container, key): (String, Option<String>), message: &str) -> FileError {
    // serde_json appends the position; the path says where already.
    let message = message.split(" at line ").next().unwrap_or(message);
    let named = |field: &str| {
        let mut path = container.clone();
        json_path::join(&mut path, field);
        path
    };
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    match (missing, key) {
        (Some(field), _) => FileError::at(named(field), Problem::Missing),
        (None, Some(key)) if message.starts_with("unknown field `") => {
            FileError::at(named(&key), Problem::Unknown)
        }
        (None, Some(key)) => FileError::at(named(&key), Problem::WrongType(message.to_string())),
        (None, None) => FileError::at(container, Problem::WrongType(message.to_string())),
    }
}

/// The framework as a file: what is kept with the history for a framework a person added.
pub fn save(framework: &Framework) -> String {
    serde_json::to_string(framework).unwrap_or_default()
}
