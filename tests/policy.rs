//! The storage decisions (`store::policy`): what the stored text means at start-up and before a
//! write. The browser module only gets, sets and sets aside what these say.

use cermin::core::model::history::History;
use cermin::core::model::session::Session;
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::state::{Loaded, StorageMode};
use cermin::core::store::codec;
use cermin::core::store::policy::{before_write, read, Found, Write};

fn history(ids: &[(&str, i64)]) -> History {
    let sessions = ids
        .iter()
        .map(|&(id, created)| {
            let mut s = Session::new(id.into(), created);
            s.ratings.insert("agility.speed".into(), 3);
            s
        })
        .collect();
    History::new(sessions, SortedMap::new())
}

const DAMAGED: &str = r#"{"format":"cermin.history","version":2,"sessions":[
    {"id":"ok","created":1,"updated":1,"ratings":{"agility.speed":5}},
    {"id":"bad id!","created":1,"updated":1}
]}"#;
const NEWER: &str = r#"{"format":"cermin.history","version":99,"sessions":[]}"#;

#[test]
fn at_start_up_the_stored_text_decides_the_mode_and_what_is_set_aside() {
    assert_eq!(read(None, None), Found::Nothing);
    assert!(!Found::Nothing.set_aside());

    let kept = history(&[("a", 1), ("b", 2)]);
    let text = codec::encode(&kept);
    let found = read(Some(&text), None);
    assert_eq!(
        found,
        Found::History {
            history: kept.clone(),
            skipped: 0,
            rest_unread: false
        }
    );
    assert!(!found.set_aside());
    assert_eq!(
        Loaded::from_found(found, false).mode,
        StorageMode::Persistent
    );

    // A session that does not read: the rest opens, and the text is set aside first.
    let found = read(Some(DAMAGED), None);
    assert!(found.set_aside());
    let loaded = Loaded::from_found(found, true);
    assert_eq!(
        (loaded.history.len(), loaded.skipped, loaded.quarantined),
        (1, 1, true)
    );

    // Not ours at all: set aside, and a fresh history starts beside it.
    let found = read(Some("{not json"), None);
    assert_eq!(found, Found::Unreadable);
    assert!(found.set_aside());
    let loaded = Loaded::from_found(found, true);
    assert!(loaded.history.is_empty() && loaded.quarantined);
    assert_eq!(loaded.mode, StorageMode::Persistent);

    // A newer Cermin's: read-only, nothing set aside (it is never overwritten).
    let found = read(Some(NEWER), None);
    assert_eq!(found, Found::Newer);
    assert!(!found.set_aside());
    assert_eq!(Loaded::from_found(found, false).mode, StorageMode::ReadOnly);
}

#[test]
fn a_long_history_opens_with_its_newest_sessions_the_rest_unread() {
    let ids: Vec<(String, i64)> = (0..60).map(|i| (format!("s{i}"), i)).collect();
    let refs: Vec<(&str, i64)> = ids.iter().map(|(id, t)| (id.as_str(), *t)).collect();
    let text = codec::encode(&history(&refs));
    match read(Some(&text), Some(40)) {
        Found::History {
            history,
            rest_unread,
            ..
        } => assert_eq!((history.len(), rest_unread), (40, true)),
        other => panic!("{other:?}"),
    }
    // A short one is read whole.
    let text = codec::encode(&history(&[("a", 1)]));
    assert!(matches!(
        read(Some(&text), Some(40)),
        Found::History {
            rest_unread: false,
            ..
        }
    ));
}

#[test]
fn a_write_merges_with_what_another_tab_stored_and_never_overwrites_a_newer_version() {
    let here = history(&[("mine", 2)]);
    // Nothing stored: ours as it is.
    assert_eq!(
        before_write(None, &here),
        Write::Merged {
            history: here.clone(),
            set_aside: false
        }
    );
    // Another tab saved meanwhile: both sessions are written.
    let theirs = codec::encode(&history(&[("theirs", 1)]));
    match before_write(Some(&theirs), &here) {
        Write::Merged { history, set_aside } => {
            assert!(!set_aside);
            assert!(history.get("mine").is_some() && history.get("theirs").is_some());
        }
        other => panic!("{other:?}"),
    }
    // Damaged since: what reads is kept, and the text is set aside before it is replaced.
    match before_write(Some(DAMAGED), &here) {
        Write::Merged { history, set_aside } => {
            assert!(set_aside);
            assert!(history.get("mine").is_some() && history.get("ok").is_some());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        before_write(Some("garbage"), &here),
        Write::Merged {
            history: here.clone(),
            set_aside: true
        }
    );
    // A newer version wrote since: nothing is written.
    assert_eq!(before_write(Some(NEWER), &here), Write::Newer);
}
