//! The storage document: round trips, the fixture of every version ever written, every refusal.

use cermin::core::feedback::kept;
use cermin::core::feedback::summary::{summarise, View};
use cermin::core::model::frameworks::{builtin_framework, file};
use cermin::core::model::history::History;
use cermin::core::model::session::Session;
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::store::codec::{self, DecodeError, MAX_DOCUMENT_BYTES};

fn session(id: &str, created: i64) -> Session {
    let mut s = Session::new(id.into(), created);
    s.ratings.insert("agility.speed".into(), 3);
    s.ratings.insert("digcomp.3.4".into(), 8);
    s.notes
        .insert("agility.speed".into(), "a \"quoted\" <note> & ]]>".into());
    s
}

fn check_refused(input: &str, expected: DecodeError) {
    assert_eq!(
        codec::decode(input).map(|_| ()),
        Err(expected),
        "input: {input:.80}"
    );
}

#[test]
fn round_trips_sessions_and_tombstones() {
    let mut history = History::new(vec![session("a", 10), session("b", 20)], SortedMap::new());
    history.delete("a", 30);
    let decoded = codec::decode(&codec::encode(&history)).unwrap();
    assert_eq!(decoded.history, history);
    assert_eq!((decoded.skipped, decoded.exported_at), (0, None));
}

#[test]
fn a_backup_carries_when_it_was_made() {
    let history = History::new(vec![session("a", 10)], SortedMap::new());
    let decoded = codec::decode(&codec::encode_backup(&history, 99)).unwrap();
    assert_eq!(decoded.exported_at, Some(99));
    assert_eq!(decoded.history, history);
}

#[test]
fn reads_the_version_1_fixture() {
    let decoded = codec::decode(include_str!("fixtures/history-v1.json")).unwrap();
    assert_eq!(decoded.skipped, 0);
    let sessions = decoded.history.sessions();
    assert_eq!(sessions.len(), 2);
    assert_eq!(sessions[0].label, "Setelah pelatihan literasi digital");
    assert_eq!(sessions[0].rating("digcomp.4.1"), Some(6));
    assert_eq!(sessions[0].target("agility.speed"), Some(5));
    assert_eq!(sessions[1].rating("widyaiswara.social"), Some(4));
    assert_eq!(decoded.history.tombstones().len(), 1);
}

#[test]
fn reads_the_version_2_fixture_with_its_kept_framework_and_recorded_versions() {
    let decoded = codec::decode(include_str!("fixtures/history-v2.json")).unwrap();
    assert_eq!(decoded.skipped, 0);
    let history = &decoded.history;
    assert_eq!(history.sessions().len(), 3);
    let newest = &history.sessions()[0];
    assert_eq!(
        newest.frameworks.get("mine").map(String::as_str),
        Some("1.0")
    );
    assert_eq!(newest.rating("mine.a"), Some(2));
    let kept = history.frameworks().get("mine").unwrap();
    assert_eq!(kept.added, 1_764_800_000_000);
    let framework = file::load(&kept.file).unwrap();
    assert_eq!((&*framework.id, framework.axes.len()), ("mine", 3));
    assert_eq!(newest.axis_scores(&framework), vec![Some(2.0), None, None]);
}

/// Version 3 keeps others' feedback with the session it answers: a request and four responses
/// (a supervisor and three colleagues), read by the feedback modules as they were added.
#[test]
fn reads_the_version_3_fixture_with_the_feedback_kept_with_its_session() {
    let decoded = codec::decode(include_str!("fixtures/history-v3.json")).unwrap();
    assert_eq!(decoded.skipped, 0);
    let sessions = decoded.history.sessions();
    let newest = &sessions[0];
    assert_eq!(newest.feedback.len(), 5);
    assert_eq!(kept::requests(newest).len(), 1);
    assert_eq!(kept::responses(newest).0.len(), 4);
    assert!(sessions[1..].iter().all(|s| s.feedback.is_empty()));
    let summary = summarise(newest, builtin_framework("agility").unwrap());
    assert_eq!(summary.answered, [1, 3, 0]);
    // Speed: self 4; the supervisor's 3 and the colleagues' 2, 3, 2.
    let speed = summary
        .items
        .iter()
        .find(|r| r.id == "agility.speed")
        .unwrap();
    let others = speed.others.figures.unwrap();
    assert_eq!(
        (others.median, others.min, others.max, speed.others.n),
        (2.5, 2.0, 3.0, 4)
    );
    assert_eq!(speed.view, Some(View::BlindSpot));
    let comments: Vec<&str> = summary
        .comments
        .iter()
        .flatten()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        comments,
        [
            "<b>Luwes</b> di kelas daring.",
            "Sering menunggu sampai semuanya siap."
        ]
    );
}

/// Every older version reads into the current one: the same sessions, with no feedback, and is
/// written back as version 3. The version-3 fixture is the version-2 one with feedback added.
#[test]
fn older_versions_read_into_version_3() {
    let v3 = codec::decode(include_str!("fixtures/history-v3.json"))
        .unwrap()
        .history;
    for fixture in [
        include_str!("fixtures/history-v1.json"),
        include_str!("fixtures/history-v2.json"),
    ] {
        let decoded = codec::decode(fixture).unwrap();
        assert_eq!(decoded.skipped, 0);
        let sessions = decoded.history.sessions();
        assert!(sessions.iter().all(|s| s.feedback.is_empty()));
        let text = codec::encode(&decoded.history);
        assert!(
            text.starts_with(r#"{"format":"cermin.history","version":3,"#),
            "{text:.60}"
        );
        assert_eq!(codec::decode(&text).unwrap().history, decoded.history);
    }
    let v2 = codec::decode(include_str!("fixtures/history-v2.json"))
        .unwrap()
        .history;
    let without_feedback: Vec<Session> = (v3.sessions().iter())
        .map(|s| Session {
            feedback: SortedMap::new(),
            ..s.clone()
        })
        .collect();
    assert_eq!(without_feedback, v2.sessions());
}

/// The first screen's read of a long history carries a newest session's feedback too.
#[test]
fn the_newest_sessions_read_first_keep_their_feedback() {
    let fixture = codec::decode(include_str!("fixtures/history-v3.json"))
        .unwrap()
        .history;
    let with_feedback = fixture.sessions()[0].clone();
    let mut sessions: Vec<Session> = (0..10).map(|i| session(&format!("old{i}"), i)).collect();
    sessions.push(with_feedback.clone());
    let text = codec::encode(&History::new(sessions, SortedMap::new()));
    let newest = codec::decode_newest(&text, 3).unwrap();
    assert_eq!(newest.history.sessions()[0], with_feedback);
}

/// A kept framework file of the wrong shape is left out; the sessions stay.
#[test]
fn a_damaged_kept_framework_loses_nothing_else() {
    let fixture = include_str!("fixtures/history-v2.json");
    let damaged = fixture.replacen(
        r#""frameworks":[{"added""#,
        r#""frameworks":[7,{"added""#,
        1,
    );
    assert_ne!(damaged, fixture);
    let decoded = codec::decode(&damaged).unwrap();
    assert_eq!((decoded.skipped, decoded.history.sessions().len()), (0, 3));
    assert_eq!(decoded.history.frameworks().len(), 1);
}

/// Version 1 was written when each widyaiswara standard was one item (`widyaiswara.social`).
/// The revised framework names those ids in `replaces`: the rating is kept as it was, written
/// back unchanged, and charts the standard until its new items are rated.
#[test]
fn an_old_widyaiswara_rating_survives_the_revised_framework() {
    let decoded = codec::decode(include_str!("fixtures/history-v1.json")).unwrap();
    let old = &decoded.history.sessions()[1];
    let widyaiswara = builtin_framework("widyaiswara").unwrap();
    assert!(
        widyaiswara.item("widyaiswara.social").is_none(),
        "no longer an item"
    );
    assert_eq!(
        old.axis_scores(widyaiswara),
        vec![None, None, Some(4.0), None]
    );
    let again = codec::decode(&codec::encode(&decoded.history)).unwrap();
    assert_eq!(
        again.history.sessions()[1].rating("widyaiswara.social"),
        Some(4)
    );
}

#[test]
fn refuses_each_kind_of_bad_document() {
    check_refused("{not json", DecodeError::NotJson);
    check_refused("", DecodeError::NotJson);
    check_refused("[1,2,3]", DecodeError::Foreign);
    check_refused(r#"{"todos":[]}"#, DecodeError::Foreign);
    check_refused(
        r#"{"format":"other","version":1,"sessions":[]}"#,
        DecodeError::Foreign,
    );
    check_refused(
        r#"{"format":"cermin.history","sessions":[]}"#,
        DecodeError::BadShape,
    );
    check_refused(
        r#"{"format":"cermin.history","version":0,"sessions":[]}"#,
        DecodeError::BadShape,
    );
    check_refused(
        r#"{"format":"cermin.history","version":1}"#,
        DecodeError::BadShape,
    );
    check_refused(
        r#"{"format":"cermin.history","version":1,"sessions":{}}"#,
        DecodeError::BadShape,
    );
    check_refused(
        r#"{"format":"cermin.history","version":1,"sessions":[],"deleted":[1]}"#,
        DecodeError::BadShape,
    );
    check_refused(
        r#"{"format":"cermin.history","version":4,"sessions":[]}"#,
        DecodeError::NewerVersion { version: 4 },
    );
    let huge = format!("\"{}\"", "x".repeat(MAX_DOCUMENT_BYTES));
    check_refused(&huge, DecodeError::TooLarge { bytes: huge.len() });
}

#[test]
fn skips_and_counts_individually_broken_sessions() {
    let document = r#"{"format":"cermin.history","version":1,"sessions":[
        {"id":"ok","created":1,"updated":1,"ratings":{"agility.speed":5}},
        {"id":"too-high","created":1,"updated":1,"ratings":{"agility.speed":6}},
        {"id":"no-time"},
        {"id":"bad id!","created":1,"updated":1},
        {"id":"extra","created":1,"updated":1,"surprise":true},
        42
    ]}"#;
    let decoded = codec::decode(document).unwrap();
    assert_eq!(decoded.skipped, 5);
    assert_eq!(decoded.history.len(), 1);
    assert!(decoded.history.get("ok").is_some());
}

#[test]
fn skips_out_of_range_sessions_when_every_session_reads() {
    // Every session has the right shape, so all are read in one pass; the values are still checked.
    let document = r#"{"format":"cermin.history","version":1,"sessions":[
        {"id":"ok","created":1,"updated":1,"ratings":{"agility.speed":5}},
        {"id":"too-high","created":1,"updated":1,"targets":{"digcomp.1.1":9}},
        {"id":"too-late","created":1,"updated":253402300800000}
    ],"deleted":{"gone":3}}"#;
    let decoded = codec::decode(document).unwrap();
    assert_eq!(decoded.skipped, 2);
    assert_eq!(decoded.history.len(), 1);
    assert!(decoded.history.get("ok").is_some());
    assert_eq!(decoded.history.tombstones().get("gone"), Some(&3));
}

#[test]
fn hostile_text_survives_a_round_trip_unchanged() {
    let mut s = session("h", 1);
    s.reflection = "<script>alert(1)</script> ]]> &amp; \u{202e}evil\u{200b} \"'".into();
    s.label = "x".repeat(100_000);
    let history = History::new(vec![s.clone()], SortedMap::new());
    let decoded = codec::decode(&codec::encode(&history)).unwrap();
    assert_eq!(decoded.history.get("h"), Some(&s));
}

#[test]
fn empty_fields_are_left_out_of_the_stored_form() {
    let mut s = Session::new("s1".into(), 1_700_000_000_000);
    s.ratings.insert("agility.speed".into(), 3);
    assert_eq!(
        codec::encode_session(&s),
        r#"{"id":"s1","created":1700000000000,"updated":1700000000000,"ratings":{"agility.speed":3}}"#
    );
    assert_eq!(codec::decode_session(&codec::encode_session(&s)), Some(s));
}
