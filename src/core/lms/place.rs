//! "Where am I saved?": the one answer the widget gives, from what is known about the LMS and storage.

use crate::core::texts::T;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedIn {
    /// A SCORM runtime keeps the history (`suspend_data`); this browser keeps a copy.
    Lms,
    Browser,
    /// A partitioned third-party frame: this browser keeps it, but only under this top-level site.
    BrowserThisSite,
    /// Nowhere: storage is blocked (or holds a newer version that must not be overwritten).
    NotSaved,
}

/// `lms`: a runtime was found and its `suspend_data` is ours to write. `stored`: this browser's
/// storage takes writes. `partitioned`: framed by another site with storage partitioned, where
/// the browser can tell (`hasStorageAccess`).
pub fn saved_in(lms: bool, stored: bool, partitioned: bool) -> SavedIn {
    match (lms, stored) {
        (true, _) => SavedIn::Lms,
        (false, true) if partitioned => SavedIn::BrowserThisSite,
        (false, true) => SavedIn::Browser,
        (false, false) => SavedIn::NotSaved,
    }
}

impl SavedIn {
    pub fn text(self) -> T {
        match self {
            SavedIn::Lms => T::SavedInLms,
            SavedIn::Browser => T::SavedInBrowser,
            SavedIn::BrowserThisSite => T::SavedInBrowserThisSite,
            SavedIn::NotSaved => T::SavedNowhere,
        }
    }

    /// For styling and tests: `lms`, `browser`, `site`, `none`.
    pub fn code(self) -> &'static str {
        match self {
            SavedIn::Lms => "lms",
            SavedIn::Browser => "browser",
            SavedIn::BrowserThisSite => "site",
            SavedIn::NotSaved => "none",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Lang;

    #[test]
    fn each_place_is_told_in_both_languages() {
        assert_eq!(saved_in(true, false, false), SavedIn::Lms);
        assert_eq!(saved_in(false, true, false), SavedIn::Browser);
        assert_eq!(saved_in(false, true, true), SavedIn::BrowserThisSite);
        assert_eq!(saved_in(false, false, true), SavedIn::NotSaved);
        assert!(SavedIn::Lms.text().get(Lang::En).contains("in this LMS"));
        assert!(SavedIn::Lms.text().get(Lang::Id).contains("di LMS ini"));
        assert!(SavedIn::BrowserThisSite
            .text()
            .get(Lang::En)
            .contains("in this browser, for this site only"));
        assert!(SavedIn::NotSaved.text().get(Lang::En).contains("not saved"));
        assert!(SavedIn::Browser
            .text()
            .get(Lang::Id)
            .contains("di browser ini"));
    }
}
