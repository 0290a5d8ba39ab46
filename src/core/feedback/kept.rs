//! What a session keeps of feedback (`Session::feedback`: each request and response by its id, as its file's JSON text), read back and written.
//!
//! A request or response is kept as its file's text, so it is read by the same code as a file and
//! written back as it came. One that no longer reads (edited by hand) is left where it is and
//! counted, never dropped.

use super::request::Request;
use super::response::Response;
use crate::core::model::history::History;
use crate::core::model::session::Session;

/// A request as a session keeps it: its id and its file's text.
pub fn keep_request(request: &Request) -> (String, String) {
    (request.id.clone(), request.to_file())
}

/// A response as a session keeps it: its id and its file's text.
pub fn keep_response(response: &Response) -> (String, String) {
    (response.id.clone(), response.to_file())
}

/// The requests made from a session, in id order.
pub fn requests(session: &Session) -> Vec<Request> {
    (session.feedback.values())
        .filter_map(|text| Request::from_file(text.as_bytes()).ok())
        .collect()
}

/// The responses a session keeps, in id order, and how many of its kept texts are neither a
/// request nor a response that reads.
pub fn responses(session: &Session) -> (Vec<Response>, usize) {
    let (mut read, mut unread) = (Vec::new(), 0);
    for text in session.feedback.values() {
        match Response::from_file(text.as_bytes()) {
            Ok(response) => read.push(response),
            Err(_) => unread += usize::from(Request::from_file(text.as_bytes()).is_err()),
        }
    }
    (read, unread)
}

/// The saved session that made a request, with the request: where a response link or file
/// belongs when the person opens it without choosing a session first.
pub fn asked_by<'a>(history: &'a History, request_id: &str) -> Option<(&'a Session, Request)> {
    history.sessions().iter().find_map(|session| {
        let text = session.feedback.get(request_id)?;
        Some((session, Request::from_file(text.as_bytes()).ok()?))
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
        let sessions = vec![Session::new("s-1".into(), 1), Session::new("s-2".into(), 2)];
        let mut history = History::new(sessions, SortedMap::new());
        let kept = [
            keep_request(&request),
            keep_response(&response("rs-1", 4)),
            keep_response(&response("rs-2", 2)),
        ];
        assert!(history.keep_feedback("s-1", kept));
        let saved = history.get("s-1").unwrap();
        assert_eq!(saved.feedback.get("rq-1"), Some(&request.to_file()));
        assert_eq!(requests(saved), std::slice::from_ref(&request));
        let read = (vec![response("rs-1", 4), response("rs-2", 2)], 0);
        assert_eq!(responses(saved), read);
        let (found, asked) = asked_by(&history, "rq-1").unwrap();
        assert_eq!((found.id.as_str(), asked), ("s-1", request));
        assert!(
            asked_by(&history, "rs-1").is_none(),
            "a response is not a request"
        );
        assert!(asked_by(&history, "rq-2").is_none());
        // One edited by hand so that it no longer reads is counted, and kept.
        let mut session = saved.clone();
        session.feedback.insert("rs-3".into(), "{\"x\":1}".into());
        assert_eq!(responses(&session).1, 1);
        assert_eq!(session.feedback.len(), 4);
    }
}
