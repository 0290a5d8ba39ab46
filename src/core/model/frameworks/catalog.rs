//! The frameworks this page knows: the built-ins, compiled in at build time, and the ones a
//! person or the host page added.
//!
//! A framework lives for the whole page, so everything refers to it as `&'static Framework`
//! (cheap to copy and to compare in UI properties). A framework from a file is interned once per
//! distinct content, which bounds the memory to what the person actually loaded.

use super::file::{self, FileError, Problem};
use super::{Framework, Item, LocalText};
use std::cell::RefCell;

/// The built-in frameworks, in the order the tabs show them: `frameworks/*.json`, read and
/// checked by `build.rs` with [`file::load`] and compiled in, so nothing is parsed at start-up
/// (a bad file fails the build).
pub fn builtin() -> &'static [Framework] {
    &baked::BUILTIN
}

mod baked {
    use super::super::types::*;
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/builtin_frameworks.rs"));
}

/// The observer wording of an item (or, by a framework's id, its scale's observer question): the
/// file's own for a framework from a file; for a built-in, from a table kept apart from the
/// frameworks, so that only others' feedback, which reads it, carries it.
pub fn observer(item: &Item) -> Option<&LocalText> {
    item.observer
        .as_ref()
        .or_else(|| builtin_observer(&item.id))
}

/// A framework's scale's question asked about another person (see [`observer`]).
pub fn observer_question(framework: &Framework) -> Option<&LocalText> {
    framework
        .scale
        .observer_question
        .as_ref()
        .or_else(|| builtin_observer(&framework.id))
}

fn builtin_observer(id: &str) -> Option<&'static LocalText> {
    baked::OBSERVERS
        .iter()
        .find(|(of, _)| *of == id)
        .map(|(_, text)| text)
}

/// A built-in framework by id.
pub fn builtin_framework(id: &str) -> Option<&'static Framework> {
    builtin().iter().find(|f| f.id == id)
}

/// Finds an item of a built-in framework by its stored id, with its framework. Every item id
/// starts with its framework's id and a dot, so only that framework is searched.
pub fn find_builtin_item(id: &str) -> Option<(&'static Framework, &'static Item)> {
    let framework = builtin().iter().find(|f| f.owns(id))?;
    Some((framework, framework.item(id)?))
}

thread_local! {
    static INTERNED: RefCell<Vec<(String, &'static Framework)>> = const { RefCell::new(Vec::new()) };
}

/// A framework from a file, for the rest of the page's life. The same content gives the same
/// reference, so reading a stored framework again (a reload, another tab) costs nothing more.
pub fn intern(framework: Framework) -> &'static Framework {
    let content = file::save(&framework);
    INTERNED.with(|interned| {
        let mut interned = interned.borrow_mut();
        if let Some((_, known)) = interned.iter().find(|(c, _)| *c == content) {
            return *known;
        }
        let kept: &'static Framework = Box::leak(Box::new(framework));
        interned.push((content, kept));
        kept
    })
}

/// The frameworks a page knows, in tab order: the built-ins first, then each added one.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    frameworks: Vec<&'static Framework>,
}

impl Default for Catalog {
    fn default() -> Catalog {
        Catalog {
            frameworks: builtin().iter().collect(),
        }
    }
}

impl Catalog {
    pub fn all(&self) -> &[&'static Framework] {
        &self.frameworks
    }

    /// The frameworks that did not come with Cermin.
    pub fn added(&self) -> impl Iterator<Item = &'static Framework> + '_ {
        self.frameworks
            .iter()
            .copied()
            .filter(|f| builtin_framework(&f.id).is_none())
    }

    pub fn get(&self, id: &str) -> Option<&'static Framework> {
        self.frameworks.iter().copied().find(|f| f.id == id)
    }

    /// An item of any known framework by its stored id, with its framework.
    pub fn find_item(&self, id: &str) -> Option<(&'static Framework, &'static Item)> {
        let framework = self.frameworks.iter().copied().find(|f| f.owns(id))?;
        Some((framework, framework.item(id)?))
    }

    /// Whether an id is an item of a framework here, or an earlier item one of them replaced.
    pub fn knows(&self, id: &str) -> bool {
        self.frameworks
            .iter()
            .any(|f| f.owns(id) && (f.item(id).is_some() || f.replacing_axis(id).is_some()))
    }

    /// Adds a framework read from a file (interned: see [`intern`]). A built-in's id is
    /// refused; a framework with the id of one added before replaces it (a revised file),
    /// keeping its place.
    pub fn add(&mut self, framework: &'static Framework) -> Result<(), FileError> {
        if builtin_framework(&framework.id).is_some() {
            return Err(FileError::at("id", Problem::Taken));
        }
        match self.frameworks.iter().position(|f| f.id == framework.id) {
            Some(i) => self.frameworks[i] = framework,
            None => self.frameworks.push(framework),
        }
        Ok(())
    }
}
