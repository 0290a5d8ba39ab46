//! Opt-in xAPI 1.0.3 statements for the host page (`?xapi=postmessage&xapi_origin=…`): one
//! "completed" statement per framework rated in the saved session, its axis scores as result
//! extensions. The host may replace the pseudonymous actor with its own learner before it
//! forwards the statement to an LRS.

use crate::core::i18n::{Lang, Text};
use crate::core::lms::time::{iso_duration, iso_timestamp};
use crate::core::model::frameworks::{Framework, LocalText};
use crate::core::model::session::Session;
use serde::{Serialize, Serializer};

pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
pub const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";

/// A language map in the widget's two languages.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LangMap {
    #[serde(rename = "id-ID")]
    pub id: String,
    #[serde(rename = "en-US")]
    pub en: String,
}

impl LangMap {
    fn of(text: Text) -> LangMap {
        LangMap {
            id: text.get(Lang::Id).to_string(),
            en: text.get(Lang::En).to_string(),
        }
    }

    /// A framework's text; one given in a single language stands in for the other.
    fn local(text: &LocalText, prefix: &str) -> LangMap {
        LangMap {
            id: format!("{prefix}{}", text.get(Lang::Id)),
            en: format!("{prefix}{}", text.get(Lang::En)),
        }
    }
}

/// IRI → a score in hundredths, written as a JSON object of decimal numbers (`3.5`). Kept as
/// pairs, and the numbers written from integers: no map type and no float printer in the wasm.
#[derive(Clone, Debug, PartialEq)]
pub struct Extensions(pub Vec<(String, u32)>);

impl Serialize for Extensions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap};
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (iri, hundredths) in &self.0 {
            let text = match hundredths % 100 {
                0 => (hundredths / 100).to_string(),
                part => format!(
                    "{}.{}",
                    hundredths / 100,
                    format!("{part:02}").trim_end_matches('0')
                ),
            };
            let number =
                serde_json::value::RawValue::from_string(text).map_err(S::Error::custom)?;
            map.serialize_entry(iri, &number)?;
        }
        map.end()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statement {
    pub id: String,
    pub timestamp: String,
    pub actor: Agent,
    pub verb: Verb,
    pub object: Activity,
    pub result: Outcome,
    pub context: Context,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Agent {
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    pub account: Account,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Account {
    #[serde(rename = "homePage")]
    pub home_page: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verb {
    pub id: &'static str,
    pub display: LangMap,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Activity {
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    pub id: String,
    pub definition: Definition,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Definition {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub name: LangMap,
    pub description: LangMap,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    pub completion: bool,
    pub duration: String,
    /// Axis IRI → the axis score (mean of its rated items, two decimals).
    pub extensions: Extensions,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Context {
    pub language: &'static str,
    pub platform: &'static str,
    pub extensions: ContextExtensions,
}

/// The session's id (one session may be saved, and stated, more than once) and the scale's top.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContextExtensions {
    #[serde(rename = "urn:cermin:session")]
    pub session: String,
    #[serde(rename = "urn:cermin:framework-version")]
    pub framework_version: String,
    #[serde(rename = "urn:cermin:scale-max")]
    pub scale_max: u8,
}

/// The activity of reflecting on a framework: `urn:cermin:framework:agility`.
pub fn activity_id(framework: &str) -> String {
    format!("urn:cermin:framework:{framework}")
}

/// The extension key of an axis score: `urn:cermin:axis:digcomp.1`.
pub fn axis_iri(axis: &str) -> String {
    format!("urn:cermin:axis:{axis}")
}

/// What one Save states, apart from the session itself.
pub struct Saved<'a> {
    /// One UUID per statement, drawn by the shell (`uuid_v4` of random bytes).
    pub ids: &'a mut dyn FnMut() -> String,
    pub now: i64,
    /// Time on the page until this Save.
    pub duration_ms: i64,
    /// The pseudonymous account: `homePage` the host's origin, `name` a random id.
    pub home_page: &'a str,
    pub actor: &'a str,
    pub lang: Lang,
}

/// One statement per framework (of those given: the page's catalog) with at least one rated item,
/// in the frameworks' order.
pub fn statements(session: &Session, frameworks: &[&Framework], saved: Saved) -> Vec<Statement> {
    frameworks
        .iter()
        .filter(|f| {
            f.items()
                .any(|item| session.ratings.contains_key(&*item.id))
        })
        .map(|framework| {
            let id = (saved.ids)();
            statement(session, framework, id, &saved)
        })
        .collect()
}

fn statement(session: &Session, framework: &Framework, id: String, saved: &Saved) -> Statement {
    let extensions = Extensions(
        framework
            .axes
            .iter()
            .zip(session.axis_scores(framework))
            .filter_map(|(axis, score)| Some((axis_iri(&axis.id), (score? * 100.0).round() as u32)))
            .collect(),
    );
    Statement {
        id,
        timestamp: iso_timestamp(saved.now),
        actor: Agent {
            object_type: "Agent",
            account: Account {
                home_page: saved.home_page.to_string(),
                name: saved.actor.to_string(),
            },
        },
        verb: Verb {
            id: COMPLETED,
            display: LangMap::of(Text::new("menyelesaikan", "completed")),
        },
        object: Activity {
            object_type: "Activity",
            id: activity_id(&framework.id),
            definition: Definition {
                kind: ASSESSMENT,
                name: LangMap::local(&framework.name, "Cermin: "),
                description: LangMap::local(&framework.description, ""),
            },
        },
        result: Outcome {
            completion: true,
            duration: iso_duration(saved.duration_ms),
            extensions,
        },
        context: Context {
            language: match saved.lang {
                Lang::Id => "id-ID",
                Lang::En => "en-US",
            },
            platform: "Cermin",
            extensions: ContextExtensions {
                session: session.id.clone(),
                framework_version: framework.version.to_string(),
                scale_max: framework.scale.max(),
            },
        },
    }
}

/// A version 4 UUID from 16 random bytes.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The message posted to the host: `{"type":"cermin:xapi","statement":…}`.
pub fn message(statement: &Statement) -> String {
    #[derive(Serialize)]
    struct Message<'a> {
        #[serde(rename = "type")]
        kind: &'static str,
        statement: &'a Statement,
    }
    serde_json::to_string(&Message {
        kind: "cermin:xapi",
        statement,
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        let mut s = Session::new("s1".into(), 1_700_000_000_000);
        s.ratings.insert("digcomp.1.1".into(), 2);
        s.ratings.insert("digcomp.1.3".into(), 5);
        s.ratings.insert("digcomp.4.1".into(), 7);
        s
    }

    fn make(session: &Session) -> Vec<Statement> {
        let mut n = 0u8;
        let mut ids = || {
            n += 1;
            uuid_v4([n; 16])
        };
        let frameworks: Vec<&Framework> =
            crate::core::model::frameworks::builtin().iter().collect();
        statements(
            session,
            &frameworks,
            Saved {
                ids: &mut ids,
                now: 1_795_943_000_123,
                duration_ms: 90_500,
                home_page: "https://lms.example.ac.id",
                actor: "a1b2",
                lang: Lang::Id,
            },
        )
    }

    #[test]
    fn statement_shape() {
        let all = make(&session());
        assert_eq!(all.len(), 1, "only DigComp is rated");
        let json: serde_json::Value = serde_json::from_str(&message(&all[0])).unwrap();
        assert_eq!(json["type"], "cermin:xapi");
        let s = &json["statement"];
        assert_eq!(s["id"], "01010101-0101-4101-8101-010101010101");
        assert_eq!(s["timestamp"], "2026-11-29T09:03:20.123Z");
        assert_eq!(s["actor"]["objectType"], "Agent");
        assert_eq!(
            s["actor"]["account"]["homePage"],
            "https://lms.example.ac.id"
        );
        assert_eq!(s["actor"]["account"]["name"], "a1b2");
        assert_eq!(s["verb"]["id"], COMPLETED);
        assert_eq!(s["object"]["id"], "urn:cermin:framework:digcomp");
        assert_eq!(s["object"]["definition"]["type"], ASSESSMENT);
        assert!(s["object"]["definition"]["name"]["id-ID"]
            .as_str()
            .unwrap()
            .starts_with("Cermin: "));
        assert!(s["object"]["definition"]["name"]["en-US"]
            .as_str()
            .unwrap()
            .starts_with("Cermin: "));
        assert_eq!(s["result"]["completion"], true);
        assert_eq!(s["result"]["duration"], "PT1M30.5S");
        let ext = s["result"]["extensions"].as_object().unwrap();
        assert_eq!(ext.len(), 2, "only rated axes");
        assert_eq!(ext["urn:cermin:axis:digcomp.1"], 3.5);
        assert_eq!(ext["urn:cermin:axis:digcomp.4"], 7.0);
        assert!(s.get("score").is_none() && s["result"].get("score").is_none());
        assert!(s["result"].get("success").is_none());
        assert_eq!(s["context"]["extensions"]["urn:cermin:session"], "s1");
        assert_eq!(s["context"]["extensions"]["urn:cermin:scale-max"], 8);
    }

    #[test]
    fn one_statement_per_rated_framework_and_none_without_ratings() {
        let mut s = session();
        s.ratings.insert("agility.speed".into(), 3);
        let all = make(&s);
        assert_eq!(all.len(), 2);
        assert_ne!(all[0].id, all[1].id);
        assert_eq!(all[0].object.id, "urn:cermin:framework:agility");
        assert!(make(&Session::new("e".into(), 0)).is_empty());
    }

    #[test]
    fn scores_are_written_as_decimals_to_the_hundredth() {
        let e = Extensions(
            [("a", 467), ("b", 350), ("c", 700), ("d", 305), ("e", 0)]
                .map(|(k, v)| (k.to_string(), v))
                .to_vec(),
        );
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"a":4.67,"b":3.5,"c":7,"d":3.05,"e":0}"#
        );
    }

    #[test]
    fn uuids_are_version_4() {
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    }
}
