//! Component tests in headless Chromium: mount one component into a fresh element, act, flush
//! the scheduler, and assert on the DOM (`cargo test --target wasm32-unknown-unknown --lib`).

use super::history_list::HistoryList;
use super::rating_item::RatingItem;
use super::score_table::ScoreTable;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::builtin_framework;
use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the document to mount into.
fn fresh_root() -> Element {
    let document = super::browser::window().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn mount<C: BaseComponent>(props: C::Properties) -> Element {
    let root = fresh_root();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn click(root: &Element, selector: &str) {
    let element = root.query_selector(selector).unwrap().expect(selector);
    element.dyn_into::<HtmlElement>().unwrap().click();
}

fn agility_item(n: usize) -> &'static crate::core::model::frameworks::Item {
    builtin_framework("agility").unwrap().axes[n]
        .items
        .first()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_rating_item_reports_the_level_chosen_and_shows_its_descriptor() {
    let chosen = Rc::new(RefCell::new(None));
    let on_rate = {
        let chosen = chosen.clone();
        Callback::from(move |value| *chosen.borrow_mut() = Some(value))
    };
    let item = agility_item(1);
    let props = yew::props!(super::rating_item::RatingItemProps {
        item,
        scale: &builtin_framework("agility").unwrap().scale,
        level: Some(4),
        target: None,
        note: AttrValue::default(),
        lang: Lang::En,
        on_rate,
        on_target: Callback::noop(),
        on_note: Callback::noop(),
    });
    let root = mount::<RatingItem>(props).await;
    let group = root.query_selector("[role=radiogroup]").unwrap().unwrap();
    let name_id = group.get_attribute("aria-labelledby").unwrap();
    assert_eq!(
        super::browser::window()
            .document()
            .unwrap()
            .get_element_by_id(&name_id)
            .unwrap()
            .text_content()
            .unwrap(),
        "Speed"
    );
    let checked: HtmlInputElement = root
        .query_selector("input:checked")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(checked.value(), "4");
    assert!(root
        .query_selector(".chosen")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .starts_with("Often"));
    click(&root, "input[value='2']");
    yew::scheduler::flush().await;
    assert_eq!(
        *chosen.borrow(),
        Some(("agility.speed".to_string(), Some(2)))
    );
}

#[wasm_bindgen_test]
async fn the_score_table_adds_a_target_column_only_when_there_are_targets() {
    let mut session = Session::new("t".into(), 0);
    session.ratings.insert("agility.speed".into(), 3);
    let table = |session: Session| {
        yew::props!(super::score_table::ScoreTableProps {
            framework: builtin_framework("agility").unwrap(),
            session,
            lang: Lang::Id,
        })
    };
    let root = mount::<ScoreTable>(table(session.clone())).await;
    assert_eq!(root.query_selector_all("thead th").unwrap().length(), 2);
    assert_eq!(root.query_selector_all("tbody tr").unwrap().length(), 9);
    assert!(
        root.text_content().unwrap().contains("3,0 / 5"),
        "Indonesian decimals"
    );
    session.targets.insert("agility.speed".into(), 5);
    let root = mount::<ScoreTable>(table(session)).await;
    assert_eq!(root.query_selector_all("thead th").unwrap().length(), 3);
}

#[wasm_bindgen_test]
async fn a_long_history_lists_a_page_and_shows_more_on_request() {
    let sessions = (0..25)
        .map(|n| Session::new(format!("s{n}"), 1_700_000_000_000 + n * 60_000))
        .collect();
    let props = yew::props!(super::history_list::HistoryListProps {
        history: Rc::new(History::new(sessions, SortedMap::new())),
        open: "s24".to_string(),
        lang: Lang::En,
        on_open: Callback::noop(),
        on_delete: Callback::noop(),
        on_compare: Callback::noop(),
    });
    let root = mount::<HistoryList>(props).await;
    assert_eq!(root.query_selector_all("li").unwrap().length(), 20);
    let more = root.query_selector("section > button").unwrap().unwrap();
    assert_eq!(more.text_content().unwrap(), "Show 5 more sessions");
    click(&root, "section > button");
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all("li").unwrap().length(), 25);
    assert!(root.query_selector("section > button").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_lms_notices_say_where_and_name_the_sessions_only_in_this_browser() {
    use super::lms::notices::{LmsNotices, LmsNoticesProps};
    use super::saved_in::{SavedIn, SavedInProps};
    use crate::core::lms::status::{LmsStatus, Problem};
    let line = |keeps: bool, lang: Lang| {
        mount::<SavedIn>(yew::props!(SavedInProps {
            keeps,
            stored: true,
            lang,
        }))
    };
    let text = line(true, Lang::En).await.text_content().unwrap();
    assert_eq!(
        text,
        "Your reflections are saved in this LMS (with a copy in this browser)."
    );
    let text = line(false, Lang::Id).await.text_content().unwrap();
    assert_eq!(text, "Refleksi Anda disimpan di browser ini.");

    let mut labelled = Session::new("old".into(), 1_700_000_000_000);
    labelled.label = "Before the course".into();
    let history = Rc::new(History::new(
        vec![labelled, Session::new("new".into(), 1_800_000_000_000)],
        SortedMap::new(),
    ));
    let status = LmsStatus {
        connected: true,
        left_out: vec!["old".into()],
        ..LmsStatus::default()
    };
    let props = yew::props!(LmsNoticesProps {
        status,
        history: history.clone(),
        launch_data: Rc::<str>::from(""),
        lang: Lang::En,
    });
    let root = mount::<LmsNotices>(props).await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Kept only in this browser (1): "), "{text}");
    assert!(text.contains("“Before the course”"), "{text}");
    assert!(root.query_selector(".lms-problem").unwrap().is_none());

    let props = yew::props!(LmsNoticesProps {
        status: LmsStatus {
            connected: true,
            problem: Some(Problem::Unreadable),
            ..LmsStatus::default()
        },
        history,
        launch_data: Rc::<str>::from(""),
        lang: Lang::Id,
    });
    let root = mount::<LmsNotices>(props).await;
    let text = root.text_content().unwrap();
    assert!(text.contains("tidak dapat dibaca"), "{text}");
    assert!(root
        .query_selector(".lms-problem button")
        .unwrap()
        .is_some());
}

/// A session that rated Speed 4 and asked about agility, with these responses (perspective,
/// Speed, a comment on Speed) kept.
fn asked_and_answered(answers: &[(crate::core::feedback::Perspective, u8, &str)]) -> Session {
    use crate::core::feedback::kept::{keep_request, keep_response};
    use crate::core::feedback::request::Request;
    use crate::core::feedback::response::Response;
    let agility = builtin_framework("agility").unwrap();
    let mut session = Session::new("s".into(), 1_700_000_000_000);
    session.ratings.insert("agility.speed".into(), 4);
    let request = Request::new("rq-1", "Ani", agility).unwrap();
    let (id, text) = keep_request(&request);
    session.feedback.insert(id, text);
    for (n, &(perspective, level, comment)) in answers.iter().enumerate() {
        let mut ratings = SortedMap::new();
        ratings.insert("agility.speed".to_string(), level);
        let mut comments = SortedMap::new();
        comments.insert("agility.speed".to_string(), comment.to_string());
        let response = Response::new(
            &request,
            agility,
            &format!("rs-{n}"),
            1_764_900_000_000,
            perspective,
            ratings,
            comments,
            "",
        )
        .unwrap();
        let (id, text) = keep_response(&response);
        session.feedback.insert(id, text);
    }
    session
}

#[wasm_bindgen_test]
async fn others_view_shows_a_group_only_from_its_threshold_and_its_comments_as_text() {
    use super::more::feedback::see::{See, SeeProps};
    use crate::core::feedback::summary::summarise;
    use crate::core::feedback::Perspective::{Colleague, Supervisor};
    let agility = builtin_framework("agility").unwrap();
    let see = |session: &Session, lang: Lang| {
        mount::<See>(yew::props!(SeeProps {
            summary: Rc::new(summarise(session, agility)),
            framework: agility,
            lang,
        }))
    };
    let speed_row = |root: &Element| -> Vec<String> {
        let row = root
            .query_selector("#feedback-by-item tbody tr:nth-child(2)")
            .unwrap()
            .unwrap();
        let cells = row.query_selector_all("th, td").unwrap();
        (0..cells.length())
            .map(|i| cells.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    // Two colleagues: below their threshold, only how many answered; no figure, no comment.
    let two = asked_and_answered(&[(Colleague, 2, "<b>early</b>"), (Colleague, 3, "b")]);
    let root = see(&two, Lang::En).await;
    let text = root.text_content().unwrap();
    assert!(text.contains("2 of 3 colleagues have answered"), "{text}");
    assert_eq!(speed_row(&root), ["Speed", "4", "–", "–", "0", ""]);
    assert!(!text.contains("early"), "no comment below the threshold");
    // A third colleague and a supervisor: the colleagues' and the pooled figures, the comments.
    let four = asked_and_answered(&[
        (Colleague, 2, "<b>early</b>"),
        (Colleague, 3, "b"),
        (Colleague, 3, "c"),
        (Supervisor, 1, "d"),
    ]);
    let root = see(&four, Lang::Id).await;
    assert_eq!(
        speed_row(&root),
        ["Kecepatan", "4", "2,5", "1–3", "4", "1", "3", "Titik buta"]
    );
    let comments: Vec<String> = {
        let items = root.query_selector_all(".comments li").unwrap();
        (0..items.length())
            .map(|i| items.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(
        comments,
        [
            "Atasan: d",
            "Rekan kerja: <b>early</b>",
            "Rekan kerja: b",
            "Rekan kerja: c"
        ]
    );
    assert!(
        root.query_selector(".comments b").unwrap().is_none(),
        "text, not markup"
    );
}

#[wasm_bindgen_test]
async fn the_raters_form_asks_for_a_perspective_and_something_to_send() {
    use super::more::feedback::answer::{AnswerForm, AnswerProps};
    use crate::core::feedback::link::request_link;
    use crate::core::feedback::observer::observer_prompt;
    use crate::core::feedback::request::Request;
    use crate::core::model::frameworks::Catalog;
    let request = Request::new("rq-1", "Ani", builtin_framework("agility").unwrap()).unwrap();
    let link: Rc<str> = request_link("", &request).into();
    let root = mount::<AnswerForm>(yew::props!(AnswerProps {
        link,
        catalog: Catalog::default(),
        lang: Lang::En,
        on_action: Callback::noop(),
    }))
    .await;
    let text = root.text_content().unwrap();
    assert!(text.starts_with("Feedback for Ani"), "{text}");
    // A built-in item is worded for an observer, so it needs no neutral frame around its
    // first-person prompt.
    let agility = builtin_framework("agility").unwrap();
    let item = agility.items().next().unwrap();
    let wording = observer_prompt(item, Lang::En, "Ani");
    assert!(
        wording.frame.is_none() && text.contains(wording.prompt),
        "the item's observer wording: {text}"
    );
    assert!(
        !text.contains(item.prompt.get(Lang::En)),
        "not the self-prompt"
    );
    assert!(
        !text.contains("What Ani says about themselves:"),
        "no frame"
    );
    assert_eq!(
        root.query_selector_all("input[name=answer-as]")
            .unwrap()
            .length(),
        3
    );
    let send = "button[type=submit]";
    click(&root, send);
    yew::scheduler::flush().await;
    let alert = || {
        root.query_selector("[role=alert]")
            .unwrap()
            .map(|e| e.text_content().unwrap())
    };
    assert_eq!(alert().as_deref(), Some("First choose whom you answer as."));
    click(&root, "#answer-as-colleague");
    yew::scheduler::flush().await;
    click(&root, send);
    yew::scheduler::flush().await;
    assert_eq!(
        alert().as_deref(),
        Some("Not sent yet, as it holds no rating and no comment.")
    );
    // A request for a framework this page does not have cannot be answered here.
    let mut other = request.clone();
    other.framework = "unknown".into();
    let root = mount::<AnswerForm>(yew::props!(AnswerProps {
        link: Rc::<str>::from(request_link("", &other)),
        catalog: Catalog::default(),
        lang: Lang::En,
        on_action: Callback::noop(),
    }))
    .await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("The framework “unknown” is not available in this Cermin"));
}
