//! An item's wording for a rater who observes the person: the item's own observer prompt once framework files have one, else a neutral frame around its self-prompt.
//!
//! Items are written in the first person ("I try another approach…"). Another branch adds an
//! optional observer prompt to framework items; until it lands every item gets the neutral
//! frame: "What Ani says about themselves:" above the self-prompt, and "Choose the level that best
//! matches what you have seen of Ani." in place of the scale's first-person question. When the
//! field lands, [`observer_prompt`] returns it (`frame: None`) for items that have one.

use super::texts::F;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Item;

/// What a rater reads for one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObserverPrompt<'a> {
    /// A line shown before the prompt (the neutral frame, with the asker's name), if any.
    pub frame: Option<String>,
    /// The prompt itself: the item's observer prompt, else its self-prompt.
    pub prompt: &'a str,
}

/// The wording of `item` for someone rating `name` (the asker's display name) in `lang`.
pub fn observer_prompt<'a>(item: &'a Item, lang: Lang, name: &str) -> ObserverPrompt<'a> {
    // The place for `item.observer`: `if let Some(text) = &item.observer { return
    // ObserverPrompt { frame: None, prompt: text.get(lang) } }`.
    ObserverPrompt {
        frame: Some(F::ObserverFrame.fill(lang, &[("name", name)])),
        prompt: item.prompt.get(lang),
    }
}

/// The question above the levels, for a rater: the scale's own is in the first person.
pub fn observer_question(lang: Lang, name: &str) -> String {
    F::ObserverScale.fill(lang, &[("name", name)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::frameworks::builtin;

    #[test]
    fn every_built_in_item_has_an_observer_wording_in_both_languages() {
        for framework in builtin() {
            for item in framework.items() {
                for lang in Lang::ALL {
                    let wording = observer_prompt(item, lang, "Ani");
                    assert!(!wording.prompt.is_empty(), "{}", item.id);
                    let frame = wording.frame.unwrap_or_default();
                    assert!(frame.contains("Ani") || frame.is_empty(), "{frame}");
                }
            }
        }
        let item = builtin()[0].items().next().unwrap();
        let en = observer_prompt(item, Lang::En, "Ani");
        assert_eq!(en.frame.as_deref(), Some("What Ani says about themselves:"));
        assert_eq!(en.prompt, item.prompt.get(Lang::En));
        assert_eq!(
            observer_question(Lang::Id, "Ani"),
            "Pilih tingkat yang paling sesuai dengan yang Anda amati pada Ani."
        );
    }
}
