//! Fuzzing the readers of feedback requests and responses, as links and as files: 16,000
//! generated and mutated inputs. None may panic; every input gives a request, a response or a
//! named refusal with a message in both languages; whatever is accepted keeps every rule and
//! reads back the same from its own file and link.
// Native only: proptest is not built for the wasm32 target.
#![cfg(not(target_arch = "wasm32"))]

use cermin::core::feedback::check::Problem;
use cermin::core::feedback::link::{self, Link};
use cermin::core::feedback::request::Request;
use cermin::core::feedback::response::Response;
use cermin::core::feedback::Perspective;
use cermin::core::i18n::Lang;
use cermin::core::model::sorted_map::SortedMap;
use proptest::prelude::*;

const PAGE: &str = "https://x.example/cermin/";

fn refused(problem: Problem) {
    for lang in Lang::ALL {
        assert!(!problem.request_message(lang).is_empty());
        assert!(!problem.reason().get(lang).is_empty());
    }
}

/// An accepted request keeps the rules and reads back the same from its file and its link.
fn accepted_request(request: &Request) {
    assert_eq!(
        Request::from_file(request.to_file().as_bytes()).as_ref(),
        Ok(request)
    );
    let again = link::read(&link::request_link(PAGE, request));
    assert_eq!(again, Some(Ok(Link::Ask(request.clone()))));
}

fn accepted_response(response: &Response) {
    assert!(!response.ratings.is_empty() || !response.comments.is_empty());
    assert!(response.ratings.values().all(|&l| (1..=10).contains(&l)));
    assert_eq!(
        Response::from_file(response.to_file().as_bytes()).as_ref(),
        Ok(response)
    );
    let again = link::read(&link::response_link(PAGE, response));
    assert_eq!(again, Some(Ok(Link::Answer(response.clone()))));
}

fn check_link(input: &str) {
    match link::read(input) {
        None => {}
        Some(Ok(Link::Ask(request))) => accepted_request(&request),
        Some(Ok(Link::Answer(response))) => accepted_response(&response),
        Some(Err(problem)) => refused(problem),
    }
}

fn check_file(bytes: &[u8]) {
    match Request::from_file(bytes) {
        Ok(request) => accepted_request(&request),
        Err(problem) => refused(problem),
    }
    match Response::from_file(bytes) {
        Ok(response) => accepted_response(&response),
        Err(problem) => refused(problem),
    }
}

fn response() -> Response {
    let mut ratings = SortedMap::new();
    ratings.insert("agility.speed".to_string(), 4);
    ratings.insert("agility.flexibility".to_string(), 2);
    let mut comments = SortedMap::new();
    comments.insert(
        "agility.speed".to_string(),
        "Cepat & berani = 100% \"ya\"".to_string(),
    );
    Response {
        id: "Zr81pQ0c".into(),
        at: 1_764_900_000_000,
        request: "Kf3x9Qm2".into(),
        framework: "agility".into(),
        framework_version: "2026.2".into(),
        perspective: Perspective::Participant,
        ratings,
        comments,
        name: Some("Budi".into()),
    }
}

fn request() -> Request {
    let framework = cermin::core::model::frameworks::builtin_framework("agility").unwrap();
    Request::new("Kf3x9Qm2", "Ani Wijaya", framework).unwrap()
}

/// One edit of a text: replace, insert or delete a byte at a position.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, u8),
    Delete(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes that matter to JSON and to form encoding, and any byte at all.
    let byte = prop_oneof![
        prop::sample::select(b"{}[]\":,0123456789-.&=%+#:cC \\".to_vec()),
        any::<u8>(),
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(at, b)| Edit::Replace(at, b)),
        (any::<usize>(), byte).prop_map(|(at, b)| Edit::Insert(at, b)),
        any::<usize>().prop_map(Edit::Delete),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
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
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn arbitrary_text_never_panics(input in ".{0,300}") {
        check_link(&input);
        check_file(input.as_bytes());
    }

    #[test]
    fn arbitrary_fragments_never_panic(
        kind in prop::sample::select(vec!["#ask=", "#answer=", "#ask=1&", "#answer=1&"]),
        rest in "[a-z0-9.:%+&=_~ -]{0,200}",
    ) {
        check_link(&format!("{kind}{rest}"));
    }

    #[test]
    fn mutated_links_never_panic(edits in prop::collection::vec(edit(), 1..8), answer in any::<bool>()) {
        let text = if answer {
            link::response_link(PAGE, &response())
        } else {
            link::request_link(PAGE, &request())
        };
        check_link(&String::from_utf8_lossy(&apply(&text, &edits)));
    }

    #[test]
    fn mutated_files_never_panic(edits in prop::collection::vec(edit(), 1..8), answer in any::<bool>()) {
        let text = if answer { response().to_file() } else { request().to_file() };
        check_file(&apply(&text, &edits));
    }

    /// Any name and comment a rater may type goes through a link and a file unchanged.
    #[test]
    fn any_text_round_trips(name in "\\PC{1,40}", comment in "[\\PC\n\t]{1,200}") {
        let mut r = response();
        r.name = Some(name);
        r.comments.insert("agility.flexibility".into(), comment);
        if let Ok(r) = r.checked() {
            accepted_response(&r);
        }
    }
}
