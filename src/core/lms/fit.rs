//! Fitting the history into the LMS's space: the session just saved always, then the newest
//! others, as many as fit; the rest stay only in this browser (and the person is told which).

use crate::core::lms::compact;
use crate::core::model::history::History;
use crate::core::model::session::Session;

/// What is written to `suspend_data`.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub text: String,
    /// The sessions that did not fit, newest first: kept only in this browser.
    pub left_out: Vec<String>,
    /// The current session alone was too large: its texts (notes, reflection, next step) are
    /// left out of the LMS copy, its levels and label are in.
    pub trimmed: bool,
}

/// Length as SCORM counts characters (UTF-16 code units, as a JavaScript string's length).
pub fn chars(text: &str) -> usize {
    text.encode_utf16().count()
}

/// The compact history within `limit` characters. `current` (the session on screen, if saved) is
/// always in; then the newest other sessions, as many as fit; deletions take at most a quarter
/// of the space, newest first. `None` only if not even the current session's levels fit.
pub fn fit(history: &History, current: Option<&str>, limit: usize) -> Option<Fitted> {
    let current = current.and_then(|id| history.get(id));
    let order: Vec<&Session> = current
        .into_iter()
        .chain(
            history
                .sessions()
                .iter()
                .filter(|s| Some(s.id.as_str()) != current.map(|c| c.id.as_str())),
        )
        .collect();
    let mut tombstones: Vec<(&str, i64)> = history
        .tombstones()
        .iter()
        .map(|(id, &at)| (id.as_str(), at))
        .collect();
    tombstones.sort_unstable_by_key(|&(_, at)| std::cmp::Reverse(at));
    let tomb_space = limit / 4;
    while !tombstones.is_empty() && chars(&compact::encode(&[], &tombstones, None)) > tomb_space {
        tombstones.truncate(tombstones.len() * 3 / 4);
    }
    let must = usize::from(current.is_some());
    let encode = |k: usize, tombs: &[(&str, i64)], trim: bool| {
        let trimmed = trim.then(|| order[0].id.as_str());
        compact::encode(&order[..k], tombs, trimmed)
    };
    let result = |text: String, k: usize, trimmed: bool| Fitted {
        text,
        left_out: order[k..].iter().map(|s| s.id.clone()).collect(),
        trimmed,
    };
    let all = encode(order.len(), &tombstones, false);
    if chars(&all) <= limit {
        return Some(result(all, order.len(), false));
    }
    let smallest = encode(must, &tombstones, false);
    if chars(&smallest) > limit {
        // Only the current session is in, and it does not fit whole: deletions go, then its texts.
        for (tombs, trim) in [(&[][..], false), (&[][..], true)] {
            let text = encode(must, tombs, trim);
            if chars(&text) <= limit {
                return Some(result(text, must, trim));
            }
        }
        return None;
    }
    // More sessions never take less space: the most that fit, by bisection.
    let (mut fits, mut too_many) = (must, order.len());
    while too_many - fits > 1 {
        let middle = (fits + too_many) / 2;
        if chars(&encode(middle, &tombstones, false)) <= limit {
            fits = middle;
        } else {
            too_many = middle;
        }
    }
    Some(result(encode(fits, &tombstones, false), fits, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lms::compact::Read;
    use crate::core::model::frameworks::{builtin, builtin_framework, Framework};
    use crate::core::model::sorted_map::SortedMap;

    /// A typical session: every item of one framework rated, a few short notes.
    pub fn typical(n: usize, framework: &Framework) -> Session {
        let created = 1_700_000_000_000 + n as i64 * 86_400_000;
        let mut s = Session::new(format!("{created:x}-{:08x}", n * 7919), created);
        s.updated = created + 754_321;
        let max = framework.scale.max();
        s.frameworks
            .insert(framework.id.to_string(), framework.version.to_string());
        for (i, item) in framework.items().enumerate() {
            s.ratings
                .insert(item.id.to_string(), (i + n) as u8 % max + 1);
            if i < 3 {
                s.notes.insert(
                    item.id.to_string(),
                    "Saya mencoba ini di kelas minggu lalu dan berhasil.".into(),
                );
            }
        }
        s
    }

    fn agility() -> &'static Framework {
        builtin_framework("agility").unwrap()
    }

    fn digcomp() -> &'static Framework {
        builtin_framework("digcomp").unwrap()
    }

    fn history(n: usize, framework: &Framework) -> History {
        History::new(
            (0..n).map(|i| typical(i, framework)).collect(),
            SortedMap::new(),
        )
    }

    fn fitting(limit: usize, framework: &Framework, notes: bool) -> usize {
        let mut h = history(2000, framework);
        if !notes {
            let bare = h.sessions().iter().map(|s| Session {
                notes: SortedMap::new(),
                ..s.clone()
            });
            h = History::new(bare.collect(), SortedMap::new());
        }
        let newest = h.sessions()[0].id.clone();
        let fitted = fit(&h, Some(&newest), limit).unwrap();
        2000 - fitted.left_out.len()
    }

    #[test]
    fn a_small_history_fits_whole() {
        let h = history(3, agility());
        let fitted = fit(&h, Some(&h.sessions()[2].id), 4096).unwrap();
        assert!(fitted.left_out.is_empty() && !fitted.trimmed);
        assert_eq!(compact::decode(&fitted.text), Read::History(h));
    }

    #[test]
    fn the_current_session_and_the_newest_others_are_kept() {
        let h = history(60, digcomp());
        let oldest = h.sessions()[59].id.clone();
        let fitted = fit(&h, Some(&oldest), 4096).unwrap();
        assert!(chars(&fitted.text) <= 4096);
        let Read::History(kept) = compact::decode(&fitted.text) else {
            panic!()
        };
        assert!(
            kept.get(&oldest).is_some(),
            "the current session is always kept"
        );
        let kept_others: Vec<&str> = kept
            .sessions()
            .iter()
            .map(|s| s.id.as_str())
            .filter(|&id| id != oldest)
            .collect();
        let newest: Vec<&str> = h
            .sessions()
            .iter()
            .take(kept_others.len())
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(kept_others, newest);
        assert_eq!(kept.len() + fitted.left_out.len(), 60);
        // One more would not have fitted.
        let mut one_more: Vec<&Session> = vec![h.get(&oldest).unwrap()];
        one_more.extend(h.sessions().iter().take(kept_others.len() + 1));
        assert!(chars(&compact::encode(&one_more, &[], None)) > 4096);
    }

    #[test]
    fn a_session_too_large_alone_keeps_its_levels() {
        let mut s = typical(1, agility());
        s.reflection = "ü".repeat(5000);
        let id = s.id.clone();
        let h = History::new(vec![s, typical(2, agility())], SortedMap::new());
        let fitted = fit(&h, Some(&id), 4096).unwrap();
        assert!(fitted.trimmed && chars(&fitted.text) <= 4096);
        assert_eq!(fitted.left_out.len(), 1);
    }

    #[test]
    fn deletions_take_at_most_a_quarter() {
        let mut h = history(30, agility());
        let ids: Vec<String> = h.sessions().iter().skip(1).map(|s| s.id.clone()).collect();
        for (i, id) in ids.iter().enumerate() {
            h.delete(id, 1_800_000_000_000 + i as i64);
        }
        let fitted = fit(&h, None, 1000).unwrap();
        assert!(chars(&fitted.text) <= 1000);
        assert!(fitted.left_out.is_empty());
        let Read::History(kept) = compact::decode(&fitted.text) else {
            panic!()
        };
        // The newest deletion is among those kept.
        assert!(kept.tombstones().contains_key(ids.last().unwrap().as_str()));
    }

    /// Others' feedback is never written to `suspend_data`: a history whose sessions hold many
    /// responses fits exactly as many of the person's own sessions, in the same text, as without
    /// them. It stays in this browser's copy (merged back at launch, `lms::status`).
    #[test]
    fn self_ratings_keep_priority_over_others_feedback() {
        let plain = history(60, agility());
        let with_feedback = History::new(
            (plain.sessions().iter())
                .map(|s| {
                    let mut s = s.clone();
                    for r in 0..30 {
                        let text =
                            format!("{{\"id\":\"r{r}\",\"comment\":\"{}\"}}", "x".repeat(200));
                        s.feedback.insert(format!("r{r}"), text);
                    }
                    s
                })
                .collect(),
            SortedMap::new(),
        );
        let current = plain.sessions()[5].id.clone();
        for limit in [4096, 64_000] {
            let fitted = fit(&with_feedback, Some(&current), limit).unwrap();
            assert_eq!(fitted, fit(&plain, Some(&current), limit).unwrap());
            assert!(!fitted.text.contains("comment"));
            // Read back and merged with this browser's copy, the feedback is all still there.
            let Read::History(lms) = compact::decode(&fitted.text) else {
                panic!()
            };
            let (restored, _) =
                crate::core::lms::status::restore(&with_feedback, Read::History(lms));
            assert_eq!(restored, with_feedback);
        }
    }

    /// The figures in the README: how many typical sessions fit.
    #[test]
    fn figures() {
        for framework in builtin() {
            let (small, large) = (
                fitting(4096, framework, true),
                fitting(64_000, framework, true),
            );
            let (bare_small, bare_large) = (
                fitting(4096, framework, false),
                fitting(64_000, framework, false),
            );
            println!(
                "{}: {small} sessions in 4,096 characters, {large} in 64,000; without notes {bare_small} and {bare_large}",
                framework.id
            );
            assert!(small >= 5 && large >= 80, "{small} {large}");
            assert!(bare_small > small && bare_large > large);
        }
    }
}
