//! An item's wording for a rater who observes the person: the item's own observer prompt where
//! its framework has one, else a neutral frame around its self-prompt.
//!
//! Items are written in the first person ("I try another approach…"). A framework may give each
//! item an observer prompt and its scale an observer question (every built-in does); an item
//! without one gets the neutral frame: "What Ani says about themselves:" above the self-prompt,
//! and "Choose the level that best matches what you have seen of Ani." in place of the scale's
//! first-person question.

use super::texts::F;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::{catalog, Framework, Item};

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
    match catalog::observer(item) {
        Some(text) => ObserverPrompt {
            frame: None,
            prompt: text.get(lang),
        },
        None => ObserverPrompt {
            frame: Some(F::ObserverFrame.fill(lang, &[("name", name)])),
            prompt: item.prompt.get(lang),
        },
    }
}

/// The question above the levels, for a rater: the framework's observer question, else a
/// neutral one (the scale's own is in the first person).
pub fn observer_question(framework: &Framework, lang: Lang, name: &str) -> String {
    match catalog::observer_question(framework) {
        Some(text) => text.get(lang).to_string(),
        None => F::ObserverScale.fill(lang, &[("name", name)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::frameworks::{builtin, file};

    #[test]
    fn a_built_in_item_has_its_own_observer_wording_in_both_languages() {
        for framework in builtin() {
            for item in framework.items() {
                for lang in Lang::ALL {
                    let wording = observer_prompt(item, lang, "Ani");
                    assert_eq!(wording.frame, None, "{}", item.id);
                    assert!(!wording.prompt.is_empty(), "{}", item.id);
                    assert_ne!(wording.prompt, item.prompt.get(lang), "{}", item.id);
                }
            }
            let question = observer_question(framework, Lang::En, "Ani");
            assert!(question.contains("this person"), "{question}");
        }
    }

    #[test]
    fn an_item_without_one_gets_the_neutral_frame() {
        let text = include_str!("../../../examples/frameworks/digcompedu-sample.json");
        let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
        value["scale"]
            .as_object_mut()
            .unwrap()
            .remove("observer_question");
        for axis in value["axes"].as_array_mut().unwrap() {
            for item in axis["items"].as_array_mut().unwrap() {
                item.as_object_mut().unwrap().remove("observer");
            }
        }
        let framework = file::load(&value.to_string()).unwrap();
        let item = framework.items().next().unwrap();
        let en = observer_prompt(item, Lang::En, "Ani");
        assert_eq!(en.frame.as_deref(), Some("What Ani says about themselves:"));
        assert_eq!(en.prompt, item.prompt.get(Lang::En));
        assert_eq!(
            observer_question(&framework, Lang::Id, "Ani"),
            "Pilih tingkat yang paling sesuai dengan yang Anda amati pada Ani."
        );
    }
}
