//! The frameworks a person reflects on, as static data: axes, items and rating scales.

use crate::core::i18n::Text;
use crate::core::model::content;

/// Which framework. Its code (`FrameworkId::code`) is part of the storage format: never rename it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FrameworkId {
    #[default]
    Agility,
    DigComp,
    Widyaiswara,
}

impl FrameworkId {
    pub const ALL: [FrameworkId; 3] = [
        FrameworkId::Agility,
        FrameworkId::DigComp,
        FrameworkId::Widyaiswara,
    ];

    /// The stable short name used in URLs, file names and the storage format.
    pub fn code(self) -> &'static str {
        match self {
            FrameworkId::Agility => "agility",
            FrameworkId::DigComp => "digcomp",
            FrameworkId::Widyaiswara => "widyaiswara",
        }
    }

    pub fn from_code(code: &str) -> Option<FrameworkId> {
        FrameworkId::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The framework an item id belongs to, by its prefix (`agility.speed` → agility), whether
    /// or not this build knows the item itself.
    pub fn of_item(id: &str) -> Option<FrameworkId> {
        FrameworkId::from_code(id.split_once('.')?.0)
    }

    pub fn framework(self) -> &'static Framework {
        match self {
            FrameworkId::Agility => &content::agility::FRAMEWORK,
            FrameworkId::DigComp => &content::digcomp::FRAMEWORK,
            FrameworkId::Widyaiswara => &content::widyaiswara::FRAMEWORK,
        }
    }
}

/// A framework: what the radar shows (axes) and what a person rates (items).
#[derive(Debug)]
pub struct Framework {
    pub id: FrameworkId,
    pub name: Text,
    /// One or two sentences shown above the items: what this framework is and where it comes from.
    pub intro: Text,
    pub scale: &'static Scale,
    pub axes: &'static [Axis],
}

/// One spoke of the radar. Learning agility and the widyaiswara competences have one item per
/// axis; a DigComp area is an axis whose score is the mean of its rated competences.
#[derive(Debug)]
pub struct Axis {
    pub id: &'static str,
    pub name: Text,
    pub description: Text,
    pub items: &'static [Item],
}

/// Something a person rates. Ids are globally unique across frameworks and are stored.
#[derive(Debug)]
pub struct Item {
    pub id: &'static str,
    /// The framework's own numbering ("1.1" … "5.4" for DigComp), empty where there is none.
    pub code: &'static str,
    pub name: Text,
    pub description: Text,
    /// The plain self-reflection prompt shown with the rating control (our own wording).
    pub prompt: Text,
}

/// A rating scale: level `n` (1-based) is `levels[n - 1]`.
#[derive(Debug)]
pub struct Scale {
    /// The question the levels answer, e.g. "How often do I do this?".
    pub question: Text,
    pub levels: &'static [Level],
}

#[derive(Debug)]
pub struct Level {
    pub name: Text,
    pub descriptor: Text,
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

// Content is static: two references are the same item or scale exactly when they point to the
// same place, which is also what UI properties need to compare cheaply.
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
    pub fn items(&self) -> impl Iterator<Item = &'static Item> {
        self.axes.iter().flat_map(|axis| axis.items.iter())
    }
}

/// Finds an item of any framework by its stored id, with the framework it belongs to.
/// Every item id starts with its framework's code and a dot, so only that framework is searched:
/// decoding 1,000 stored sessions looks up some 30,000 ids.
pub fn find_item(id: &str) -> Option<(&'static Framework, &'static Item)> {
    let framework = FrameworkId::of_item(id)?.framework();
    let item = framework.items().find(|item| item.id == id)?;
    Some((framework, item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Lang;
    use std::collections::HashSet;

    fn all_texts(framework: &Framework) -> Vec<(String, Text)> {
        let mut texts = vec![
            ("name".to_string(), framework.name),
            ("intro".to_string(), framework.intro),
            ("scale question".to_string(), framework.scale.question),
        ];
        for (n, level) in framework.scale.levels.iter().enumerate() {
            texts.push((format!("level {} name", n + 1), level.name));
            texts.push((format!("level {} descriptor", n + 1), level.descriptor));
        }
        for axis in framework.axes {
            texts.push((format!("{} name", axis.id), axis.name));
            texts.push((format!("{} description", axis.id), axis.description));
            for item in axis.items {
                texts.push((format!("{} name", item.id), item.name));
                texts.push((format!("{} description", item.id), item.description));
                texts.push((format!("{} prompt", item.id), item.prompt));
            }
        }
        texts
    }

    #[test]
    fn every_text_exists_in_both_languages() {
        for f in FrameworkId::ALL {
            for (what, text) in all_texts(f.framework()) {
                for lang in Lang::ALL {
                    assert!(
                        !text.get(lang).trim().is_empty(),
                        "{f:?} {what} is empty in {lang:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn learning_agility_has_burkes_nine_dimensions_in_order() {
        let names: Vec<_> = FrameworkId::Agility
            .framework()
            .axes
            .iter()
            .map(|a| a.name.en)
            .collect();
        assert_eq!(
            names,
            [
                "Flexibility",
                "Speed",
                "Experimenting",
                "Performance risk taking",
                "Interpersonal risk taking",
                "Collaborating",
                "Information gathering",
                "Feedback seeking",
                "Reflecting"
            ]
        );
        assert!(FrameworkId::Agility
            .framework()
            .axes
            .iter()
            .all(|a| a.items.len() == 1));
    }

    #[test]
    fn digcomp_has_five_areas_and_21_numbered_competences() {
        let digcomp = FrameworkId::DigComp.framework();
        let areas: Vec<_> = digcomp.axes.iter().map(|a| a.name.en).collect();
        assert_eq!(
            areas,
            [
                "Information and data literacy",
                "Communication and collaboration",
                "Digital content creation",
                "Safety",
                "Problem solving"
            ]
        );
        let per_area: Vec<_> = digcomp.axes.iter().map(|a| a.items.len()).collect();
        assert_eq!(per_area, [3, 6, 4, 4, 4]);
        for (a, axis) in digcomp.axes.iter().enumerate() {
            for (c, item) in axis.items.iter().enumerate() {
                assert_eq!(item.code, format!("{}.{}", a + 1, c + 1));
            }
        }
        let names: HashSet<_> = digcomp.items().map(|i| i.name.en).collect();
        for name in [
            "Protecting devices",
            "Programming",
            "Netiquette",
            "Managing digital identity",
        ] {
            assert!(names.contains(name), "missing {name}");
        }
    }

    #[test]
    fn widyaiswara_has_the_four_standard_competences() {
        let w = FrameworkId::Widyaiswara.framework();
        assert_eq!(w.axes.len(), 4);
        assert_eq!(w.scale.max(), 5);
    }

    #[test]
    fn scales_have_the_expected_number_of_levels() {
        assert_eq!(FrameworkId::Agility.framework().scale.max(), 5);
        assert_eq!(FrameworkId::DigComp.framework().scale.max(), 8);
        let scale = FrameworkId::DigComp.framework().scale;
        assert!(scale.level(0).is_none() && scale.level(9).is_none());
        assert!(scale.contains(1) && scale.contains(8));
    }

    #[test]
    fn item_and_axis_ids_are_unique_and_prefixed_by_framework() {
        let mut seen = HashSet::new();
        for f in FrameworkId::ALL {
            let framework = f.framework();
            assert_eq!(framework.id, f);
            for axis in framework.axes {
                assert!(axis.id.starts_with(f.code()), "{}", axis.id);
                for item in axis.items {
                    // `find_item` relies on this prefix.
                    let prefix = format!("{}.", f.code());
                    assert!(item.id.starts_with(&prefix), "{}", item.id);
                    assert!(seen.insert(item.id), "duplicate item id {}", item.id);
                    assert_eq!(find_item(item.id).map(|(fw, _)| fw.id), Some(f));
                }
            }
        }
        for unknown in [
            "nope",
            "agility",
            "agility.nope",
            "digcomp.9.9",
            ".agility.speed",
        ] {
            assert!(find_item(unknown).is_none(), "{unknown}");
        }
    }

    #[test]
    fn framework_codes_round_trip() {
        for f in FrameworkId::ALL {
            assert_eq!(FrameworkId::from_code(f.code()), Some(f));
        }
        assert_eq!(FrameworkId::from_code("x"), None);
    }
}
