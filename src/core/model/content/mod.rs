//! The frameworks' texts in Indonesian and English: names, descriptions, prompts and level descriptors.

/// An axis with exactly one item that shares its id, name and description (learning agility and
/// the widyaiswara competences): the item is what the person rates, the axis what the radar shows.
macro_rules! one_item_axis {
    ($id:literal, $name:expr, $description:expr, $prompt:expr $(,)?) => {
        crate::core::model::frameworks::Axis {
            id: $id,
            name: $name,
            description: $description,
            items: &[crate::core::model::frameworks::Item {
                id: $id,
                code: "",
                name: $name,
                description: $description,
                prompt: $prompt,
            }],
        }
    };
}

pub mod agility;
pub mod digcomp;
pub mod scales;
pub mod widyaiswara;
