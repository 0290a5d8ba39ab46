//! The history's compact form, for SCORM's small `suspend_data` (4,096 characters in strict
//! SCORM 1.2, 64,000 in 2004): serde types with one-letter keys, levels as one digit per item.
//!
//! `{"cermin":1,"k":["agility.flexibility",…],"s":[{"i":id,"c":created,"u":updated−created,
//! "l":label,"r":"3402","t":"5","n":[[0,"note"]],"x":reflection,"p":next step}],"d":[[id,at]]}`
//!
//! `k` lists every item id the sessions use, once; a session's ratings (`r`) and targets (`t`)
//! are one base-36 digit per entry of `k` (`0` = none, trailing zeros left out) and its notes are
//! keyed by position in `k`. Everything a session holds is kept, to the millisecond, so that the
//! LMS copy and a browser's copy of a session compare equal when merged (`"f"`: the framework
//! versions it was rated with), except others' feedback on it, which is never written here (it
//! stays in this browser; merging keeps it, see `Session::keep_feedback_of`). A session marked `"z":1`
//! was written without its texts (notes, reflection, next step): it did not fit even alone.

use crate::core::model::history::History;
use crate::core::model::session::Session;
use crate::core::model::sorted_map::SortedMap;
use serde::{Deserialize, Serialize};

/// The version this build writes; a text with a higher one is never read or overwritten.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    /// Marks the text as ours, and gives its version.
    cermin: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    k: Vec<String>,
    s: Vec<WireSession>,
    /// Deletions: session id and when it was deleted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    d: Vec<(String, i64)>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireSession {
    i: String,
    c: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    u: i64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    l: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    r: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    t: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    n: Vec<(usize, String)>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    x: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    p: String,
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    f: SortedMap<String, String>,
    #[serde(default, skip_serializing_if = "is_false")]
    z: bool,
}

/// Only the version, read first: a newer text is recognised whatever else it holds.
#[derive(Deserialize)]
struct Marker {
    cermin: u32,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What `suspend_data` held.
#[derive(Clone, Debug, PartialEq)]
pub enum Read {
    /// Nothing yet: a first launch.
    Empty,
    History(History),
    /// Written by a newer Cermin: kept as it is, never overwritten.
    Newer,
    /// Not ours, or damaged: kept as it is, never overwritten, downloadable.
    Unreadable,
}

/// Writes sessions (in the order given) and deletions. `trimmed` names a session written without
/// its texts.
pub fn encode(sessions: &[&Session], tombstones: &[(&str, i64)], trimmed: Option<&str>) -> String {
    let mut keys: Vec<&str> = sessions
        .iter()
        .flat_map(|s| {
            s.ratings
                .keys()
                .chain(s.targets.keys())
                .chain(s.notes.keys())
        })
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let position = |item: &str| keys.binary_search(&item).unwrap_or_default();
    let digits = |levels: &SortedMap<String, u8>| {
        let mut row = vec![b'0'; keys.len()];
        for (item, &level) in levels {
            row[position(item)] = char::from_digit(level.into(), 36).map_or(b'0', |c| c as u8);
        }
        String::from_utf8_lossy(&row)
            .trim_end_matches('0')
            .to_string()
    };
    let wire = Wire {
        cermin: VERSION,
        s: sessions
            .iter()
            .map(|s| {
                let cut = trimmed == Some(s.id.as_str());
                let text = |t: &String| if cut { String::new() } else { t.clone() };
                WireSession {
                    i: s.id.clone(),
                    c: s.created,
                    u: s.updated - s.created,
                    l: s.label.clone(),
                    r: digits(&s.ratings),
                    t: digits(&s.targets),
                    n: if cut {
                        Vec::new()
                    } else {
                        s.notes
                            .iter()
                            .map(|(k, v)| (position(k), v.clone()))
                            .collect()
                    },
                    x: text(&s.reflection),
                    p: text(&s.next_step),
                    f: s.frameworks.clone(),
                    z: cut,
                }
            })
            .collect(),
        k: keys.iter().map(|k| k.to_string()).collect(),
        d: tombstones
            .iter()
            .map(|&(id, at)| (id.to_string(), at))
            .collect(),
    };
    serde_json::to_string(&wire).unwrap_or_default()
}

/// Reads `suspend_data`. Anything short of a fully valid text of ours is refused whole, never
/// half-read: the LMS's copy is then left as it is.
pub fn decode(text: &str) -> Read {
    if text.trim().is_empty() {
        return Read::Empty;
    }
    match serde_json::from_str::<Marker>(text) {
        Ok(marker) if marker.cermin > VERSION => return Read::Newer,
        Ok(_) => {}
        Err(_) => return Read::Unreadable,
    }
    let Ok(wire) = serde_json::from_str::<Wire>(text) else {
        return Read::Unreadable;
    };
    read_wire(wire).map_or(Read::Unreadable, Read::History)
}

fn read_wire(wire: Wire) -> Option<History> {
    let levels = |row: &str| -> Option<SortedMap<String, u8>> {
        if row.len() > wire.k.len() {
            return None;
        }
        let mut map = SortedMap::new();
        for (item, digit) in wire.k.iter().zip(row.chars()) {
            let level = digit.to_digit(36)? as u8;
            if level > 0 {
                map.insert(item.clone(), level);
            }
        }
        Some(map)
    };
    let mut sessions = Vec::with_capacity(wire.s.len());
    for s in &wire.s {
        let mut notes = SortedMap::new();
        for (position, note) in &s.n {
            notes.insert(wire.k.get(*position)?.clone(), note.clone());
        }
        let session = Session {
            id: s.i.clone(),
            created: s.c,
            updated: s.c.checked_add(s.u)?,
            label: s.l.clone(),
            ratings: levels(&s.r)?,
            targets: levels(&s.t)?,
            notes,
            reflection: s.x.clone(),
            next_step: s.p.clone(),
            frameworks: s.f.clone(),
            // Others' feedback is never in `suspend_data`: it would crowd out the person's own
            // sessions. It stays in this browser's copy, which the LMS's is merged with.
            ..Session::default()
        };
        session.validate().ok()?;
        sessions.push(session);
    }
    Some(History::new(sessions, wire.d.into_iter().collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample(id: &str, created: i64) -> Session {
        let mut s = Session::new(id.into(), created);
        s.updated = created + 61_234;
        s.label = "Sebelum pelatihan \"A\"".into();
        for (item, level) in [
            ("agility.speed", 3),
            ("digcomp.1.1", 8),
            ("agility.flexibility", 5),
        ] {
            s.ratings.insert(item.into(), level);
        }
        s.targets.insert("digcomp.2.3".into(), 6);
        s.notes
            .insert("agility.speed".into(), "terburu-buru, ✓ ñ".into());
        s.reflection = "baris\nkedua".into();
        s.next_step = "besok".into();
        s.frameworks.insert("agility".into(), "1".into());
        s
    }

    #[test]
    fn round_trips_every_field() {
        let (a, b) = (
            sample("a-1", 1_700_000_000_000),
            sample("b_2", 1_700_000_100_000),
        );
        let mut history = History::new(vec![a.clone(), b.clone()], SortedMap::new());
        history.delete("b_2", 1_700_000_200_000);
        history.put(b.clone());
        let tombs = [("gone", 1_700_000_300_000)];
        let text = encode(&[&a, &b], &tombs, None);
        let Read::History(back) = decode(&text) else {
            panic!("{text}")
        };
        assert_eq!(
            back.sessions(),
            History::new(vec![a, b], SortedMap::new()).sessions()
        );
        assert_eq!(back.tombstones().get("gone"), Some(&1_700_000_300_000));
    }

    #[test]
    fn levels_are_digits_by_position_in_one_key_list() {
        let a = sample("a", 1_700_000_000_000);
        let text = encode(&[&a], &[], None);
        assert!(text.starts_with(r#"{"cermin":1,"k":["agility.flexibility","agility.speed","digcomp.1.1","digcomp.2.3"]"#), "{text}");
        assert!(text.contains(r#""r":"538","t":"0006","n":[[1,"#), "{text}");
    }

    #[test]
    fn a_trimmed_session_keeps_its_levels_and_label_only() {
        let a = sample("a", 1_700_000_000_000);
        let Read::History(back) = decode(&encode(&[&a], &[], Some("a"))) else {
            panic!()
        };
        let s = &back.sessions()[0];
        assert_eq!(
            (&s.ratings, &s.targets, &s.label),
            (&a.ratings, &a.targets, &a.label)
        );
        assert!(s.notes.is_empty() && s.reflection.is_empty() && s.next_step.is_empty());
    }

    #[test]
    fn empty_newer_and_damaged_texts_are_told_apart() {
        assert_eq!(decode(""), Read::Empty);
        assert_eq!(decode("  "), Read::Empty);
        assert_eq!(decode(r#"{"cermin":2,"whatever":[]}"#), Read::Newer);
        for bad in [
            "not json",
            "{\"cermin\":1,\"s\":[",
            "[1,2]",
            r#"{"other":1}"#,
            r#"{"cermin":1,"s":[{"i":"<x>","c":1}]}"#,
            r#"{"cermin":1,"s":[{"i":"a","c":1,"r":"9"}]}"#,
            r#"{"cermin":1,"k":["agility.speed"],"s":[{"i":"a","c":1,"r":"6"}]}"#,
            r#"{"cermin":1,"k":["agility.speed"],"s":[{"i":"a","c":1,"n":[[4,"x"]]}]}"#,
            r#"{"cermin":1,"s":[{"i":"a","c":1,"y":2}]}"#,
            r#"{"cermin":1,"s":[{"i":"a","c":9223372036854775807,"u":5}]}"#,
        ] {
            assert_eq!(decode(bad), Read::Unreadable, "{bad}");
        }
    }
}
