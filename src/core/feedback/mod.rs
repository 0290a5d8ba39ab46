//! Others' feedback on a saved session (issue 22): requests, responses, their links and QR code, the intake of many responses, and the figures shown beside the self-rating.
//!
//! None of this is on the widget's first path. The history only carries feedback as JSON text in
//! each session (`Session::feedback`: each request's and response's file, by id); these modules
//! read, check and summarise it, and only the feedback screens call them.
//!
//! - [`request`] and [`response`]: the two formats as files (JSON), with [`check`]'s rules;
//! - [`link`]: the same two as a link's fragment (`#ask=1&…`, `#answer=1&…`);
//! - [`kept`]: what a session keeps, read back and written;
//! - [`intake`]: many responses at once (files, `.zip`s, links), each added or refused by name;
//! - [`summary`]: medians, ranges and counts per perspective from their thresholds, "Others",
//!   blind spots and hidden strengths, comments;
//! - [`export`]: the CSV's feedback columns, the radar's "Others" series, file names;
//! - [`observer`]: an item's wording for someone who observes the person;
//! - [`qr`]: a request link as a QR code (SVG);
//! - [`messages`]: every refusal and note in the person's language;
//! - [`texts`]: the feature's strings in both languages (`F`, off the first path).

pub mod check;
pub mod export;
pub mod intake;
pub mod kept;
pub mod link;
pub mod messages;
pub mod observer;
pub mod qr;
pub mod request;
pub mod response;
pub mod summary;
pub mod texts;

use serde::{Deserialize, Serialize};
use texts::F;

/// Who answers: the three groups whose views are shown side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Perspective {
    Supervisor,
    Colleague,
    Participant,
}

impl Perspective {
    /// In the order the screen lists them.
    pub const ALL: [Perspective; 3] = [
        Perspective::Supervisor,
        Perspective::Colleague,
        Perspective::Participant,
    ];

    /// How many answers a figure of this group needs before it is shown. A supervisor's view is
    /// shown from one answer (there is one supervisor, and everyone knows who it is); colleagues
    /// and participants from three, so that no single answer can be picked out.
    pub fn threshold(self) -> usize {
        match self {
            Perspective::Supervisor => 1,
            Perspective::Colleague | Perspective::Participant => 3,
        }
    }

    /// Its place in [`Perspective::ALL`], for arrays indexed by perspective.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its name in the formats (`supervisor`, `colleague`, `participant`).
    pub fn code(self) -> &'static str {
        match self {
            Perspective::Supervisor => "supervisor",
            Perspective::Colleague => "colleague",
            Perspective::Participant => "participant",
        }
    }

    pub fn from_code(code: &str) -> Option<Perspective> {
        Perspective::ALL.into_iter().find(|p| p.code() == code)
    }

    /// Its name on screen: "Atasan" / "Supervisor", …
    pub fn name(self) -> F {
        match self {
            Perspective::Supervisor => F::Supervisor,
            Perspective::Colleague => F::Colleague,
            Perspective::Participant => F::Participant,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perspectives_have_their_thresholds_codes_and_places() {
        let thresholds: Vec<usize> = Perspective::ALL.iter().map(|p| p.threshold()).collect();
        assert_eq!(thresholds, [1, 3, 3]);
        for (i, p) in Perspective::ALL.into_iter().enumerate() {
            assert_eq!(p.index(), i);
            assert_eq!(Perspective::from_code(p.code()), Some(p));
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.code()));
        }
        assert_eq!(Perspective::from_code("boss"), None);
    }
}
