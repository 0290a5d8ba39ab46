//! What a session keeps of feedback (`Session::asked`, `Session::answers`, JSON texts the history only carries), read back and written.
//!
//! Each request and response is kept as its file's text, so it is read by the same code as a file
//! and written back as it came. One that no longer reads (edited by hand) is left where it is and
//! counted, never dropped.

use super::request::Request;
use super::response::Response;
use crate::core::model::history::History;
use crate::core::model::kept_json::KeptJson;
use crate::core::model::session::Session;

/// A request as a session keeps it: its id and its file's text.
pub fn keep_request(request: &Request) -> (String, KeptJson) {
    (request.id.clone(), kept(request.to_file()))
}

/// A response as a session keeps it: its id and its file's text.
pub fn keep_response(response: &Response) -> (String, KeptJson) {
    (response.id.clone(), kept(response.to_file()))
}

fn kept(text: String) -> KeptJson {
    // Our own serialiser's output is always one JSON object.
    KeptJson::new(text).expect("a request or response file is JSON")
}

/// The requests made from a session, in id order; those that do not read are left out.
pub fn requests(session: &Session) -> Vec<Request> {
    (session.asked.values())
        .filter_map(|kept| Request::from_file(kept.get().as_bytes()).ok())
        .collect()
}

/// The responses a session keeps, in id order, and how many did not read.
pub fn responses(session: &Session) -> (Vec<Response>, usize) {
    let mut unread = 0;
    let read = (session.answers.values())
        .filter_map(|kept| {
            let response = Response::from_file(kept.get().as_bytes()).ok();
            unread += usize::from(response.is_none());
            response
        })
        .collect();
    (read, unread)
}

/// The saved session that made a request, with the request: where a response link or file
/// belongs when the person opens it without choosing a session first.
pub fn asked_by<'a>(history: &'a History, request_id: &str) -> Option<(&'a Session, Request)> {
    history.sessions().iter().find_map(|session| {
        let kept = session.asked.get(request_id)?;
        Some((session, Request::from_file(kept.get().as_bytes()).ok()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::feedback::response::tests::response;
    use crate::core::model::frameworks::builtin_framework;
    use crate::core::model::sorted_map::SortedMap;

    #[test]
    fn a_session_keeps_requests_and_responses_as_their_files() {
        let request = Request::new("rq-1", "Ani", builtin_framework("agility").unwrap()).unwrap();
        let mut session = Session::new("s-1".into(), 1);
        let mut history = History::new(
            vec![session.clone(), Session::new("s-2".into(), 2)],
            SortedMap::new(),
        );
        assert!(history.keep_feedback(
            "s-1",
            [keep_request(&request)],
            [
                keep_response(&response("rs-1", 4)),
                keep_response(&response("rs-2", 2))
            ],
        ));
        let saved = history.get("s-1").unwrap();
        assert_eq!(saved.asked.get("rq-1").unwrap().get(), request.to_file());
        assert_eq!(requests(saved), std::slice::from_ref(&request));
        assert_eq!(
            responses(saved),
            (vec![response("rs-1", 4), response("rs-2", 2)], 0)
        );
        let (found, asked) = asked_by(&history, "rq-1").unwrap();
        assert_eq!((found.id.as_str(), asked), ("s-1", request));
        assert!(asked_by(&history, "rq-2").is_none());
        // One edited by hand so that it no longer reads is counted, and kept.
        session = saved.clone();
        session
            .answers
            .insert("rs-3".into(), KeptJson::new("{\"x\":1}".into()).unwrap());
        assert_eq!(responses(&session).1, 1);
        assert_eq!(session.answers.len(), 3);
    }
}
