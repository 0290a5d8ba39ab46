//! What others' responses to a session show beside its self-rating: per item and per aspect, each perspective's median, range and count from its threshold, "Others", blind spots and hidden strengths, and the comments.
//!
//! The rules, and why:
//! - A perspective's figure (median, min–max) for an item or aspect is shown only when at least
//!   its threshold of answers rated that item or aspect (supervisor 1, colleagues and
//!   participants 3 each, `Perspective::threshold`). The threshold holds per figure, not only
//!   per perspective: with three colleagues of whom one skipped an item, the item's "median"
//!   would be one person's answer. Below it only the count is given.
//! - A perspective's comments are listed only once as many of its raters answered as its
//!   threshold; comments are sorted (perspective, then text), never in the order they came,
//!   and carry a name only where the rater gave one.
//! - "Others" (the radar's series, the table's column) is the median, range and count of all
//!   the answers of the perspectives whose figure is shown, pooled: a perspective below its
//!   threshold adds nothing to it (else it could be worked out), and every shown answer weighs
//!   the same.
//! - An aspect's value in one response is the mean of the items it rated, exactly as a
//!   session's radar value is (`Session::axis_scores`).
//! - A blind spot: the self-rating at least 1 above the others' median; a hidden strength: at
//!   least 1 below.
//! - Medians and ranges are the cohort page's (`report::stats`, type-7 quantiles).

use super::kept;
use super::response::Response;
use super::Perspective;
use crate::core::model::frameworks::Framework;
use crate::core::model::session::Session;
use crate::core::report::stats::Summary as Stats;

/// The figures of a group of answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

/// A group of answers to one item or aspect: always how many, figures only from the threshold.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Group {
    pub n: usize,
    pub figures: Option<Figures>,
}

/// How the self-rating stands against others'.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Self at least 1 above the others' median.
    BlindSpot,
    /// Self at least 1 below the others' median.
    HiddenStrength,
}

/// One row of the table: an item or an aspect.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    /// The self-rating (an item's level, an aspect's radar value), if rated.
    pub own: Option<f64>,
    /// Per perspective, in `Perspective::ALL` order.
    pub by: [Group; 3],
    /// The perspectives whose figure is shown, pooled.
    pub others: Group,
    pub view: Option<View>,
}

/// A comment as the screen lists it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Comment {
    pub perspective: Perspective,
    pub text: String,
    /// Only where the rater gave it.
    pub name: Option<String>,
}

/// Everything the feedback screen shows for one session and framework.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Responses per perspective, shown or not ("2 of 3 colleagues have answered").
    pub answered: [usize; 3],
    /// The framework's items, in its order.
    pub items: Vec<Row>,
    /// Items rated in responses that this framework does not have (another version), by id.
    pub unknown: Vec<Row>,
    /// The framework's aspects, in its order.
    pub axes: Vec<Row>,
    /// Per aspect, in the framework's order: the comments of the perspectives shown, sorted.
    pub comments: Vec<Vec<Comment>>,
    /// Comments on aspects this framework does not have, by aspect id.
    pub other_comments: Vec<(String, Vec<Comment>)>,
    /// Responses kept with the session that no longer read (edited by hand): counted, not used.
    pub unread: usize,
}

impl Summary {
    /// Whether a perspective has as many answers as its threshold (its comments are listed).
    pub fn shown(&self, perspective: Perspective) -> bool {
        self.answered[perspective.index()] >= perspective.threshold()
    }

    /// The number of responses of every perspective.
    pub fn total(&self) -> usize {
        self.answered.iter().sum()
    }
}

/// Others' view of `session` on `framework`: the responses it keeps to its requests about that
/// framework.
pub fn summarise(session: &Session, framework: &Framework) -> Summary {
    let asked: Vec<String> = (kept::requests(session).into_iter())
        .filter(|r| r.framework == framework.id)
        .map(|r| r.id)
        .collect();
    let (all, unread) = kept::responses(session);
    let responses: Vec<&Response> = (all.iter())
        .filter(|r| r.framework == framework.id && asked.contains(&r.request))
        .collect();
    summarise_responses(session, framework, &responses, unread)
}

fn summarise_responses(
    session: &Session,
    framework: &Framework,
    responses: &[&Response],
    unread: usize,
) -> Summary {
    let mut answered = [0; 3];
    for r in responses {
        answered[r.perspective.index()] += 1;
    }
    // Only levels on the scale count (a response was checked when added; the framework may
    // have changed since).
    let level = |r: &Response, item: &str| {
        let level = *r.ratings.get(item)?;
        framework.scale.contains(level).then_some(f64::from(level))
    };
    let items = (framework.items())
        .map(|item| {
            let own = session.rating(&item.id).map(f64::from);
            row(&item.id, own, responses, |_, r| level(r, &item.id))
        })
        .collect();
    let mut unknown_ids: Vec<&str> = (responses.iter())
        .flat_map(|r| r.ratings.keys())
        .map(String::as_str)
        .filter(|id| framework.item(id).is_none())
        .collect();
    unknown_ids.sort_unstable();
    unknown_ids.dedup();
    let unknown = (unknown_ids.into_iter())
        .map(|id| {
            let own = session.rating(id).map(f64::from);
            let value = |_, r: &Response| r.ratings.get(id).map(|&l| f64::from(l));
            row(id, own, responses, value)
        })
        .collect();
    // Each response's aspect values, as a session's radar values are computed.
    let scores: Vec<Vec<Option<f64>>> = (responses.iter())
        .map(|r| {
            let ratings = (r.ratings.iter())
                .filter(|(id, &l)| framework.item(id).is_none() || framework.scale.contains(l))
                .map(|(id, &l)| (id.clone(), l))
                .collect();
            Session {
                ratings,
                ..Session::default()
            }
            .axis_scores(framework)
        })
        .collect();
    let own_axes = session.axis_scores(framework);
    let axes = (framework.axes.iter().enumerate())
        .map(|(a, axis)| row(&axis.id, own_axes[a], responses, |i, _| scores[i][a]))
        .collect();
    let shown = |p: Perspective| answered[p.index()] >= p.threshold();
    let mut comments: Vec<Vec<Comment>> = vec![Vec::new(); framework.axes.len()];
    let mut other_comments: Vec<(String, Vec<Comment>)> = Vec::new();
    for r in responses.iter().filter(|r| shown(r.perspective)) {
        for (axis, text) in &r.comments {
            let comment = Comment {
                perspective: r.perspective,
                text: text.clone(),
                name: r.name.clone(),
            };
            match framework.axes.iter().position(|a| a.id == *axis) {
                Some(a) => comments[a].push(comment),
                None => match other_comments.iter_mut().find(|(id, _)| id == axis) {
                    Some((_, list)) => list.push(comment),
                    None => other_comments.push((axis.clone(), vec![comment])),
                },
            }
        }
    }
    // Sorted, so that the order says nothing of who wrote what or when.
    comments.iter_mut().for_each(|list| list.sort());
    other_comments.iter_mut().for_each(|(_, list)| list.sort());
    other_comments.sort();
    Summary {
        answered,
        items,
        unknown,
        axes,
        comments,
        other_comments,
        unread,
    }
}

/// One row: each perspective's group, and "Others" of those shown. `value` is what the
/// response at an index in `responses` gives for this row.
fn row(
    id: &str,
    own: Option<f64>,
    responses: &[&Response],
    value: impl Fn(usize, &Response) -> Option<f64>,
) -> Row {
    let mut by = [Group::default(); 3];
    let mut pooled = Vec::new();
    for p in Perspective::ALL {
        let values: Vec<f64> = (responses.iter().enumerate())
            .filter(|(_, r)| r.perspective == p)
            .filter_map(|(i, r)| value(i, r))
            .collect();
        let shown = values.len() >= p.threshold();
        by[p.index()] = group(&values, shown);
        if shown {
            pooled.extend(values);
        }
    }
    let others = group(&pooled, true);
    let view = match (own, others.figures) {
        // A small margin, so that a median of 2.5 against a self of 3.5 counts.
        (Some(own), Some(f)) if own - f.median >= 1.0 - 1e-9 => Some(View::BlindSpot),
        (Some(own), Some(f)) if f.median - own >= 1.0 - 1e-9 => Some(View::HiddenStrength),
        _ => None,
    };
    Row {
        id: id.to_string(),
        own,
        by,
        others,
        view,
    }
}

fn group(values: &[f64], shown: bool) -> Group {
    let figures = shown
        .then(|| Stats::of(values.to_vec()))
        .flatten()
        .map(|s| Figures {
            median: s.median,
            min: s.min,
            max: s.max,
        });
    Group {
        n: values.len(),
        figures,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::feedback::kept::{keep_request, keep_response};
    use crate::core::feedback::request::Request;
    use crate::core::model::frameworks::builtin_framework;
    use crate::core::model::sorted_map::SortedMap;

    fn agility() -> &'static Framework {
        builtin_framework("agility").unwrap()
    }

    /// A response from `perspective` rating agility's first aspect (flexibility) and speed.
    fn answer(n: usize, perspective: Perspective, flexibility: u8, speed: Option<u8>) -> Response {
        let mut ratings: SortedMap<String, u8> = SortedMap::new();
        ratings.insert("agility.flexibility".into(), flexibility);
        if let Some(speed) = speed {
            ratings.insert("agility.speed".into(), speed);
        }
        Response {
            id: format!("rs-{n:03}"),
            at: 1_764_900_000_000 + n as i64,
            request: "rq-1".into(),
            framework: "agility".into(),
            framework_version: agility().version.to_string(),
            perspective,
            ratings,
            comments: SortedMap::new(),
            name: None,
        }
    }

    /// A session rated flexibility `own`, asked for feedback, with these responses kept.
    fn session(own: u8, responses: &[Response]) -> Session {
        let mut s = Session::new("s-1".into(), 1);
        s.ratings.insert("agility.flexibility".into(), own);
        let (id, kept) = keep_request(&Request::new("rq-1", "Ani", agility()).unwrap());
        s.feedback.insert(id, kept);
        for r in responses {
            let (id, kept) = keep_response(r);
            s.feedback.insert(id, kept);
        }
        s
    }

    fn figures(median: f64, min: f64, max: f64) -> Option<Figures> {
        Some(Figures { median, min, max })
    }

    const SUPERVISOR: usize = 0;
    const COLLEAGUE: usize = 1;
    const PARTICIPANT: usize = 2;

    #[test]
    fn colleagues_show_from_three_answers_and_not_at_two() {
        let two = [
            answer(1, Perspective::Colleague, 2, None),
            answer(2, Perspective::Colleague, 4, None),
        ];
        let s = summarise(&session(5, &two), agility());
        assert_eq!(s.answered, [0, 2, 0]);
        assert!(!s.shown(Perspective::Colleague));
        let flexibility = &s.items[0];
        assert_eq!(flexibility.id, "agility.flexibility");
        assert_eq!(
            flexibility.by[COLLEAGUE],
            Group {
                n: 2,
                figures: None
            }
        );
        assert_eq!(
            flexibility.others,
            Group {
                n: 0,
                figures: None
            }
        );
        assert_eq!((flexibility.own, flexibility.view), (Some(5.0), None));
        let mut three = two.to_vec();
        three.push(answer(3, Perspective::Colleague, 3, None));
        let s = summarise(&session(5, &three), agility());
        let flexibility = &s.items[0];
        assert_eq!(
            flexibility.by[COLLEAGUE],
            Group {
                n: 3,
                figures: figures(3.0, 2.0, 4.0)
            }
        );
        assert_eq!(flexibility.others, flexibility.by[COLLEAGUE]);
        assert_eq!(flexibility.view, Some(View::BlindSpot));
        // The aspect of a single item has the item's figures.
        assert_eq!(s.axes[0].by[COLLEAGUE], flexibility.by[COLLEAGUE]);
        assert_eq!(s.axes[0].own, Some(5.0));
    }

    #[test]
    fn a_supervisor_shows_from_one_answer_and_participants_from_three() {
        let responses = [
            answer(1, Perspective::Supervisor, 4, Some(2)),
            answer(2, Perspective::Participant, 1, Some(5)),
            answer(3, Perspective::Participant, 2, Some(5)),
            answer(4, Perspective::Participant, 4, Some(4)),
            answer(5, Perspective::Participant, 5, None),
            answer(6, Perspective::Colleague, 1, Some(1)),
        ];
        let s = summarise(&session(1, &responses), agility());
        assert_eq!(s.answered, [1, 1, 4]);
        let flexibility = &s.items[0];
        assert_eq!(
            flexibility.by[SUPERVISOR],
            Group {
                n: 1,
                figures: figures(4.0, 4.0, 4.0)
            }
        );
        // Four participants: the median halfway between the middle two (type 7).
        assert_eq!(
            flexibility.by[PARTICIPANT],
            Group {
                n: 4,
                figures: figures(3.0, 1.0, 5.0)
            }
        );
        assert_eq!(
            flexibility.by[COLLEAGUE],
            Group {
                n: 1,
                figures: None
            }
        );
        // Others: the supervisor and the participants, not the lone colleague.
        assert_eq!(
            flexibility.others,
            Group {
                n: 5,
                figures: figures(4.0, 1.0, 5.0)
            }
        );
        assert_eq!(flexibility.view, Some(View::HiddenStrength));
        // Speed: three participants rated it, so they show; the supervisor alone also shows.
        let speed = &s.items[1];
        assert_eq!(
            speed.by[PARTICIPANT],
            Group {
                n: 3,
                figures: figures(5.0, 4.0, 5.0)
            }
        );
        assert_eq!(
            speed.others,
            Group {
                n: 4,
                figures: figures(4.5, 2.0, 5.0)
            }
        );
        assert_eq!((speed.own, speed.view), (None, None));
    }

    #[test]
    fn a_figure_needs_its_threshold_of_answers_to_that_item() {
        // Three colleagues answered, but only one rated speed: its "median" would be that one.
        let responses = [
            answer(1, Perspective::Colleague, 3, Some(1)),
            answer(2, Perspective::Colleague, 3, None),
            answer(3, Perspective::Colleague, 3, None),
        ];
        let s = summarise(&session(3, &responses), agility());
        assert!(s.shown(Perspective::Colleague));
        assert_eq!(
            s.items[1].by[COLLEAGUE],
            Group {
                n: 1,
                figures: None
            }
        );
        assert_eq!(s.items[1].others.figures, None);
        assert_eq!(s.items[0].view, None, "self equals others");
    }

    #[test]
    fn blind_spots_and_hidden_strengths_start_at_one_level() {
        let supervisor = |level| [answer(1, Perspective::Supervisor, level, None)];
        let view =
            |own, level| summarise(&session(own, &supervisor(level)), agility()).items[0].view;
        assert_eq!(view(4, 3), Some(View::BlindSpot));
        assert_eq!(view(5, 3), Some(View::BlindSpot));
        assert_eq!(view(3, 3), None);
        assert_eq!(view(3, 4), Some(View::HiddenStrength));
        assert_eq!(view(1, 5), Some(View::HiddenStrength));
        // Half a level is not enough.
        let four = [
            answer(1, Perspective::Colleague, 3, None),
            answer(2, Perspective::Colleague, 4, None),
            answer(3, Perspective::Colleague, 4, None),
            answer(4, Perspective::Colleague, 3, None),
        ];
        let s = summarise(&session(3, &four), agility());
        assert_eq!(s.items[0].others.figures.unwrap().median, 3.5);
        assert_eq!(s.items[0].view, None);
    }

    #[test]
    fn comments_are_sorted_named_only_when_given_and_hidden_below_the_threshold() {
        let mut responses: Vec<Response> = (0..3)
            .map(|n| answer(n, Perspective::Colleague, 3, None))
            .collect();
        responses[0]
            .comments
            .insert("agility.flexibility".into(), "Zaman berubah".into());
        responses[1]
            .comments
            .insert("agility.flexibility".into(), "Adaptif".into());
        responses[1].name = Some("Budi".into());
        responses[2]
            .comments
            .insert("agility.unknown_aspect".into(), "Lain".into());
        let mut two_participants = answer(7, Perspective::Participant, 2, None);
        two_participants
            .comments
            .insert("agility.flexibility".into(), "Secret".into());
        responses.push(two_participants.clone());
        two_participants.id = "rs-008".into();
        responses.push(two_participants);
        let s = summarise(&session(3, &responses), agility());
        let texts: Vec<(&str, Option<&str>)> = (s.comments[0].iter())
            .map(|c| (c.text.as_str(), c.name.as_deref()))
            .collect();
        assert_eq!(texts, [("Adaptif", Some("Budi")), ("Zaman berubah", None)]);
        assert!(s
            .comments
            .iter()
            .flatten()
            .all(|c| c.perspective == Perspective::Colleague));
        assert_eq!(s.other_comments.len(), 1);
        assert_eq!(s.other_comments[0].0, "agility.unknown_aspect");
    }

    #[test]
    fn only_responses_to_this_session_s_requests_about_this_framework_count() {
        let mut elsewhere = answer(1, Perspective::Supervisor, 1, None);
        elsewhere.request = "rq-other".into();
        let mut other_version = answer(2, Perspective::Supervisor, 1, None);
        other_version.framework_version = "1999.1".into();
        other_version.ratings.insert("agility.retired".into(), 2);
        let s = summarise(&session(3, &[elsewhere, other_version]), agility());
        assert_eq!(s.answered, [1, 0, 0]);
        assert_eq!(s.unknown.len(), 1);
        assert_eq!(s.unknown[0].id, "agility.retired");
        assert_eq!(s.unknown[0].by[SUPERVISOR].figures, figures(2.0, 2.0, 2.0));
        let digcomp = builtin_framework("digcomp").unwrap();
        assert_eq!(summarise(&session(3, &[]), digcomp).total(), 0);
    }
}
