//! The built-in frameworks' content, and the framework file's rules.

use super::file::{load, save, FileError, Problem};
use super::*;
use crate::core::i18n::Lang;
use std::collections::HashSet;

fn framework(id: &str) -> &'static Framework {
    builtin_framework(id).unwrap()
}

fn all_texts(f: &Framework) -> Vec<(String, &LocalText)> {
    let mut texts = vec![
        ("name".to_string(), &f.name),
        ("description".to_string(), &f.description),
        ("scale question".to_string(), &f.scale.question),
    ];
    if let Some(question) = catalog::observer_question(f) {
        texts.push(("scale observer question".to_string(), question));
    }
    for (n, level) in f.scale.levels.iter().enumerate() {
        texts.push((format!("level {} name", n + 1), &level.name));
        texts.push((format!("level {} descriptor", n + 1), &level.descriptor));
    }
    for axis in f.axes.iter() {
        texts.push((format!("{} name", axis.id), &axis.name));
        texts.push((format!("{} description", axis.id), &axis.description));
        for item in axis.items.iter() {
            texts.push((format!("{} name", item.id), &item.name));
            texts.push((format!("{} description", item.id), &item.description));
            texts.push((format!("{} prompt", item.id), &item.prompt));
            if let Some(observer) = catalog::observer(item) {
                texts.push((format!("{} observer", item.id), observer));
            }
        }
    }
    for (n, source) in f.sources.iter().enumerate() {
        texts.push((format!("source {n}"), &source.citation));
    }
    texts
}

#[test]
fn every_builtin_file_loads_in_tab_order() {
    let ids: Vec<_> = builtin().iter().map(|f| &*f.id).collect();
    assert_eq!(ids, ["agility", "digcomp", "widyaiswara"]);
}

#[test]
fn every_builtin_text_exists_in_both_languages() {
    for f in builtin() {
        assert_eq!(f.languages(), Lang::ALL);
        for (what, text) in all_texts(f) {
            for lang in Lang::ALL {
                assert!(text.has(lang), "{} {what} has no {lang:?}", f.id);
            }
        }
    }
}

#[test]
fn every_builtin_framework_states_its_sources() {
    for f in builtin() {
        assert!(!f.sources.is_empty(), "{} has no source", f.id);
    }
}

#[test]
fn learning_agility_has_burkes_nine_dimensions_in_order() {
    let names: Vec<_> = framework("agility")
        .axes
        .iter()
        .map(|a| a.name.get(Lang::En))
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
    assert!(framework("agility").axes.iter().all(|a| a.items.len() == 1));
}

#[test]
fn digcomp_has_five_areas_and_21_numbered_competences() {
    let digcomp = framework("digcomp");
    let areas: Vec<_> = digcomp.axes.iter().map(|a| a.name.get(Lang::En)).collect();
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
            assert_eq!(item.code(), format!("{}.{}", a + 1, c + 1));
        }
    }
    let names: HashSet<_> = digcomp.items().map(|i| i.name.get(Lang::En)).collect();
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
fn widyaiswara_has_the_four_standards_with_one_item_per_sub_competence() {
    let w = framework("widyaiswara");
    let names: Vec<_> = w.axes.iter().map(|a| a.name.get(Lang::Id)).collect();
    assert_eq!(
        names,
        [
            "Pengelolaan pembelajaran",
            "Kepribadian",
            "Sosial",
            "Substantif"
        ]
    );
    // Perkalan LAN 5/2008: learning management has six sub-competences (a–f), personality two;
    // social and substantive two each, as Cermin reads them.
    let per_standard: Vec<_> = w.axes.iter().map(|a| a.items.len()).collect();
    assert_eq!(per_standard, [6, 2, 2, 2]);
    assert_eq!(w.scale.max(), 5);
    // Every prompt is something a person does, so that "How often do I do this?" fits it.
    for item in w.items() {
        assert!(
            item.prompt.get(Lang::Id).starts_with("Saya "),
            "{}",
            item.id
        );
        assert!(item.prompt.get(Lang::En).starts_with("I "), "{}", item.id);
    }
    // The single items of the first version are replaced, each by its own standard; the three
    // items of 2026.2 that merged sub-competences, by the learning-management standard.
    for axis in w.axes.iter() {
        assert_eq!(axis.replaces[0], axis.id);
        assert_eq!(w.replacing_axis(&axis.id), Some(axis));
    }
    for old in ["plan", "deliver", "evaluate"] {
        let id = format!("widyaiswara.learning_management.{old}");
        assert!(w.item(&id).is_none(), "{id} is no longer an item");
        assert_eq!(w.replacing_axis(&id), Some(&w.axes[0]), "{id}");
    }
}

#[test]
fn every_builtin_item_has_an_observer_prompt_and_every_scale_an_observer_question() {
    for f in builtin() {
        assert!(catalog::observer_question(f).is_some(), "{}", f.id);
        for item in f.items() {
            let observer = catalog::observer(item).unwrap_or_else(|| panic!("{}", item.id));
            // The same behaviour, said of someone else: never the first person of the prompt.
            for lang in Lang::ALL {
                assert_ne!(observer.get(lang), item.prompt.get(lang), "{}", item.id);
            }
            let id = observer.get(Lang::Id);
            assert!(!id.split(' ').any(|w| w == "saya"), "{}: {id}", item.id);
            let en = observer.get(Lang::En);
            assert!(
                en.to_lowercase().contains("this person"),
                "{}: {en}",
                item.id
            );
            assert!(
                !en.split(' ').any(|w| w == "I" || w == "my"),
                "{}: {en}",
                item.id
            );
        }
    }
}

#[test]
fn scales_have_the_expected_number_of_levels() {
    assert_eq!(framework("agility").scale.max(), 5);
    assert_eq!(framework("digcomp").scale.max(), 8);
    let scale = &framework("digcomp").scale;
    assert!(scale.level(0).is_none() && scale.level(9).is_none());
    assert!(scale.contains(1) && scale.contains(8));
}

#[test]
fn item_ids_are_unique_and_found_by_their_prefix() {
    let mut seen = HashSet::new();
    let catalog = Catalog::default();
    for f in builtin() {
        for item in f.items() {
            assert!(
                seen.insert(item.id.clone()),
                "duplicate item id {}",
                item.id
            );
            assert_eq!(find_builtin_item(&item.id).map(|(fw, _)| fw), Some(f));
            assert_eq!(catalog.find_item(&item.id).map(|(_, i)| i), Some(item));
        }
    }
    for unknown in [
        "nope",
        "agility",
        "agility.nope",
        "digcomp.9.9",
        ".agility.speed",
    ] {
        assert!(find_builtin_item(unknown).is_none(), "{unknown}");
    }
}

#[test]
fn a_builtin_file_round_trips_through_save() {
    for f in builtin() {
        let again = load(&save(f)).unwrap();
        assert_eq!(save(&again), save(f));
    }
}

/// A small valid framework file in one language, as JSON to mutate.
fn sample() -> serde_json::Value {
    serde_json::json!({
        "format": "cermin.framework",
        "format_version": 1,
        "id": "mine",
        "version": "1.0",
        "name": {"en": "My framework"},
        "description": {"en": "A test."},
        "scale": {
            "question": {"en": "How well?"},
            "levels": [
                {"name": {"en": "Low"}, "descriptor": {"en": "Not yet."}},
                {"name": {"en": "High"}, "descriptor": {"en": "Yes."}}
            ]
        },
        "axes": [
            {"id": "mine.a", "name": {"en": "A"}, "description": {"en": "About A."},
             "items": [{"id": "mine.a", "prompt": {"en": "I do A."}}]},
            {"id": "mine.b", "name": {"en": "B"}, "short": {"en": "B"}, "description": {"en": "About B."},
             "items": [
                {"id": "mine.b.1", "code": "B1", "name": {"en": "B one"}, "description": {"en": "First."}, "prompt": {"en": "I do B1."}},
                {"id": "mine.b.2", "name": {"en": "B two"}, "description": {"en": "Second."}, "prompt": {"en": "I do B2."}}
             ]},
            {"id": "mine.c", "name": {"en": "C"}, "description": {"en": "About C."},
             "items": [{"id": "mine.c", "prompt": {"en": "I do C."}}]}
        ],
        "sources": [{"citation": {"en": "Me (2026)."}, "url": "https://example.org/x"}]
    })
}

fn refused(edit: impl FnOnce(&mut serde_json::Value)) -> FileError {
    let mut value = sample();
    edit(&mut value);
    load(&value.to_string()).expect_err("should be refused")
}

#[test]
fn a_framework_in_one_language_loads_and_says_so() {
    let f = load(&sample().to_string()).unwrap();
    assert_eq!(f.languages(), [Lang::En]);
    // An item alone on its axis takes the axis's name and description.
    assert_eq!(f.axes[0].items[0].name.get(Lang::Id), "A");
    assert_eq!(f.axes[0].items[0].description.get(Lang::En), "About A.");
    assert_eq!(f.axes[1].short_name(Lang::Id), "B");
    assert_eq!(f.scale.max(), 2);
}

#[test]
fn each_refusal_names_the_field_and_the_reason() {
    use serde_json::json;
    let cases: Vec<(FileError, &str, Problem)> = vec![
        (load("not json").unwrap_err(), "", Problem::NotJson),
        (load("[1, 2]").unwrap_err(), "", Problem::NotFramework),
        (
            load(r#"{"format": 5}"#).unwrap_err(),
            "format",
            Problem::NotFramework,
        ),
        (
            load(r#"{"format": "cermin.framework", "format_version": "1"}"#).unwrap_err(),
            "format_version",
            Problem::WrongType(String::new()),
        ),
        (load("\"text\"").unwrap_err(), "", Problem::NotFramework),
        (
            load(&"x".repeat(300_000)).unwrap_err(),
            "",
            Problem::TooLarge,
        ),
        (
            refused(|v| v["format"] = json!("cermin.history")),
            "format",
            Problem::NotFramework,
        ),
        (
            refused(|v| v["format_version"] = json!(2)),
            "format_version",
            Problem::NewerFormat(2),
        ),
        (
            refused(|v| {
                v["axes"][2]["items"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("prompt")
                    .map(drop)
                    .unwrap()
            }),
            "axes[2].items[0].prompt",
            Problem::Missing,
        ),
        (
            refused(|v| v["axes"][1]["colour"] = json!("red")),
            "axes[1].colour",
            Problem::Unknown,
        ),
        (
            refused(|v| v["axes"][1]["items"][0]["prompt"]["en"] = json!(5)),
            "axes[1].items[0].prompt.en",
            Problem::WrongType(String::new()),
        ),
        (
            refused(|v| v["name"]["id"] = json!("Kerangka saya")),
            "description.id",
            Problem::MissingLanguage(Lang::Id),
        ),
        (
            refused(|v| v["axes"][1]["items"][0]["prompt"]["en"] = json!("x".repeat(401))),
            "axes[1].items[0].prompt.en",
            Problem::TooLong { max: 400 },
        ),
        (
            refused(|v| v["axes"][1]["items"][1]["id"] = json!("mine.b.1")),
            "axes[1].items[1].id",
            Problem::Duplicate,
        ),
        (
            refused(|v| v["axes"][0]["items"][0]["id"] = json!("other.a")),
            "axes[0].items[0].id",
            Problem::WrongPrefix {
                prefix: "mine.".into(),
            },
        ),
        (
            refused(|v| v["id"] = json!("<script>")),
            "id",
            Problem::BadId,
        ),
        (
            refused(|v| v["axes"].as_array_mut().unwrap().truncate(2)),
            "axes",
            Problem::TooFew { min: 3 },
        ),
        (
            refused(|v| {
                let axis = v["axes"][0].clone();
                let axes = v["axes"].as_array_mut().unwrap();
                for n in 0..10 {
                    let mut a = axis.clone();
                    a["id"] = json!(format!("mine.x{n}"));
                    a["items"][0]["id"] = json!(format!("mine.x{n}"));
                    axes.push(a);
                }
            }),
            "axes",
            Problem::TooMany { max: 12 },
        ),
        (
            refused(|v| {
                let item = v["axes"][1]["items"][0].clone();
                let items = v["axes"][1]["items"].as_array_mut().unwrap();
                for n in 0..60 {
                    let mut i = item.clone();
                    i["id"] = json!(format!("mine.b.x{n}"));
                    items.push(i);
                }
            }),
            "axes[1].items",
            Problem::TooMany { max: 60 },
        ),
        (
            refused(|v| {
                let level = v["scale"]["levels"][0].clone();
                let levels = v["scale"]["levels"].as_array_mut().unwrap();
                for _ in 0..9 {
                    levels.push(level.clone());
                }
            }),
            "scale.levels",
            Problem::TooMany { max: 10 },
        ),
        (
            refused(|v| v["sources"][0]["url"] = json!("javascript:alert(1)")),
            "sources[0].url",
            Problem::BadUrl,
        ),
        (
            refused(|v| v["axes"][0]["name"]["en"] = json!("   ")),
            "axes[0].name.en",
            Problem::Empty,
        ),
        (
            refused(|v| v["axes"][0]["name"]["en"] = json!("A\u{0}B")),
            "axes[0].name.en",
            Problem::Control,
        ),
        (
            refused(|v| v["axes"][1]["short"]["en"] = json!("A name far too long for a radar")),
            "axes[1].short.en",
            Problem::TooLong { max: 24 },
        ),
    ];
    for (error, path, problem) in cases {
        assert_eq!(error.path, path, "{error:?}");
        match (&error.problem, &problem) {
            (Problem::WrongType(_), Problem::WrongType(_)) => {}
            _ => assert_eq!(error.problem, problem, "{error:?}"),
        }
    }
}

#[test]
fn markup_in_texts_is_kept_as_text() {
    let mut value = sample();
    value["name"]["en"] = serde_json::json!("<img src=x onerror=alert(1)>");
    let f = load(&value.to_string()).unwrap();
    assert_eq!(f.name.get(Lang::En), "<img src=x onerror=alert(1)>");
}

#[test]
fn an_added_framework_cannot_take_a_builtin_id_and_replaces_its_own_earlier_version() {
    let mut catalog = Catalog::default();
    let mut agility = sample();
    agility["id"] = serde_json::json!("agility");
    for (n, axis) in agility["axes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        axis["id"] = serde_json::json!(format!("agility.x{n}"));
        for (i, item) in axis["items"].as_array_mut().unwrap().iter_mut().enumerate() {
            item["id"] = serde_json::json!(format!("agility.x{n}.{i}"));
        }
    }
    let taken = catalog
        .add(catalog::intern(load(&agility.to_string()).unwrap()))
        .unwrap_err();
    assert_eq!(taken.problem, Problem::Taken);
    let first = catalog::intern(load(&sample().to_string()).unwrap());
    catalog.add(first).unwrap();
    let mut v2 = sample();
    v2["version"] = serde_json::json!("2.0");
    let second = catalog::intern(load(&v2.to_string()).unwrap());
    catalog.add(second).unwrap();
    assert_ne!(first, second);
    assert_eq!(catalog.all().len(), 4);
    assert_eq!(catalog.get("mine").unwrap().version, "2.0");
    assert_eq!(catalog.added().count(), 1);
    assert_eq!(catalog.find_item("mine.b.2").unwrap().0, second);
    // The same content read again is the same framework, not a second copy.
    assert_eq!(catalog::intern(load(&v2.to_string()).unwrap()), second);
}

#[test]
fn the_example_framework_file_loads() {
    let text = include_str!("../../../../examples/frameworks/digcompedu-sample.json");
    let example = load(text).unwrap();
    assert_eq!(example.id, "digcompedu-sample");
    assert_eq!((example.axes.len(), example.scale.max()), (6, 6));
    assert_eq!(example.languages(), Lang::ALL);
    assert!(Catalog::default().add(catalog::intern(example)).is_ok());
}

#[test]
fn the_catalog_knows_items_and_the_items_they_replaced_and_nothing_else() {
    let catalog = Catalog::default();
    for known in [
        "agility.speed",
        "digcomp.5.4",
        "widyaiswara.social",
        "widyaiswara.social.colleagues",
        "widyaiswara.learning_management.deliver",
        "widyaiswara.learning_management.motivation",
    ] {
        assert!(catalog.knows(known), "{known}");
    }
    for unknown in ["future.item", "agility.future", "widyaiswara", "digcomp.1"] {
        assert!(!catalog.knows(unknown), "{unknown}");
    }
}

/// `build.rs` compiles the built-in files in through the loader; what it wrote is what the
/// loader reads from the same files, field for field.
#[test]
fn the_compiled_in_frameworks_are_the_files_as_the_loader_reads_them() {
    let files = [
        include_str!("../../../../frameworks/agility.json"),
        include_str!("../../../../frameworks/digcomp.json"),
        include_str!("../../../../frameworks/widyaiswara.json"),
    ];
    assert_eq!(builtin().len(), files.len());
    for (baked, text) in builtin().iter().zip(files) {
        let read = load(text).unwrap();
        // The observer wordings are kept apart (only others' feedback reads them): put back,
        // the built-in is the file.
        let mut whole = baked.clone();
        whole.scale.observer_question = catalog::observer_question(baked).cloned();
        for item in whole
            .axes
            .to_mut()
            .iter_mut()
            .flat_map(|a| a.items.to_mut())
        {
            item.observer = catalog::observer(item).cloned();
        }
        assert!(
            baked.items().all(|item| item.observer.is_none()),
            "{}: apart",
            read.id
        );
        assert_eq!(save(&whole), save(&read), "{}", read.id);
        assert!(
            matches!(baked.axes, std::borrow::Cow::Borrowed(_)),
            "{}: compiled in",
            read.id
        );
    }
}

#[test]
fn an_observer_prompt_and_question_load_and_round_trip() {
    let mut value = sample();
    value["scale"]["observer_question"] = serde_json::json!({"en": "How well does this person?"});
    value["axes"][1]["items"][0]["observer"] = serde_json::json!({"en": "This person does B1."});
    let f = load(&value.to_string()).unwrap();
    let question = f.scale.observer_question.as_ref().unwrap();
    assert_eq!(question.get(Lang::En), "How well does this person?");
    let item = f.item("mine.b.1").unwrap();
    assert_eq!(
        item.observer.as_ref().unwrap().get(Lang::En),
        "This person does B1."
    );
    assert!(f.item("mine.b.2").unwrap().observer.is_none(), "optional");
    let again = load(&save(&f)).unwrap();
    assert_eq!(save(&again), save(&f));
    assert!(save(&again).contains("\"observer\":{\"en\":\"This person does B1.\"}"));
}

#[test]
fn an_observer_text_is_held_to_the_prompt_s_rules() {
    use serde_json::json;
    let cases: Vec<(FileError, &str, Problem)> = vec![
        (
            refused(|v| v["axes"][1]["items"][0]["observer"] = json!({"en": "x".repeat(401)})),
            "axes[1].items[0].observer.en",
            Problem::TooLong { max: 400 },
        ),
        (
            {
                // A file in both languages needs the observer prompt in both too.
                let mut both: serde_json::Value =
                    serde_json::from_str(include_str!("../../../../frameworks/agility.json"))
                        .unwrap();
                let observer = both["axes"][3]["items"][0]["observer"].as_object_mut();
                observer.unwrap().remove("id").unwrap();
                load(&both.to_string()).unwrap_err()
            },
            "axes[3].items[0].observer.id",
            Problem::MissingLanguage(Lang::Id),
        ),
        (
            refused(|v| v["axes"][0]["items"][0]["observer"] = json!({})),
            "axes[0].items[0].observer",
            Problem::Missing,
        ),
        (
            refused(|v| v["axes"][0]["items"][0]["observer"] = json!({"en": "  "})),
            "axes[0].items[0].observer.en",
            Problem::Empty,
        ),
        (
            refused(|v| v["scale"]["observer_question"] = json!({"en": "x".repeat(121)})),
            "scale.observer_question.en",
            Problem::TooLong { max: 120 },
        ),
        (
            refused(|v| v["axes"][0]["items"][0]["observer"] = json!({"en": "A", "fr": "B"})),
            "axes[0].items[0].observer.fr",
            Problem::Unknown,
        ),
    ];
    for (error, path, problem) in cases {
        assert_eq!(error.path, path, "{error:?}");
        assert_eq!(error.problem, problem, "{error:?}");
    }
}
