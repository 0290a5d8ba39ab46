//! A JSON value kept as its text: what a session holds of others' feedback, read only by `core::feedback`.
//!
//! The history's reader and writer (on the widget's first path) only carry it: they neither read
//! its fields nor need its types, so the code that parses and checks feedback stays with the
//! feedback screens. Two values are the same when their texts are.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// One JSON value (an object, as `core::feedback` writes it), written back exactly as read.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeptJson(Box<RawValue>);

impl KeptJson {
    /// The value of a JSON text, if it is one.
    pub fn new(json: String) -> Option<KeptJson> {
        RawValue::from_string(json).ok().map(KeptJson)
    }

    /// Its JSON text.
    pub fn get(&self) -> &str {
        self.0.get()
    }
}

impl PartialEq for KeptJson {
    fn eq(&self, other: &KeptJson) -> bool {
        self.get() == other.get()
    }
}

impl Eq for KeptJson {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_text_and_refuses_what_is_not_json() {
        let kept = KeptJson::new(r#"{"a": [1, 2]}"#.into()).unwrap();
        assert_eq!(kept.get(), r#"{"a": [1, 2]}"#);
        assert_eq!(serde_json::to_string(&kept).unwrap(), r#"{"a": [1, 2]}"#);
        let back: KeptJson = serde_json::from_str(r#" {"a": [1, 2]}"#).unwrap();
        assert_eq!(back, kept);
        assert_eq!(KeptJson::new("{".into()), None);
    }
}
