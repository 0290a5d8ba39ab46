//! The history document as JSON, byte for byte: what is written (escapes, order, left-out
//! fields), what is read (every escape, surrogates, numbers, repeated keys), and what is refused
//! or stepped over (lone surrogates, huge strings, deep nesting).
// Native only: proptest is not built for the wasm32 target.
#![cfg(not(target_arch = "wasm32"))]

use cermin::core::model::history::History;
use cermin::core::model::session::{Session, MAX_TEXT_CHARS};
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::store::codec::{self, DecodeError, MAX_DEPTH, MAX_DOCUMENT_BYTES};
use proptest::prelude::*;
use serde_json::{json, Value};

/// A current document holding these sessions, written out by hand.
fn document(sessions: &[&str]) -> String {
    format!(
        r#"{{"format":"cermin.history","version":3,"sessions":[{}]}}"#,
        sessions.join(",")
    )
}

const GOOD: &str = r#"{"id":"good","created":1,"updated":1,"ratings":{"agility.speed":4}}"#;

/// A session whose label is this JSON string literal.
fn labelled(id: &str, literal: &str) -> String {
    format!(r#"{{"id":"{id}","created":1,"updated":1,"label":{literal}}}"#)
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn the_version_3_fixture_is_written_back_byte_for_byte() {
    let fixture = include_str!("fixtures/history-v3.json").trim_end();
    let decoded = codec::decode(fixture).unwrap();
    assert_eq!(codec::encode(&decoded.history), fixture);
}

/// Versions 1 and 2 had nothing that version 3 leaves out: their documents are written back as
/// they were, marked version 3.
#[test]
fn the_version_1_and_2_fixtures_are_written_back_as_version_3_and_nothing_else_changes() {
    for (fixture, version) in [
        (include_str!("fixtures/history-v1.json"), r#""version":1"#),
        (include_str!("fixtures/history-v2.json"), r#""version":2"#),
    ] {
        let fixture = fixture.trim_end();
        let decoded = codec::decode(fixture).unwrap();
        assert_eq!(
            codec::encode(&decoded.history),
            fixture.replacen(version, r#""version":3"#, 1)
        );
    }
}

#[test]
fn strings_are_escaped_as_json_requires_and_no_more() {
    let mut s = Session::new("e".into(), 1);
    s.label = "\"\\/\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f} é€😀 <>&".into();
    assert_eq!(
        codec::encode_session(&s),
        r#"{"id":"e","created":1,"updated":1,"label":"\"\\/\n\r\t\b\f\u0000\u001f"#.to_string()
            + "\u{7f} é€😀 <>&\"}"
    );
    assert_eq!(codec::decode_session(&codec::encode_session(&s)), Some(s));
}

#[test]
fn every_escape_is_read_including_surrogate_pairs() {
    let text = document(&[&labelled(
        "e",
        r#""\"\\\/\b\f\n\r\t\u00e9\u20AC\ud83d\ude00 x""#,
    )]);
    let decoded = codec::decode(&text).unwrap();
    assert_eq!(
        decoded.history.get("e").unwrap().label,
        "\"\\/\u{8}\u{c}\n\r\t\u{e9}€😀 x"
    );
}

#[test]
fn a_session_holding_a_lone_surrogate_is_stepped_over_and_counted() {
    // Rust strings cannot hold one; JavaScript's can, and JSON.stringify writes it escaped.
    for lone in [
        r#""\ud800""#,
        r#""\udc00""#,
        r#""\ud800\u0041""#,
        r#""a\ud83d""#,
    ] {
        let text = document(&[GOOD, &labelled("lone", lone)]);
        let decoded = codec::decode(&text).unwrap();
        assert_eq!((decoded.skipped, decoded.history.len()), (1, 1), "{lone}");
        assert!(decoded.history.get("good").is_some());
        assert_eq!(codec::decode_session(&labelled("lone", lone)), None);
    }
}

#[test]
fn broken_escapes_and_raw_control_characters_are_not_json() {
    for literal in [
        r#""\x""#,
        r#""\u12""#,
        "\"\u{1}\"",
        "\"tab\there\"",
        r#""open"#,
    ] {
        let text = document(&[GOOD, &labelled("bad", literal)]);
        assert_eq!(
            codec::decode(&text).map(|_| ()),
            Err(DecodeError::NotJson),
            "{literal}"
        );
    }
}

#[test]
fn huge_strings_are_kept_up_to_the_limit_and_the_session_skipped_past_it() {
    let at_limit = "é".repeat(MAX_TEXT_CHARS);
    let past_limit = "x".repeat(MAX_TEXT_CHARS + 1);
    let text = document(&[
        &labelled("long", &json!(at_limit).to_string()),
        &labelled("too-long", &json!(past_limit).to_string()),
    ]);
    let decoded = codec::decode(&text).unwrap();
    assert_eq!(decoded.skipped, 1);
    assert_eq!(decoded.history.get("long").unwrap().label, at_limit);
    // A string that is most of the 5 MB a document may hold, in a field this build does not know.
    let big = format!(
        r#"{{"format":"cermin.history","version":1,"sessions":[{GOOD}],"later":"{}"}}"#,
        "y".repeat(MAX_DOCUMENT_BYTES - 200)
    );
    assert_eq!(codec::decode(&big).unwrap().history.len(), 1);
    let too_big = big.replace("\"later\":\"", &format!("\"later\":\"{}", "y".repeat(300)));
    assert_eq!(
        codec::decode(&too_big).map(|_| ()),
        Err(DecodeError::TooLarge {
            bytes: too_big.len()
        })
    );
}

#[test]
fn levels_and_times_must_be_integers_in_range() {
    for (field, value) in [
        ("ratings", r#"{"agility.speed":4.0}"#),
        ("ratings", r#"{"agility.speed":"4"}"#),
        ("ratings", r#"{"agility.speed":256}"#),
        ("ratings", r#"{"agility.speed":-1}"#),
        ("created", "1e3"),
        ("created", "9223372036854775808"),
        ("created", "null"),
        ("notes", r#"{"agility.speed":4}"#),
        ("label", "null"),
    ] {
        let session = format!(r#"{{"id":"x","created":1,"updated":1,"{field}":{value}}}"#)
            .replacen(r#""created":1,"#, "", usize::from(field == "created"));
        let decoded = codec::decode(&document(&[GOOD, &session])).unwrap();
        assert_eq!(decoded.skipped, 1, "{session}");
        assert_eq!(decoded.history.len(), 1);
    }
}

#[test]
fn a_field_given_twice_breaks_its_session_but_a_repeated_key_keeps_its_last_value() {
    let twice = r#"{"id":"x","created":1,"updated":1,"label":"a","label":"b"}"#;
    let decoded = codec::decode(&document(&[GOOD, twice])).unwrap();
    assert_eq!(decoded.skipped, 1);
    let repeated =
        r#"{"id":"r","created":1,"updated":1,"ratings":{"agility.speed":2,"agility.speed":3}}"#;
    let decoded = codec::decode(&document(&[repeated])).unwrap();
    assert_eq!(
        decoded.history.get("r").unwrap().rating("agility.speed"),
        Some(3)
    );
}

#[test]
fn fields_this_build_does_not_know_at_the_top_are_stepped_over() {
    let text = r#"{"app":{"name":"later"},"format":"cermin.history","sessions":[GOOD],"version":1,"deleted":{"gone":5},"exported_at":7}"#
        .replace("GOOD", GOOD);
    let decoded = codec::decode(&text).unwrap();
    assert_eq!((decoded.skipped, decoded.history.len()), (0, 1));
    assert_eq!(decoded.exported_at, Some(7));
    assert_eq!(decoded.history.tombstones().get("gone"), Some(&5));
}

#[test]
fn nesting_deeper_than_the_limit_is_refused_wherever_it_is() {
    let top = |value: &str| {
        format!(r#"{{"format":"cermin.history","version":1,"sessions":[{GOOD}],"x":{value}}}"#)
    };
    // The document's own object is the first level.
    assert_eq!(
        codec::decode(&top(&nested(MAX_DEPTH - 1)))
            .unwrap()
            .history
            .len(),
        1
    );
    assert_eq!(
        codec::decode(&top(&nested(MAX_DEPTH))).map(|_| ()),
        Err(DecodeError::TooDeep)
    );
    let deep = nested(100_000);
    let in_a_session = [
        format!(r#"{{"id":"x","created":1,"updated":1,"notes":{{"agility.speed":{deep}}}}}"#),
        format!(r#"{{"id":"x","created":1,"updated":1,"surprise":{deep}}}"#),
        format!(r#"{{"id":"x","created":1,"updated":1,"ratings":{deep}}}"#),
        deep.clone(),
    ];
    for session in &in_a_session {
        let text = document(&[GOOD, session]);
        assert_eq!(codec::decode(&text).map(|_| ()), Err(DecodeError::TooDeep));
        assert_eq!(codec::decode_session(session), None);
    }
    for text in [
        deep.clone(),
        "{\"a\":".repeat(100_000),
        top(&deep),
        format!(r#"{{"format":"cermin.history","version":1,"sessions":[],"deleted":{deep}}}"#),
    ] {
        assert_eq!(codec::decode(&text).map(|_| ()), Err(DecodeError::TooDeep));
    }
    // Brackets inside strings are text, not nesting.
    let text = document(&[&labelled("b", &json!("[{".repeat(10_000)).to_string())]);
    assert_eq!(codec::decode(&text).unwrap().history.len(), 1);
}

/// Feedback is kept in a session as text (`core::feedback` writes and reads it): any text goes
/// through unchanged, and a value that is not text makes its session unreadable, like any
/// field of the wrong type (skipped and counted, never half read).
#[test]
fn feedback_is_kept_as_text_whatever_it_holds() {
    let texts = json!({ "rq": "{\"a\":[[[[1]]]]}", "rs": "not even JSON \u{0} ]]>" });
    let text = document(&[&format!(
        r#"{{"id":"f","created":1,"updated":1,"feedback":{texts}}}"#
    )]);
    let decoded = codec::decode(&text).unwrap();
    let kept = &decoded.history.get("f").unwrap().feedback;
    assert_eq!(
        kept.get("rs").map(String::as_str),
        Some("not even JSON \u{0} ]]>")
    );
    assert_eq!(codec::encode(&decoded.history), text);
    let nested = format!(
        r#"{{"id":"g","created":1,"updated":1,"feedback":{{"rq":{}}}}}"#,
        nested(3)
    );
    let decoded = codec::decode(&document(&[GOOD, &nested])).unwrap();
    assert_eq!((decoded.history.len(), decoded.skipped), (1, 1));
}

#[test]
fn a_kept_framework_file_nested_past_the_limit_refuses_the_document() {
    // The file is kept unread (it is checked when it is loaded), so its nesting is checked here:
    // document, `frameworks`, the kept file's object and the file's own object are 4 levels.
    let with_file = |value: &str| {
        format!(
            r#"{{"format":"cermin.history","version":2,"sessions":[{GOOD}],"frameworks":[{{"added":1,"file":{{"id":"deep","x":{value}}}}}]}}"#
        )
    };
    let at_limit = codec::decode(&with_file(&nested(MAX_DEPTH - 4))).unwrap();
    assert_eq!(at_limit.history.len(), 1);
    assert_eq!(at_limit.history.frameworks().len(), 1);
    for depth in [MAX_DEPTH - 3, 100_000] {
        assert_eq!(
            codec::decode(&with_file(&nested(depth))).map(|_| ()),
            Err(DecodeError::TooDeep),
            "{depth}"
        );
    }
}

/// Sessions of any text and levels, for the properties below.
fn any_session() -> impl Strategy<Value = Session> {
    (
        any::<String>(),
        any::<String>(),
        prop::collection::btree_map("agility\\.[a-z_]{1,8}", 1u8..=5, 0..6),
        0i64..253_402_300_799_999,
        "[a-z0-9_-]{1,12}",
        any::<bool>(),
    )
        .prop_map(|(label, note, levels, created, id, feedback)| {
            let mut s = Session::new(id, created);
            s.label = label;
            s.ratings = levels.into_iter().collect();
            if !note.is_empty() {
                s.notes.insert("agility.speed".into(), note);
            }
            if feedback {
                // Kept as JSON text: the history carries it unread (`core::feedback` reads it).
                let text = json!({ "id": "rs", "text": s.label }).to_string();
                s.feedback.insert("rs".into(), text);
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn what_is_written_has_the_version_3_shape_and_reads_back(s in any_session()) {
        let mut tombstones = SortedMap::new();
        tombstones.insert("gone".to_string(), 7);
        let text = codec::encode_backup(&History::new(vec![s.clone()], tombstones), 9);
        let mut session = json!({ "id": s.id, "created": s.created, "updated": s.created });
        if !s.label.is_empty() {
            session["label"] = json!(s.label);
        }
        if !s.ratings.is_empty() {
            session["ratings"] = json!(s.ratings.iter().collect::<std::collections::BTreeMap<_, _>>());
        }
        if let Some(note) = s.notes.get("agility.speed") {
            session["notes"] = json!({ "agility.speed": note });
        }
        if !s.feedback.is_empty() {
            let text = json!({ "id": "rs", "text": s.label }).to_string();
            session["feedback"] = json!({ "rs": text });
        }
        let expected = json!({
            "format": "cermin.history", "version": 3, "exported_at": 9,
            "sessions": [session], "deleted": { "gone": 7 },
        });
        prop_assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), expected);
        let decoded = codec::decode(&text).unwrap();
        prop_assert_eq!(decoded.history.sessions(), &[s][..]);
    }

    /// Read in one pass or field by field (a field this build does not know forces the second),
    /// a document gives the same history, with or without a broken session among the others.
    #[test]
    fn both_ways_of_reading_agree(sessions in prop::collection::vec(any_session(), 0..5), broken in any::<bool>()) {
        let history = History::new(sessions, SortedMap::new());
        let mut text = codec::encode_backup(&history, 3);
        if broken {
            let comma = if history.is_empty() { "" } else { "," };
            let with_broken = format!(r#""sessions":[{{"id":"broken"}}{comma}"#);
            text = text.replacen(r#""sessions":["#, &with_broken, 1);
        }
        let one_pass = codec::decode(&text).unwrap();
        let by_field = codec::decode(&text.replacen('{', r#"{"unknown":[1,{"a":null}],"#, 1)).unwrap();
        prop_assert_eq!(&one_pass, &by_field);
        // A version-1 or -2 document of the same sessions reads the same (it migrates as it is).
        for older in [r#""version":1"#, r#""version":2"#] {
            let read = codec::decode(&text.replacen(r#""version":3"#, older, 1)).unwrap();
            prop_assert_eq!(&one_pass, &read);
        }
        prop_assert_eq!(one_pass.skipped, usize::from(broken));
        prop_assert_eq!(one_pass.history, history);
    }
}
