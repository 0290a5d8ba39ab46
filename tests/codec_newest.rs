//! Reading only the newest sessions of a long history first (issue 16: a long history costs
//! little before the first chart): the same sessions as the whole read, or nothing.

use cermin::core::model::history::History;
use cermin::core::model::session::Session;
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::store::codec;

fn session(id: &str, created: i64) -> Session {
    let mut s = Session::new(id.into(), created);
    s.ratings.insert("agility.speed".into(), 3);
    s.notes.insert("agility.speed".into(), format!("note {id}"));
    s
}

/// 29 sessions (a 30th deleted), stored newest first.
fn long_history() -> History {
    let sessions = (0..30)
        .map(|i| session(&format!("s{i:02}"), 1_000 + i))
        .collect();
    let mut history = History::new(sessions, SortedMap::new());
    history.delete("s03", 5_000);
    history
}

#[test]
fn reads_the_newest_sessions_as_the_whole_read_does() {
    let text = codec::encode(&long_history());
    let whole = codec::decode(&text).unwrap();
    let newest = codec::decode_newest(&text, 10).unwrap();
    assert_eq!(newest.history.sessions(), &whole.history.sessions()[..10]);
    assert_eq!(newest.history.sessions()[0].id, "s29");
    assert_eq!(newest.history.tombstones(), whole.history.tombstones());
    assert_eq!(newest.skipped, 0);
}

#[test]
fn keeps_the_framework_files_and_the_backup_time() {
    let fixture = include_str!("fixtures/history-v2.json");
    let whole = codec::decode(fixture).unwrap();
    let newest = codec::decode_newest(fixture, 1).unwrap();
    assert_eq!(newest.history.frameworks(), whole.history.frameworks());
    assert_eq!(newest.history.sessions(), &whole.history.sessions()[..1]);
    let backup = codec::encode_backup(&long_history(), 77);
    assert_eq!(
        codec::decode_newest(&backup, 5).unwrap().exported_at,
        Some(77)
    );
}

#[test]
fn a_short_history_is_left_to_the_whole_read() {
    let text = codec::encode(&long_history());
    assert_eq!(codec::decode(&text).unwrap().history.len(), 29);
    assert!(codec::decode_newest(&text, 28).is_some());
    assert!(codec::decode_newest(&text, 29).is_none());
    assert!(codec::decode_newest(&text, 30).is_none());
}

/// A damaged session among the newest: the whole read skips and counts it (and the widget sets
/// the text aside), so the quick read declines. One further down does not stop the quick read;
/// the whole read that follows counts it.
#[test]
fn declines_when_one_of_the_newest_does_not_read() {
    let text = codec::encode(&long_history());
    let damaged_new = text.replacen(r#""id":"s28""#, r#""id":"bad id!""#, 1);
    let damaged_old = text.replacen(r#""id":"s01""#, r#""id":"bad id!""#, 1);
    assert_ne!(damaged_new, text);
    assert_ne!(damaged_old, text);
    assert!(codec::decode_newest(&damaged_new, 10).is_none());
    assert_eq!(codec::decode(&damaged_new).unwrap().skipped, 1);
    assert_eq!(
        codec::decode_newest(&damaged_old, 10)
            .unwrap()
            .history
            .len(),
        10
    );
    assert_eq!(codec::decode(&damaged_old).unwrap().skipped, 1);
}

#[test]
fn declines_what_only_the_whole_read_can_judge() {
    let text = codec::encode(&long_history());
    for other in [
        text.replacen(r#""version":3"#, r#""version":4"#, 1),
        text.replacen(r#""format":"cermin.history""#, r#""format":"other""#, 1),
        text.replacen("]", "", 1),
        "[]".to_string(),
        String::new(),
    ] {
        assert_ne!(other, text);
        assert!(codec::decode_newest(&other, 1).is_none(), "{other:.60}");
    }
}

/// A field this build does not know is stepped over by both reads. Nesting past the limit in an
/// older session is judged by the whole read, which refuses the document (and the widget sets
/// the text aside): the newest sessions, read first, are then what the person keeps.
#[test]
fn leaves_unknown_fields_and_deep_nesting_to_the_whole_read() {
    let text = codec::encode(&long_history());
    let unknown = text.replacen(r#""version":3,"#, r#""version":3,"unknown":[1],"#, 1);
    assert_eq!(codec::decode_newest(&unknown, 3).unwrap().history.len(), 3);
    assert_eq!(codec::decode(&unknown).unwrap().history.len(), 29);
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let nested = text.replacen(r#""id":"s01""#, &format!(r#""id":"s01","extra":{deep}"#), 1);
    assert_ne!(nested, text);
    assert_eq!(codec::decode_newest(&nested, 3).unwrap().history.len(), 3);
    assert_eq!(codec::decode(&nested), Err(codec::DecodeError::TooDeep));
}
