//! Our small JSON reader and writer (src/core/json.rs) against serde_json, on generated input:
//! the same strings written byte for byte, the same strings read, the same texts accepted.
// Native only: proptest is not built for the wasm32 target.
#![cfg(not(target_arch = "wasm32"))]

use cermin::core::model::history::History;
use cermin::core::model::session::Session;
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::store::codec;
use cermin::core::store::json::{self, Error, Reader, Writer, MAX_DEPTH};
use proptest::prelude::*;
use serde_json::{json, Value};

fn write_string(text: &str) -> String {
    let mut w = Writer::with_capacity(text.len());
    w.string(text);
    w.finish()
}

fn read_string(text: &str) -> Option<String> {
    let mut r = Reader::new(text);
    let s = r.string().ok()?.into_owned();
    r.end().ok()?;
    Some(s)
}

fn serde_accepts(text: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// Pieces of JSON string literals, valid and not.
fn string_literal() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zé€😀 <>&]{0,3}",
        prop::sample::select(vec![
            "\\\"",
            "\\\\",
            "\\/",
            "\\b",
            "\\f",
            "\\n",
            "\\r",
            "\\t",
            "\\u00e9",
            "\\u20AC",
            "\\ud83d\\ude00",
            "\\ud800",
            "\\udc00",
            "\\ud800\\u0041",
            "\\u12",
            "\\x",
            "\\",
            "\u{1}",
            "\t",
            "\u{7f}",
            "\"",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| format!("\"{}\"", pieces.concat()))
}

/// Any JSON value, nested a little.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::from),
            prop::collection::btree_map("[a-z\"\\\\]{0,4}", inner, 0..5)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn strings_are_written_as_serde_json_writes_them(text in any::<String>()) {
        let written = write_string(&text);
        prop_assert_eq!(&written, &serde_json::to_string(&text).unwrap());
        prop_assert_eq!(read_string(&written), Some(text));
    }

    #[test]
    fn strings_are_read_as_serde_json_reads_them(literal in string_literal()) {
        prop_assert_eq!(read_string(&literal), serde_json::from_str::<String>(&literal).ok(), "{}", literal);
    }

    #[test]
    fn integers_round_trip(n in any::<i64>()) {
        let mut w = Writer::with_capacity(20);
        w.integer(n);
        let written = w.finish();
        prop_assert_eq!(&written, &serde_json::to_string(&n).unwrap());
        prop_assert_eq!(Reader::new(&written).integer(), Ok(n));
    }

    #[test]
    fn the_same_texts_are_json(v in value(), at in any::<usize>(), byte in prop::sample::select(b"{}[]\":,0-.eE \\tfnux".to_vec()), mutate in any::<bool>()) {
        let mut text = serde_json::to_string(&v).unwrap().into_bytes();
        if mutate && !text.is_empty() {
            let at = at % text.len();
            text[at] = byte;
        }
        if let Ok(text) = String::from_utf8(text) {
            prop_assert_eq!(json::is_json(&text), serde_accepts(&text), "{}", text);
        }
    }

    #[test]
    fn stored_documents_read_as_serde_json_reads_them(
        label in any::<String>(),
        note in any::<String>(),
        levels in prop::collection::btree_map("agility\\.[a-z_]{1,8}", 1u8..=5, 0..6),
        created in 0i64..253_402_300_799_999,
    ) {
        let mut s = Session::new("s-1".into(), created);
        s.label = label.clone();
        s.ratings = levels.clone().into_iter().collect();
        s.notes.insert("agility.speed".into(), note.clone());
        let mut tombstones = SortedMap::new();
        tombstones.insert("gone".to_string(), 7);
        let text = codec::encode_backup(&History::new(vec![s.clone()], tombstones), 9);
        let mut expected = json!({
            "format": "cermin.history", "version": 1, "exported_at": 9,
            "sessions": [{ "id": "s-1", "created": created, "updated": created,
                "notes": { "agility.speed": note } }],
            "deleted": { "gone": 7 },
        });
        if !label.is_empty() {
            expected["sessions"][0]["label"] = json!(label);
        }
        if !levels.is_empty() {
            expected["sessions"][0]["ratings"] = json!(levels);
        }
        prop_assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), expected);
        let decoded = codec::decode(&text).unwrap();
        prop_assert_eq!(decoded.history.sessions(), &[s][..]);
    }
}

#[test]
fn numbers_follow_the_grammar() {
    for text in [
        "0", "-0", "12", "-12", "1.5", "1e3", "1E+3", "-1.5e-3", "0.0",
    ] {
        assert!(json::is_json(text) && serde_accepts(text), "{text}");
    }
    for text in [
        "01", "-", "1.", ".5", "1e", "1e+", "+1", "--1", "0x1", "1.e3", "NaN",
    ] {
        assert!(!json::is_json(text) && !serde_accepts(text), "{text}");
    }
    // Integers only: any other number is JSON of the wrong shape, and so is an integer past i64.
    assert_eq!(Reader::new("1.0").integer(), Err(Error::Shape));
    assert_eq!(Reader::new("1e2").integer(), Err(Error::Shape));
    assert_eq!(
        Reader::new("9223372036854775808").integer(),
        Err(Error::Shape)
    );
    assert_eq!(Reader::new("\"1\"").integer(), Err(Error::Shape));
    assert_eq!(Reader::new("-").integer(), Err(Error::Syntax));
}

#[test]
fn nesting_deeper_than_the_limit_is_refused() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(json::is_json(&nested(MAX_DEPTH)));
    assert!(!json::is_json(&nested(MAX_DEPTH + 1)));
    // Far deeper input is refused without exhausting the stack.
    assert!(!json::is_json(&nested(100_000)));
}

#[test]
fn a_wrong_shape_is_stepped_over_and_reading_goes_on() {
    let mut r = Reader::new(r#"[{"a":[1,{"b":2}]}, "x", 3]"#);
    let mut read = Vec::new();
    r.array(|r| {
        read.push(r.or_skip(Reader::integer)?);
        Ok(())
    })
    .unwrap();
    assert_eq!(read, [None, None, Some(3)]);
    // Not JSON is not stepped over.
    let mut r = Reader::new(r#"[{"a":}, 3]"#);
    assert_eq!(
        r.array(|r| r.or_skip(Reader::integer).map(drop)),
        Err(Error::Syntax)
    );
}

#[test]
fn keys_without_escapes_are_borrowed() {
    let text = r#"{"plain":1,"esc\"aped":2}"#;
    let mut kinds = Vec::new();
    Reader::new(text)
        .object(|r, key| {
            kinds.push((
                key.to_string(),
                matches!(key, std::borrow::Cow::Borrowed(_)),
            ));
            r.skip()
        })
        .unwrap();
    assert_eq!(kinds, [("plain".into(), true), ("esc\"aped".into(), false)]);
}
