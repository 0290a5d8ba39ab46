//! The reducer: every action, applied to a state, through the public API the UI uses.

use cermin::core::i18n::Lang;
use cermin::core::model::frameworks::file::{self, Problem};
use cermin::core::model::frameworks::{builtin_framework, Catalog};
use cermin::core::model::history::{History, KeptFramework};
use cermin::core::model::session::Session;
use cermin::core::state::{Action, Loaded, State, Status, StorageMode, WriteError};
use cermin::core::store::import::ImportSummary;
use cermin::core::texts::T;

fn fresh() -> State {
    State::new(
        Lang::En,
        builtin_framework("agility").unwrap(),
        Loaded::default(),
        "s1".into(),
        1_000,
    )
}

fn rate(item: &str, level: u8) -> Action {
    Action::Rate {
        item: item.into(),
        level: Some(level),
    }
}

#[test]
fn rating_then_saving_puts_the_session_in_the_history() {
    let s = fresh();
    assert!(!s.has_unsaved_changes());
    let s = s.apply(rate("agility.speed", 4)).unwrap();
    assert!(s.has_unsaved_changes());
    let s = s.apply(Action::Save { now: 2_000 }).unwrap();
    assert!(!s.has_unsaved_changes());
    assert_eq!(s.revision, 1);
    assert_eq!(s.status, Some(Status::Say(T::Saved)));
    let saved = s.history.get("s1").unwrap();
    assert_eq!(
        (saved.rating("agility.speed"), saved.updated),
        (Some(4), 2_000)
    );
}

#[test]
fn no_op_actions_report_no_change() {
    let s = fresh();
    assert!(s.apply(Action::SetLang(Lang::En)).is_none());
    assert!(s
        .apply(Action::Open {
            id: "missing".into()
        })
        .is_none());
    let rated = s.apply(rate("agility.speed", 4)).unwrap();
    assert!(rated.apply(rate("agility.speed", 4)).is_none());
}

#[test]
fn opening_a_saved_session_restores_its_ratings() {
    let s = fresh()
        .apply(rate("agility.speed", 4))
        .unwrap()
        .apply(Action::Save { now: 2_000 })
        .unwrap()
        .apply(Action::NewSession {
            id: "s2".into(),
            now: 3_000,
            prefill: false,
        })
        .unwrap();
    assert_eq!(s.draft.rating("agility.speed"), None);
    let s = s.apply(Action::Open { id: "s1".into() }).unwrap();
    assert_eq!(s.draft.rating("agility.speed"), Some(4));
}

#[test]
fn start_up_opens_the_newest_saved_session() {
    let mut history = History::default();
    history.put(Session::new("old".into(), 10));
    history.put(Session::new("new".into(), 20));
    let loaded = Loaded {
        history,
        ..Loaded::default()
    };
    let s = State::new(
        Lang::Id,
        builtin_framework("digcomp").unwrap(),
        loaded,
        "unused".into(),
        30,
    );
    assert_eq!(s.draft.id, "new");
}

#[test]
fn start_up_prefers_the_tabs_unsaved_session() {
    let mut history = History::default();
    history.put(Session::new("saved".into(), 10));
    let mut unsaved = Session::new("typing".into(), 20);
    unsaved
        .notes
        .insert("agility.speed".into(), "half a thought".into());
    let loaded = Loaded {
        history,
        draft: Some(unsaved.clone()),
        ..Loaded::default()
    };
    let s = State::new(
        Lang::Id,
        builtin_framework("agility").unwrap(),
        loaded.clone(),
        "unused".into(),
        30,
    );
    assert_eq!(s.draft, unsaved);
    assert!(s.has_unsaved_changes());
    // A blank session on screen gives way to the newest saved one.
    let blank = Loaded {
        draft: Some(Session::new("blank".into(), 40)),
        ..loaded
    };
    let s = State::new(
        Lang::Id,
        builtin_framework("agility").unwrap(),
        blank,
        "unused".into(),
        50,
    );
    assert_eq!(s.draft.id, "saved");
}

#[test]
fn read_only_history_is_never_changed_by_save() {
    let loaded = Loaded {
        mode: StorageMode::ReadOnly,
        ..Loaded::default()
    };
    let s = State::new(
        Lang::En,
        builtin_framework("agility").unwrap(),
        loaded,
        "s1".into(),
        1,
    );
    let s = s.apply(rate("agility.speed", 2)).unwrap();
    let s = s.apply(Action::Save { now: 5 }).unwrap();
    assert_eq!(s.revision, 0);
    assert!(s.history.is_empty());
    assert_eq!(s.status, Some(Status::Say(T::ReadOnlyNewer)));
}

#[test]
fn memory_only_saving_says_so_once() {
    let loaded = Loaded {
        mode: StorageMode::MemoryOnly,
        ..Loaded::default()
    };
    let s = State::new(
        Lang::En,
        builtin_framework("agility").unwrap(),
        loaded,
        "s1".into(),
        1,
    )
    .apply(rate("agility.speed", 2))
    .unwrap()
    .apply(Action::Save { now: 5 })
    .unwrap();
    assert_eq!(s.status, Some(Status::Say(T::SavedInMemory)));
    assert_eq!(s.history.len(), 1, "kept in memory, exportable");
    assert!(s
        .apply(Action::PersistFailed(WriteError::Unavailable))
        .is_none());
}

#[test]
fn a_failed_write_keeps_the_session_on_screen_and_says_why() {
    let s = fresh()
        .apply(rate("agility.speed", 3))
        .unwrap()
        .apply(Action::Save { now: 2 })
        .unwrap()
        .apply(Action::PersistFailed(WriteError::Quota))
        .unwrap();
    assert_eq!(s.draft.rating("agility.speed"), Some(3));
    assert_eq!(s.status, Some(Status::Say(T::QuotaExceeded)));
}

fn saved(id: &str, now: i64, state: State) -> State {
    state
        .apply(Action::NewSession {
            id: id.into(),
            now,
            prefill: true,
        })
        .unwrap()
        .apply(Action::Save { now })
        .unwrap()
}

#[test]
fn notes_targets_and_texts_belong_to_the_session() {
    let s = fresh()
        .apply(Action::SetTarget {
            item: "agility.speed".into(),
            level: Some(5),
        })
        .unwrap()
        .apply(Action::SetNote {
            item: "agility.speed".into(),
            text: "I wait too long".into(),
        })
        .unwrap()
        .apply(Action::SetLabel("Before the course".into()))
        .unwrap()
        .apply(Action::SetNextStep("Try one new tool by March".into()))
        .unwrap();
    assert_eq!(s.draft.target("agility.speed"), Some(5));
    assert_eq!(s.draft.note("agility.speed"), "I wait too long");
    assert!(s.has_unsaved_changes());
    let cleared = s
        .apply(Action::SetNote {
            item: "agility.speed".into(),
            text: String::new(),
        })
        .unwrap();
    assert!(cleared.draft.notes.is_empty());
}

#[test]
fn compare_with_previous_picks_the_session_before_the_open_one() {
    let s = saved("b", 20, saved("a", 10, fresh()));
    assert_eq!(s.draft.id, "b");
    let s = s.apply(Action::ComparePrevious).unwrap();
    assert_eq!(s.compared().map(|c| c.id.as_str()), Some("a"));
    // Opening the compared session itself shows no overlay of itself.
    let s = s.apply(Action::Open { id: "a".into() }).unwrap();
    assert!(s.compared().is_none());
    // With nothing older, there is nothing to pick, and the person is told so.
    let none = s
        .apply(Action::Compare(None))
        .unwrap()
        .apply(Action::ComparePrevious)
        .unwrap();
    assert_eq!(
        (none.compare, none.status),
        (None, Some(Status::Say(T::NoPrevious)))
    );
}

#[test]
fn a_new_unsaved_session_compares_with_the_newest_saved() {
    let s = saved("a", 10, fresh())
        .apply(Action::NewSession {
            id: "n".into(),
            now: 30,
            prefill: false,
        })
        .unwrap()
        .apply(Action::ComparePrevious)
        .unwrap();
    assert_eq!(s.compared().map(|c| c.id.as_str()), Some("a"));
}

#[test]
fn delete_can_be_undone_until_the_undo_is_forgotten() {
    let s = saved("a", 10, fresh());
    let deleted = s
        .apply(Action::Delete {
            id: "a".into(),
            now: 50,
        })
        .unwrap();
    assert!(deleted.history.is_empty());
    assert_eq!(deleted.status, Some(Status::Deleted));
    let revision = deleted.revision;
    let restored = deleted.apply(Action::Undo { now: 51 }).unwrap();
    assert_eq!(restored.history.len(), 1);
    assert_eq!(restored.revision, revision + 1);
    let forgotten = deleted.apply(Action::ForgetUndo).unwrap();
    assert!(forgotten.undo.is_none() && forgotten.status.is_none());
    assert!(forgotten.apply(Action::Undo { now: 52 }).is_none());
}

#[test]
fn statuses_read_in_the_persons_language() {
    let rated = Status::Rated {
        item: "agility.speed".into(),
        level: Some(5),
    };
    assert_eq!(
        rated.message(Lang::En, &Catalog::default()),
        "Speed: Almost always"
    );
    assert!(rated
        .message(Lang::Id, &Catalog::default())
        .starts_with("Kecepatan: "));
    let imported = Status::Imported(ImportSummary {
        added: 2,
        updated: 1,
        unchanged: 3,
        skipped: 0,
    });
    assert_eq!(
        imported.message(Lang::En, &Catalog::default()),
        "Import done: 2 sessions added, 1 updated, 3 unchanged, 0 skipped."
    );
}

const EXAMPLE: &str = include_str!("../examples/frameworks/digcompedu-sample.json");

fn add(kept_at: Option<i64>, text: &str) -> Action {
    Action::read_framework(text, kept_at)
}

/// What the shell does for a page over a history with framework files: reads each and adopts it.
fn adopt_all(state: State) -> State {
    let actions: Vec<Action> = state
        .unadopted()
        .into_iter()
        .filter_map(|(_, kept)| Action::adopt(kept))
        .collect();
    actions
        .into_iter()
        .fold(state, |s, action| s.apply(action.clone()).unwrap_or(s))
}

#[test]
fn a_framework_the_person_adds_opens_and_is_kept_with_the_history() {
    let s = fresh().apply(add(Some(5_000), EXAMPLE)).unwrap();
    assert_eq!(s.framework.id, "digcompedu-sample");
    assert!(matches!(s.status, Some(Status::FrameworkAdded(f)) if f.id == "digcompedu-sample"));
    assert_eq!(s.revision, 1, "persisted");
    let kept = s.history.frameworks().get("digcompedu-sample").unwrap();
    assert_eq!(kept.added, 5_000);
    // A new page over that history knows the framework again, through the same loader.
    let loaded = Loaded {
        history: (*s.history).clone(),
        ..Loaded::default()
    };
    let again = State::new(
        Lang::En,
        builtin_framework("agility").unwrap(),
        loaded,
        "s2".into(),
        9,
    );
    assert_eq!(again.unadopted().len(), 1, "read after the first screen");
    let again = adopt_all(again);
    assert!(again.unadopted().is_empty());
    let (framework, item) = again
        .catalog
        .find_item("digcompedu-sample.engagement.communication")
        .unwrap();
    assert_eq!((&*framework.version, item.code()), ("0.2", "1.1"));
}

#[test]
fn a_framework_the_host_names_is_offered_but_neither_opened_nor_kept() {
    let s = fresh().apply(add(None, EXAMPLE)).unwrap();
    assert_eq!(s.framework.id, "agility");
    assert!(s.catalog.get("digcompedu-sample").is_some());
    assert!(s.history.frameworks().is_empty());
    assert_eq!((s.revision, s.status.clone()), (0, None));
    // An older copy kept in another tab's history does not replace the host's file.
    let mut older = History::default();
    let mut v0 = file::load(EXAMPLE).unwrap();
    v0.version = "0.0".into();
    older.keep_framework(
        "digcompedu-sample",
        KeptFramework {
            added: 1,
            file: file::save(&v0),
        },
    );
    let synced = adopt_all(s.apply(Action::Synced { history: older }).unwrap());
    assert_eq!(
        synced.catalog.get("digcompedu-sample").unwrap().version,
        "0.2"
    );
}

#[test]
fn a_refused_framework_changes_nothing_but_the_status() {
    let s = fresh();
    let mut taken: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    taken["id"] = "agility".into();
    let text = taken.to_string().replace("digcompedu-sample.", "agility.");
    let next = s.apply(add(Some(1), &text)).unwrap();
    assert!(
        matches!(&next.status, Some(Status::FrameworkRefused(e)) if e.problem == Problem::Taken)
    );
    assert_eq!((next.catalog.all().len(), next.revision), (3, 0));
    assert!(next.history.frameworks().is_empty());
    let message = next.status.unwrap().message(Lang::En, &next.catalog);
    assert_eq!(
        message,
        "The framework file was not loaded: field id is the id of a framework built into Cermin"
    );
}

#[test]
fn a_save_records_the_version_of_each_framework_the_session_touches() {
    let s = fresh()
        .apply(add(None, EXAMPLE))
        .unwrap()
        .apply(rate("digcompedu-sample.teaching.guidance", 3))
        .unwrap()
        .apply(rate("agility.speed", 2))
        .unwrap()
        .apply(Action::Save { now: 2_000 })
        .unwrap();
    let saved = s.history.get("s1").unwrap();
    let versions: Vec<(&str, &str)> = saved
        .frameworks
        .iter()
        .map(|(id, v)| (id.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        versions,
        [("agility", "2026.3"), ("digcompedu-sample", "0.2")]
    );
    assert!(!s.has_unsaved_changes());
}

/// A long history opens with its newest sessions; the rest, read after the first screen, joins
/// them. What was saved meanwhile stays, even where its write failed (only this state has it).
#[test]
fn the_rest_of_a_long_history_joins_the_newest_read_first() {
    let history_of = |ids: &[(&str, i64)]| {
        let mut history = History::default();
        for &(id, created) in ids {
            history.put(Session::new(id.into(), created));
        }
        history
    };
    let whole = history_of(&[("a", 10), ("b", 20), ("c", 30), ("d", 40)]);
    let s = State::new(
        Lang::En,
        builtin_framework("agility").unwrap(),
        Loaded {
            history: history_of(&[("c", 30), ("d", 40)]),
            rest_unread: true,
            ..Loaded::default()
        },
        "unused".into(),
        50,
    );
    assert!(s.rest_unread);
    assert_eq!(s.draft.id, "d");
    let s = saved("e", 60, s)
        .apply(Action::PersistFailed(WriteError::Quota))
        .unwrap();
    let s = s
        .apply(Action::ReadRest(Box::new(Loaded {
            history: whole,
            skipped: 1,
            quarantined: true,
            ..Loaded::default()
        })))
        .unwrap();
    assert!(!s.rest_unread);
    let ids: Vec<&str> = s.history.sessions().iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["e", "d", "c", "b", "a"]);
    assert_eq!((s.skipped, s.quarantined), (1, true));
    assert_eq!(s.draft.id, "e");
}

/// A backup is merged in the reducer, on the history as it is when the file has been read: a
/// session saved while the file was read stays, and the backup's sessions join it.
#[test]
fn a_backup_is_merged_into_the_history_as_it_is_now() {
    let elsewhere = saved(
        "b1",
        2_000,
        fresh().apply(rate("agility.speed", 2)).unwrap(),
    );
    let backup = cermin::core::store::codec::encode_backup(&elsewhere.history, 3_000);
    // Meanwhile, here: a session saved after the file was chosen.
    let here = saved(
        "h1",
        4_000,
        fresh().apply(rate("agility.speed", 5)).unwrap(),
    );
    let merged = here.apply(Action::ImportBackup(backup)).unwrap();
    let ids: Vec<&str> = merged
        .history
        .sessions()
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert!(ids.contains(&"h1") && ids.contains(&"b1"), "{ids:?}");
    assert_eq!(merged.revision, here.revision + 1, "persisted");
    assert!(matches!(merged.status, Some(Status::Imported(s)) if s.added >= 1));
    // Not a backup: the history is untouched, and the person is told why.
    let refused = here.apply(Action::ImportBackup("not json".into())).unwrap();
    assert_eq!(refused.history, here.history);
    assert_eq!(refused.revision, here.revision);
    assert!(matches!(refused.status, Some(Status::Say(_))));
}

/// A request for feedback on agility made from a session, and a colleague's answer to it, as a
/// session keeps them (`feedback::kept`).
fn request_and_answer() -> ((String, String), (String, String)) {
    use cermin::core::feedback::kept::{keep_request, keep_response};
    use cermin::core::feedback::request::Request;
    use cermin::core::feedback::response::Response;
    use cermin::core::feedback::Perspective;
    use cermin::core::model::sorted_map::SortedMap;
    let agility = builtin_framework("agility").unwrap();
    let request = Request::new("rq-1", "Ani", agility).unwrap();
    let mut ratings = SortedMap::new();
    ratings.insert("agility.speed".to_string(), 4);
    let response = Response::new(
        &request,
        agility,
        "rs-1",
        1_764_900_000_000,
        Perspective::Colleague,
        ratings,
        SortedMap::new(),
        "",
    )
    .unwrap();
    (keep_request(&request), keep_response(&response))
}

fn keep(session: &str, entries: Vec<(String, String)>) -> Action {
    Action::KeepFeedback {
        session: session.into(),
        entries,
    }
}

#[test]
fn feedback_is_kept_with_the_saved_session_and_written_but_leaves_the_draft_alone() {
    let s = fresh()
        .apply(rate("agility.speed", 3))
        .unwrap()
        .apply(Action::Save { now: 2_000 })
        .unwrap();
    let (request, response) = request_and_answer();
    let s = s.apply(keep("s1", vec![request.clone()])).unwrap();
    assert_eq!(s.revision, 2, "written like any change to the history");
    let s = s.apply(keep("s1", vec![response.clone()])).unwrap();
    let saved = s.history.get("s1").unwrap();
    assert_eq!(saved.feedback.len(), 2);
    assert_eq!(saved.feedback.get(&response.0), Some(&response.1));
    assert_eq!(saved.updated, 2_000, "the person's save time is theirs");
    assert!(s.draft.feedback.is_empty() && !s.has_unsaved_changes());
    // The same again changes nothing (no write, no render).
    assert!(s
        .apply(keep("s1", vec![request, response.clone()]))
        .is_none());
    // A later Save of the draft, which never held the feedback, keeps it.
    let s = s
        .apply(rate("agility.speed", 5))
        .unwrap()
        .apply(Action::Save { now: 3_000 })
        .unwrap();
    assert_eq!(s.history.get("s1").unwrap().feedback.len(), 2);
    // Deleted with the session, and back with an undo.
    let s = s
        .apply(Action::Delete {
            id: "s1".into(),
            now: 4_000,
        })
        .unwrap();
    assert!(
        s.apply(keep("s1", vec![response])).is_none(),
        "not saved any more"
    );
    let s = s.apply(Action::Undo { now: 5_000 }).unwrap();
    assert_eq!(s.history.get("s1").unwrap().feedback.len(), 2);
}

#[test]
fn feedback_for_an_unsaved_session_or_a_read_only_history_is_not_kept() {
    let (request, _) = request_and_answer();
    let unsaved = fresh().apply(rate("agility.speed", 3)).unwrap();
    assert!(unsaved.apply(keep("s1", vec![request.clone()])).is_none());
    let loaded = Loaded {
        mode: StorageMode::ReadOnly,
        ..Loaded::default()
    };
    let mut history = History::default();
    let mut session = Session::new("old".into(), 1);
    session.ratings.insert("agility.speed".into(), 2);
    history.put(session);
    let loaded = Loaded { history, ..loaded };
    let s = State::new(
        Lang::En,
        builtin_framework("agility").unwrap(),
        loaded,
        "s1".into(),
        1,
    );
    let s = s.apply(keep("old", vec![request])).unwrap();
    assert_eq!(s.revision, 0);
    assert!(s.history.get("old").unwrap().feedback.is_empty());
    assert_eq!(s.status, Some(Status::Say(T::ReadOnlyNewer)));
}

#[test]
fn the_radar_shows_others_view_only_for_the_session_and_framework_it_was_made_for() {
    use cermin::core::charts::radar::{Palette, Series, SeriesKind};
    use cermin::core::state::radar::{radar_chart, Others};
    let s = fresh()
        .apply(rate("agility.speed", 3))
        .unwrap()
        .apply(Action::Save { now: 2_000 })
        .unwrap();
    let series = Series {
        kind: SeriesKind::Others,
        label: "Others".into(),
        values: vec![None, Some(3.5), None, None, None, None, None, None, None],
    };
    let others = |session: &str, framework: &str| {
        Action::ShowOthers(Some(Others {
            session: session.into(),
            framework: framework.into(),
            series: series.clone(),
        }))
    };
    let kinds = |s: &State| -> Vec<SeriesKind> {
        let chart = radar_chart(s, Palette::LIGHT, 0);
        chart.series.iter().map(|x| x.kind).collect()
    };
    let shown = s.apply(others("s1", "agility")).unwrap();
    assert_eq!(kinds(&shown), [SeriesKind::Current, SeriesKind::Others]);
    let chart = radar_chart(&shown, Palette::LIGHT, 0);
    assert_eq!(chart.series[1], series, "drawn as handed over");
    // Another session or framework on screen: not its view.
    let other_session = shown
        .apply(Action::NewSession {
            id: "s2".into(),
            now: 3_000,
            prefill: false,
        })
        .unwrap();
    assert_eq!(kinds(&other_session), [SeriesKind::Current]);
    let other_framework = s.apply(others("s1", "digcomp")).unwrap();
    assert_eq!(kinds(&other_framework), [SeriesKind::Current]);
    // The compared session stays the last series (its label names it in the tables).
    let compared = saved("s0", 500, fresh())
        .apply(Action::NewSession {
            id: "s1".into(),
            now: 1_000,
            prefill: false,
        })
        .unwrap()
        .apply(rate("agility.speed", 3))
        .unwrap()
        .apply(Action::Save { now: 2_000 })
        .unwrap()
        .apply(Action::ComparePrevious)
        .unwrap()
        .apply(others("s1", "agility"))
        .unwrap();
    assert_eq!(
        kinds(&compared),
        [SeriesKind::Current, SeriesKind::Others, SeriesKind::Compare]
    );
    // Cleared: gone, and clearing again changes nothing.
    let cleared = shown.apply(Action::ShowOthers(None)).unwrap();
    assert_eq!(kinds(&cleared), [SeriesKind::Current]);
    assert!(cleared.apply(Action::ShowOthers(None)).is_none());
}

#[test]
fn a_feedback_link_is_held_until_it_is_done_with_and_writes_nothing() {
    let s = fresh();
    let link = "#ask=1&id=rq-1&f=agility&fv=2026.2&name=Ani".to_string();
    let opened = s.apply(Action::FeedbackLink(Some(link.clone()))).unwrap();
    assert_eq!(opened.feedback_link, Some(link.clone()));
    assert_eq!(opened.revision, 0, "nothing is written");
    assert!(opened.apply(Action::FeedbackLink(Some(link))).is_none());
    let done = opened.apply(Action::FeedbackLink(None)).unwrap();
    assert_eq!(done, s);
}
