//! Fuzzing the decoder of stored documents and backups: 12,000 generated and mutated inputs.
//! None may panic; every refusal is a typed error with a message in both languages; every
//! accepted session is valid.
// Native only: proptest is not built for the wasm32 target.
#![cfg(not(target_arch = "wasm32"))]

use cermin::core::i18n::Lang;
use cermin::core::model::history::History;
use cermin::core::model::session::Session;
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::store::codec;
use proptest::prelude::*;

fn check(input: &str) {
    // The first screen's quick read of a long history: never a panic, and only sessions the
    // whole read gives too. (Which are the newest two is the stored order's word: a document
    // out of order shows others first, until the whole read that follows.)
    if let Some(newest) = codec::decode_newest(input, 2) {
        let whole = codec::decode(input).expect("what the quick read reads, the whole read reads");
        for session in newest.history.sessions() {
            assert_eq!(whole.history.get(&session.id), Some(session));
        }
    }
    match codec::decode(input) {
        Ok(decoded) => {
            for session in decoded.history.sessions() {
                assert_eq!(session.validate(), Ok(()), "accepted an invalid session");
            }
        }
        Err(error) => {
            for lang in Lang::ALL {
                assert!(!error.message().get(lang).is_empty());
            }
        }
    }
}

fn valid_document() -> String {
    let sessions = (0..4)
        .map(|n| {
            let mut s = Session::new(format!("s{n}"), 1_700_000_000_000 + n);
            s.ratings.insert("agility.speed".into(), 3);
            s.ratings.insert("digcomp.2.5".into(), 7);
            s.targets.insert("agility.speed".into(), 5);
            s.notes
                .insert("agility.speed".into(), "catatan \"ku\"".into());
            s.label = "Sesudah".into();
            s
        })
        .collect();
    let mut tombstones = SortedMap::new();
    tombstones.insert("gone".to_string(), 5);
    codec::encode_backup(&History::new(sessions, tombstones), 9)
}

/// One edit of a document: replace, insert or delete a byte at a position.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, u8),
    Delete(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes that matter to JSON, and any byte at all.
    let byte = prop_oneof![
        prop::sample::select(b"{}[]\":,0123456789-.eE \\tfnu".to_vec()),
        any::<u8>(),
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(at, b)| Edit::Replace(at, b)),
        (any::<usize>(), byte).prop_map(|(at, b)| Edit::Insert(at, b)),
        any::<usize>().prop_map(Edit::Delete),
    ]
}

fn apply(document: &str, edits: &[Edit]) -> String {
    let mut bytes = document.as_bytes().to_vec();
    for edit in edits {
        let len = bytes.len().max(1);
        match *edit {
            Edit::Replace(at, b) if !bytes.is_empty() => bytes[at % len] = b,
            Edit::Insert(at, b) => bytes.insert(at % (bytes.len() + 1), b),
            Edit::Delete(at) if !bytes.is_empty() => {
                bytes.remove(at % len);
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Arbitrary JSON up to a small depth, to put where a session or a field should be.
fn json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "agility.speed",
            "digcomp.1.1",
            "id",
            "created",
            "ratings"
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "id",
                    "created",
                    "updated",
                    "label",
                    "ratings",
                    "targets",
                    "notes",
                    "agility.speed",
                    "digcomp.1.1",
                    "reflection",
                ])
                .prop_map(str::to_string),
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4_000))]

    #[test]
    fn arbitrary_text_never_panics(input in ".{0,300}") {
        check(&input);
    }

    #[test]
    fn mutated_documents_never_panic(edits in prop::collection::vec(edit(), 1..8)) {
        check(&apply(&valid_document(), &edits));
    }

    #[test]
    fn arbitrary_sessions_are_validated_or_skipped(sessions in prop::collection::vec(json(), 0..6)) {
        let document = serde_json::json!({
            "format": "cermin.history",
            "version": 1,
            "sessions": sessions,
        });
        let text = document.to_string();
        let decoded = codec::decode(&text).expect("a well-formed envelope is accepted");
        prop_assert_eq!(decoded.skipped + decoded.history.len() <= sessions.len(), true);
        check(&text);
    }
}
