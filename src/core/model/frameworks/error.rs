//! Why a framework file was refused: the error that both `file` (the reader) and `check` return.

use crate::core::i18n::Lang;

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
    /// More than [`super::check::MAX_ITEMS`] items over all axes.
    TooManyItems,
    BadId,
    WrongPrefix {
        prefix: String,
    },
    Duplicate,
    /// A text lacks a language the framework's name has.
    MissingLanguage(Lang),
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
