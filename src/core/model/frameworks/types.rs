//! The framework types: a framework of axes and items, rated on a scale, with its sources. They
//! are also the framework file's serde types, and `build.rs` reads the built-in files with them.

use crate::core::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A framework's text: borrowed for a built-in (compiled in by `build.rs`, nothing read at
/// start-up), owned for a file read while the page runs.
pub type Str = Cow<'static, str>;
/// A framework's list, borrowed or owned as [`Str`].
pub type List<T> = Cow<'static, [T]>;

/// A framework text in the languages its file gives: at least one, both for the built-ins.
/// A text missing in one language is shown in the other (and the widget says the framework is
/// in one language only).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<Str>,
}

impl LocalText {
    pub fn new(id: &str, en: &str) -> LocalText {
        LocalText {
            id: Some(Cow::Owned(id.to_string())),
            en: Some(Cow::Owned(en.to_string())),
        }
    }

    /// The text in `lang`, else in the other language, else empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (wanted, other) = match lang {
            Lang::Id => (&self.id, &self.en),
            Lang::En => (&self.en, &self.id),
        };
        wanted.as_deref().or(other.as_deref()).unwrap_or("")
    }

    pub fn has(&self, lang: Lang) -> bool {
        match lang {
            Lang::Id => self.id.is_some(),
            Lang::En => self.en.is_some(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.id.is_none() && self.en.is_none()
    }
}

/// A framework: what the radar shows (axes) and what a person rates (items), as its file says.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Always [`file::FORMAT`]: marks the file as a Cermin framework.
    pub format: Str,
    /// The version of the file format (not of the framework): [`file::FORMAT_VERSION`] or older.
    pub format_version: u32,
    /// Short, stable and stored with every rating (as the prefix of each item id): never rename it.
    pub id: Str,
    /// The framework's own version, recorded with each session that rates it.
    pub version: Str,
    pub name: LocalText,
    /// One or two sentences shown above the items: what this framework is.
    pub description: LocalText,
    pub scale: Scale,
    pub axes: List<Axis>,
    /// Where the framework comes from, shown under "About this framework" and in the print.
    #[serde(default, skip_serializing_if = "<[Source]>::is_empty")]
    pub sources: List<Source>,
}

/// One spoke of the radar; its score is the mean of its rated items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Axis {
    pub id: Str,
    pub name: LocalText,
    /// A shorter name for narrow radar labels; the name where absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<LocalText>,
    pub description: LocalText,
    pub items: List<Item>,
    /// Ids of earlier items that this axis's items replaced (a framework revised). Their ratings
    /// are kept and stand for the axis in a session that rated none of its current items.
    #[serde(default, skip_serializing_if = "<[Str]>::is_empty")]
    pub replaces: List<Str>,
}

/// Something a person rates. Ids start with the framework's id and a dot, and are stored.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: Str,
    /// The framework's own numbering ("1.1" … "5.4" for DigComp), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Str>,
    /// The item's name; an item alone on its axis may leave it out and take the axis's.
    #[serde(default, skip_serializing_if = "LocalText::is_empty")]
    pub name: LocalText,
    #[serde(default, skip_serializing_if = "LocalText::is_empty")]
    pub description: LocalText,
    /// The self-reflection prompt shown with the rating control.
    pub prompt: LocalText,
    /// The same behaviour worded for someone who watches the person (a supervisor, a colleague,
    /// a participant), answering [`Scale::observer_question`]. Optional: files written before it
    /// existed have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observer: Option<LocalText>,
}

/// A rating scale: level `n` (1-based) is `levels[n - 1]`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The question the levels answer, e.g. "How often do I do this?".
    pub question: LocalText,
    /// The same question asked about another person, e.g. "How often does this person do this?".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observer_question: Option<LocalText>,
    pub levels: List<Level>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub name: LocalText,
    pub descriptor: LocalText,
}

/// A work the framework follows, and how Cermin's version differs from it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub citation: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalText>,
}

impl Scale {
    pub fn max(&self) -> u8 {
        self.levels.len() as u8
    }

    pub fn level(&self, value: u8) -> Option<&Level> {
        (value as usize)
            .checked_sub(1)
            .and_then(|i| self.levels.get(i))
    }

    pub fn contains(&self, value: u8) -> bool {
        self.level(value).is_some()
    }
}

impl Axis {
    /// The label for a narrow radar: the short name where the file gives one.
    pub fn short_name(&self, lang: Lang) -> &str {
        self.short.as_ref().unwrap_or(&self.name).get(lang)
    }
}

impl Item {
    /// The framework's numbering, empty where there is none.
    pub fn code(&self) -> &str {
        self.code.as_deref().unwrap_or("")
    }
}

// A framework lives for the whole page (see `catalog`): two references are the same framework,
// item or scale exactly when they point to the same place, which is also what UI properties need
// to compare cheaply.
impl PartialEq for Framework {
    fn eq(&self, other: &Framework) -> bool {
        std::ptr::eq(self, other)
    }
}

impl PartialEq for Item {
    fn eq(&self, other: &Item) -> bool {
        std::ptr::eq(self, other)
    }
}

impl PartialEq for Scale {
    fn eq(&self, other: &Scale) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Framework {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.axes.iter().flat_map(|axis| axis.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|item| item.id == id)
    }

    /// The languages every text of this framework is written in (one or both).
    pub fn languages(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&lang| self.name.has(lang))
            .collect()
    }

    /// The axis that took over from an earlier item (see [`Axis::replaces`]).
    pub fn replacing_axis(&self, old_item: &str) -> Option<&Axis> {
        self.axes
            .iter()
            .find(|axis| axis.replaces.iter().any(|id| id == old_item))
    }

    /// Whether `item` (an id) belongs to this framework by its prefix, known to it or not.
    pub fn owns(&self, item: &str) -> bool {
        item.split_once('.')
            .is_some_and(|(prefix, _)| prefix == self.id)
    }
}
