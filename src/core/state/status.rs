//! What the status line says, in the person's language.

use crate::core::i18n::Lang;
use crate::core::model::frameworks::file::FileError;
use crate::core::model::frameworks::{Catalog, Framework};
use crate::core::store::import::ImportSummary;
use crate::core::texts::T;

/// What the status line says (politely announced to screen readers).
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Say(T),
    /// A rating changed: says the item and the level chosen.
    Rated {
        item: String,
        level: Option<u8>,
    },
    Imported(ImportSummary),
    /// A session was deleted: the status offers Undo.
    Deleted,
    /// The person added a framework file.
    FrameworkAdded(&'static Framework),
    /// A framework file was refused: the field and the reason.
    FrameworkRefused(FileError),
}

impl Status {
    /// The message in `lang`; `catalog` names the item of a rating.
    pub fn message(&self, lang: Lang, catalog: &Catalog) -> String {
        match self {
            Status::Say(text) => text.get(lang).to_string(),
            Status::Rated { item, level } => {
                let Some((framework, item)) = catalog.find_item(item) else {
                    return String::new();
                };
                let level = level
                    .and_then(|l| framework.scale.level(l))
                    .map_or(T::Unrated.get(lang), |l| l.name.get(lang));
                T::RatingAnnounced.fill(lang, &[("item", item.name.get(lang)), ("level", level)])
            }
            Status::Imported(counts) => T::ImportSummary.fill(
                lang,
                &[
                    ("added", &counts.added.to_string()),
                    ("updated", &counts.updated.to_string()),
                    ("unchanged", &counts.unchanged.to_string()),
                    ("skipped", &counts.skipped.to_string()),
                ],
            ),
            Status::Deleted => T::DeletedSession.get(lang).to_string(),
            Status::FrameworkAdded(framework) => {
                T::FrameworkAdded.fill(lang, &[("framework", framework.name.get(lang))])
            }
            Status::FrameworkRefused(error) => error.message(lang),
        }
    }
}
