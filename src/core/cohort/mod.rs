//! The trainer's page's core: a class's reflections combined. Reading what participants handed in
//! (`intake`, `read`, `frameworks`), the group and its waves (`group`), the figures (`stats`,
//! `figures`), the group radar (`radar`, `files`), the tables (`csv`, `xlsx`), the page's state
//! and reducer (`state`), its texts (`texts`), and a class kept in the browser (`kept`, `doc`).

pub mod csv;
pub mod doc;
pub mod figures;
pub mod files;
pub mod frameworks;
pub mod group;
pub mod intake;
pub mod kept;
pub mod radar;
pub mod read;
pub mod state;
pub mod stats;
pub mod texts;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use crate::core::model::session::Session;

/// A wave of a training: the reflections before it and after it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Wave {
    #[default]
    Before,
    After,
}

impl Wave {
    pub const ALL: [Wave; 2] = [Wave::Before, Wave::After];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// How sessions are put into waves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WaveRule {
    /// One group: everything is in the first wave.
    #[default]
    Single,
    /// Each file is marked Before or After by the trainer.
    ByFile,
    /// Sessions created before this time (ms since the epoch) are Before, the rest After.
    SplitAt(i64),
}

impl WaveRule {
    /// The wave of a session from a file the trainer marked `marked`.
    pub fn wave_of(self, session: &Session, marked: Wave) -> Wave {
        match self {
            WaveRule::Single => Wave::Before,
            WaveRule::ByFile => marked,
            WaveRule::SplitAt(at) if session.created < at => Wave::Before,
            WaveRule::SplitAt(_) => Wave::After,
        }
    }
}
