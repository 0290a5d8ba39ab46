//! The rules and limits a framework file is held to, so that no file can make the widget unusable.

use super::error::{FileError, Problem};
use super::{Framework, LocalText};
use crate::core::i18n::Lang;
use std::collections::HashSet;

pub const MIN_AXES: usize = 3;
pub const MAX_AXES: usize = 12;
pub const MAX_ITEMS: usize = 60;
pub const MIN_LEVELS: usize = 2;
pub const MAX_LEVELS: usize = 10;
pub const MAX_SOURCES: usize = 12;

/// Longest texts, in characters.
const NAME: usize = 120;
const SHORT: usize = 24;
const DESCRIPTION: usize = 600;
const PROMPT: usize = 400;
const LEVEL_NAME: usize = 60;
const CITATION: usize = 400;
const URL: usize = 500;
const VERSION: usize = 32;
const FRAMEWORK_ID: usize = 32;
const ITEM_ID: usize = 80;
const CODE: usize = 16;

type Checked = Result<(), FileError>;

/// Checks a framework read from a file, and gives an item alone on its axis the axis's name and
/// description where it has none of its own.
pub fn check(f: &mut Framework) -> Checked {
    let ok_framework_id = f.id.len() <= FRAMEWORK_ID
        && f.id.starts_with(|c: char| c.is_ascii_lowercase())
        && f.id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if !ok_framework_id {
        return Err(FileError::at("id", Problem::BadId));
    }
    plain("version", &f.version, VERSION)?;
    let langs = f.languages();
    let texts = Texts { langs: &langs };
    texts.check("name", &f.name, NAME)?;
    texts.check("description", &f.description, DESCRIPTION)?;
    texts.check("scale.question", &f.scale.question, NAME)?;
    if let Some(question) = &f.scale.observer_question {
        texts.check("scale.observer_question", question, NAME)?;
    }
    count("scale.levels", f.scale.levels.len(), MIN_LEVELS, MAX_LEVELS)?;
    for (n, level) in f.scale.levels.iter().enumerate() {
        texts.check(&format!("scale.levels[{n}].name"), &level.name, LEVEL_NAME)?;
        texts.check(
            &format!("scale.levels[{n}].descriptor"),
            &level.descriptor,
            DESCRIPTION,
        )?;
    }
    count("axes", f.axes.len(), MIN_AXES, MAX_AXES)?;
    let prefix = format!("{}.", f.id);
    let id = |path: &str, id: &str| -> Checked {
        let ok = id.len() <= ITEM_ID
            && id.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'_')
            });
        if !ok {
            return Err(FileError::at(path, Problem::BadId));
        }
        if !id.starts_with(&prefix) || id.len() == prefix.len() {
            let prefix = prefix.clone();
            return Err(FileError::at(path, Problem::WrongPrefix { prefix }));
        }
        Ok(())
    };
    let (mut axis_ids, mut item_ids, mut items) = (HashSet::new(), HashSet::new(), 0);
    for (a, axis) in f.axes.to_mut().iter_mut().enumerate() {
        let at = format!("axes[{a}]");
        id(&format!("{at}.id"), &axis.id)?;
        if !axis_ids.insert(axis.id.clone()) {
            return Err(FileError::at(format!("{at}.id"), Problem::Duplicate));
        }
        texts.check(&format!("{at}.name"), &axis.name, NAME)?;
        if let Some(short) = &axis.short {
            texts.check(&format!("{at}.short"), short, SHORT)?;
        }
        texts.check(&format!("{at}.description"), &axis.description, DESCRIPTION)?;
        count(&format!("{at}.items"), axis.items.len(), 1, MAX_ITEMS)?;
        items += axis.items.len();
        if items > MAX_ITEMS {
            return Err(FileError::at(format!("{at}.items"), Problem::TooManyItems));
        }
        let alone = axis.items.len() == 1;
        for (i, item) in axis.items.to_mut().iter_mut().enumerate() {
            let at = format!("{at}.items[{i}]");
            id(&format!("{at}.id"), &item.id)?;
            if !item_ids.insert(item.id.clone()) {
                return Err(FileError::at(format!("{at}.id"), Problem::Duplicate));
            }
            if let Some(code) = &item.code {
                plain(&format!("{at}.code"), code, CODE)?;
            }
            if alone && item.name.is_empty() {
                item.name = axis.name.clone();
            }
            if alone && item.description.is_empty() {
                item.description = axis.description.clone();
            }
            texts.check(&format!("{at}.name"), &item.name, NAME)?;
            texts.check(&format!("{at}.description"), &item.description, DESCRIPTION)?;
            texts.check(&format!("{at}.prompt"), &item.prompt, PROMPT)?;
            if let Some(observer) = &item.observer {
                texts.check(&format!("{at}.observer"), observer, PROMPT)?;
            }
        }
    }
    for (a, axis) in f.axes.iter().enumerate() {
        for (r, old) in axis.replaces.iter().enumerate() {
            let at = format!("axes[{a}].replaces[{r}]");
            id(&at, old)?;
            if item_ids.contains(old) {
                return Err(FileError::at(at, Problem::Duplicate));
            }
        }
    }
    count("sources", f.sources.len(), 0, MAX_SOURCES)?;
    for (s, source) in f.sources.iter().enumerate() {
        let at = format!("sources[{s}]");
        texts.check(&format!("{at}.citation"), &source.citation, CITATION)?;
        if let Some(note) = &source.note {
            texts.check(&format!("{at}.note"), note, DESCRIPTION)?;
        }
        if let Some(url) = &source.url {
            let ok = (url.starts_with("https://") || url.starts_with("http://"))
                && url.chars().count() <= URL
                && !url.contains(|c: char| c.is_whitespace() || c.is_control() || c == '"');
            if !ok {
                return Err(FileError::at(format!("{at}.url"), Problem::BadUrl));
            }
        }
    }
    Ok(())
}

/// The languages every text must have: those of the framework's name.
struct Texts<'a> {
    langs: &'a [Lang],
}

impl Texts<'_> {
    fn check(&self, path: &str, text: &LocalText, max: usize) -> Checked {
        if text.is_empty() {
            return Err(FileError::at(path, Problem::Missing));
        }
        for lang in Lang::ALL {
            let at = || format!("{path}.{}", lang.code());
            match (lang, text.id.as_deref(), text.en.as_deref()) {
                (Lang::Id, Some(t), _) | (Lang::En, _, Some(t)) => plain(&at(), t, max)?,
                _ if self.langs.contains(&lang) => {
                    return Err(FileError::at(at(), Problem::MissingLanguage(lang)))
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// A one-line or multi-line text: not blank, no longer than `max` characters, no control
/// characters other than line breaks and tabs.
fn plain(path: &str, text: &str, max: usize) -> Checked {
    text_problem(text, max).map_or(Ok(()), |problem| Err(FileError::at(path, problem)))
}

/// What is wrong with a text by the rule of [`plain`], if anything: the one rule for texts from
/// outside (framework files, and others' feedback in `core::feedback`).
pub fn text_problem(text: &str, max: usize) -> Option<Problem> {
    if text.trim().is_empty() {
        return Some(Problem::Empty);
    }
    if text.len() > max && text.chars().count() > max {
        return Some(Problem::TooLong { max });
    }
    if text.contains(|c: char| c.is_control() && c != '\n' && c != '\t') {
        return Some(Problem::Control);
    }
    None
}

fn count(path: &str, n: usize, min: usize, max: usize) -> Checked {
    if n < min {
        return Err(FileError::at(path, Problem::TooFew { min }));
    }
    if n > max {
        return Err(FileError::at(path, Problem::TooMany { max }));
    }
    Ok(())
}
