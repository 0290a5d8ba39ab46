//! Component tests of the cohort page in headless Chromium (`cargo test --target
//! wasm32-unknown-unknown --lib`, beside the widget's `ui::component_tests`): the page mounted
//! into a fresh element, files handed to its file input as a person's picker would, the DOM
//! asserted once they are read.

use super::app::{App, AppProps};
use crate::core::cohort::frameworks::tests::framework_file;
use crate::core::i18n::Lang;
use crate::core::model::history::{History, KeptFramework};
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use crate::core::store::share::share_file;
use crate::ui::browser;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

/// The cohort page, mounted into a fresh element of the document, in English.
async fn mount_page() -> Element {
    let document = browser::window().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { lang: Lang::En }).render();
    yew::scheduler::flush().await;
    root
}

/// Hands files to the page's file input as the picker does (a `change` event with its `files`).
fn pick(root: &Element, files: &[(&str, String)]) {
    let input = root
        .query_selector("#cohort-files")
        .unwrap()
        .expect("the file input");
    let names = js_sys::Array::new();
    let texts = js_sys::Array::new();
    for (name, text) in files {
        names.push(&JsValue::from_str(name));
        texts.push(&JsValue::from_str(text));
    }
    let hand_over = js_sys::Function::new_with_args(
        "input, names, texts",
        "const t = new DataTransfer();
         names.forEach((n, i) => t.items.add(new File([texts[i]], n, { type: 'application/json' })));
         input.files = t.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    hand_over
        .call3(&JsValue::NULL, &input, &names, &texts)
        .unwrap();
}

/// Lets the browser run for `ms` milliseconds (the files' contents arrive in promises).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = browser::window();
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until `ready` holds of the page (the files are read asynchronously), at most 5 s.
async fn until(root: &Element, what: &str, ready: impl Fn(&Element) -> bool) {
    for _ in 0..250 {
        yew::scheduler::flush().await;
        if ready(root) {
            return;
        }
        sleep(20).await;
    }
    panic!("the page never showed {what}: {}", root.inner_html());
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} in {}", root.inner_html()))
        .text_content()
        .unwrap_or_default()
}

fn all_text(root: &Element, selector: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i)?.text_content())
        .collect()
}

/// A participant's "Share with trainer" file, as the widget writes it.
fn shared(name: &str, id: &str, speed: u8, history: &History) -> String {
    let mut session = Session::new(id.into(), 1_790_000_000_000);
    session.ratings.insert("agility.speed".into(), speed);
    session.ratings.insert("agility.flexibility".into(), 4);
    share_file(&session, history, name, false, 1_790_000_100_000)
}

#[wasm_bindgen_test]
async fn files_added_show_the_group_s_figures() {
    let root = mount_page().await;
    assert!(text_of(&root, ".empty").contains("No files yet"));
    let none = History::default();
    pick(
        &root,
        &[
            ("a.json", shared("Ani", "s-a", 1, &none)),
            ("b.json", shared("Budi", "s-b", 2, &none)),
            ("c.json", shared("Citra", "s-c", 5, &none)),
        ],
    );
    until(&root, "the item table", |r| {
        r.query_selector(".item-table").unwrap().is_some()
    })
    .await;
    assert!(text_of(&root, ".loaded").starts_with("3 files read: 3 participants"));
    // Speed: 1, 2, 5 → median 2, quartiles (type 7) 1.5 and 3.5; each level counted.
    let speed = "tr[data-item='agility.speed']";
    assert_eq!(text_of(&root, &format!("{speed} .median")), "2");
    assert_eq!(text_of(&root, &format!("{speed} .iqr")), "1.5–3.5");
    assert_eq!(text_of(&root, &format!("{speed} .rated")), "3");
    assert_eq!(
        all_text(&root, &format!("{speed} .count")),
        ["1", "1", "0", "0", "1"]
    );
    assert_eq!(
        text_of(&root, "tr[data-item='agility.flexibility'] .median"),
        "4"
    );
    // The group radar is drawn on its canvas.
    assert!(root
        .query_selector(".group-radar canvas")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn the_name_switch_replaces_every_name_with_a_code() {
    let root = mount_page().await;
    let none = History::default();
    pick(
        &root,
        &[
            ("ani.json", shared("Ani Wijaya", "s-a", 3, &none)),
            ("budi.json", shared("Budi Santoso", "s-b", 4, &none)),
        ],
    );
    until(&root, "the participants", |r| {
        r.query_selector(".people-table").unwrap().is_some()
    })
    .await;
    let people = text_of(&root, ".people-table tbody");
    assert!(people.contains("Ani Wijaya") && people.contains("Budi Santoso"));
    let switch: HtmlElement = root
        .query_selector(".hide-names input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    switch.click();
    yew::scheduler::flush().await;
    let page = root.text_content().unwrap();
    assert!(!page.contains("Ani") && !page.contains("Budi"), "{page}");
    let people = text_of(&root, ".people-table tbody");
    assert!(people.contains("P01") && people.contains("P02"), "{people}");
    switch.click();
    yew::scheduler::flush().await;
    assert!(text_of(&root, ".people-table tbody").contains("Ani Wijaya"));
}

#[wasm_bindgen_test]
async fn a_refused_file_is_listed_with_its_reason_and_the_rest_load() {
    let root = mount_page().await;
    let none = History::default();
    let good = shared("Ani", "s-a", 3, &none);
    let current = format!("\"version\":{}", crate::core::store::codec::VERSION);
    let newer = good.replace(&current, "\"version\":99");
    pick(
        &root,
        &[
            ("good.json", good),
            ("notes.txt", "hello".into()),
            ("newer.json", newer),
        ],
    );
    until(&root, "the refused files", |r| {
        r.query_selector(".refused").unwrap().is_some()
    })
    .await;
    assert_eq!(
        all_text(&root, ".refused li"),
        [
            "notes.txt: not a Cermin file",
            "newer.json: made by a newer version of Cermin"
        ]
    );
    assert!(text_of(&root, ".loaded").starts_with("3 files read: 1 "));
    assert_eq!(text_of(&root, "tr[data-item='agility.speed'] .median"), "3");
}

#[wasm_bindgen_test]
async fn a_framework_a_share_file_carries_gets_its_own_tab_and_figures() {
    let root = mount_page().await;
    let mut history = History::new(Vec::new(), SortedMap::new());
    history.keep_framework(
        "ours",
        KeptFramework {
            added: 1,
            file: framework_file("ours", "1.0", "Listening"),
        },
    );
    let mut session = Session::new("s-o".into(), 1_790_000_000_000);
    session.ratings.insert("ours.a1.1".into(), 3);
    let file = share_file(&session, &history, "Ani", false, 1_790_000_100_000);
    pick(&root, &[("ours.json", file)]);
    until(&root, "the framework's tab", |r| {
        r.text_content()
            .unwrap_or_default()
            .contains("Our framework")
    })
    .await;
    let tab = root.query_selector_all(".framework-tabs button").unwrap();
    let ours = (0..tab.length())
        .filter_map(|i| tab.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|t| {
            t.text_content()
                .unwrap_or_default()
                .contains("Our framework")
        })
        .expect("a tab for the carried framework");
    ours.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "tr[data-item='ours.a1.1'] .median"), "3");
    assert!(text_of(&root, "#radar-heading").contains("Our framework"));
}

/// Clicks the button (a tab, a language) whose text is `label`.
async fn click_button(root: &Element, label: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("a button {label}: {}", root.inner_html()));
    button.click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_figures_carry_the_caveat_and_the_framework_s_sources_in_both_languages() {
    let root = mount_page().await;
    let none = History::default();
    pick(&root, &[("ani.json", shared("Ani", "s-a", 3, &none))]);
    until(&root, "the sources", |r| {
        r.query_selector(".framework-sources").unwrap().is_some()
    })
    .await;
    // One file: every English count agrees with its number.
    assert_eq!(
        text_of(&root, ".loaded"),
        "1 file read: 1 participant, 0 files refused, 0 copies of the same session merged."
    );
    assert_eq!(
        text_of(&root, ".self-ratings"),
        "These figures are participants' self-ratings, not assessed competence."
    );
    let sources = text_of(&root, ".framework-sources");
    for expected in [
        "About the Learning agility framework",
        "Cermin's version of the Learning agility framework: 2026.3.",
        "Burke, W. W.",
        "not items of the Burke Learning Agility Inventory",
    ] {
        assert!(sources.contains(expected), "{expected} in {sources}");
    }
    // Each framework shows its own: DigComp's simplified levels and the newer edition.
    click_button(&root, "Digital competence").await;
    let sources = text_of(&root, ".framework-sources");
    for expected in [
        "simplified, unofficial paraphrase",
        "DigComp 3.0",
        "JRC144121",
    ] {
        assert!(sources.contains(expected), "{expected} in {sources}");
    }
    click_button(&root, "Bahasa Indonesia").await;
    assert_eq!(
        text_of(&root, ".self-ratings"),
        "Angka ini berasal dari penilaian diri peserta, bukan hasil uji kompetensi."
    );
    let sources = text_of(&root, ".framework-sources");
    assert!(
        sources.contains("Versi Cermin untuk kerangka Kompetensi digital: 2026.3."),
        "{sources}"
    );
    assert!(
        sources.contains("saduran yang disederhanakan dan tidak resmi"),
        "{sources}"
    );
}
