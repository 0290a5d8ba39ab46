//! Every user-visible string of the interface, in Indonesian and English, behind one enum.

use super::codec::DecodeError;
use super::i18n::{Lang, Text};

/// Defines [`T`] and its table in one place, so a key cannot exist without both languages.
macro_rules! texts {
    ($($key:ident => $id:literal, $en:literal;)*) => {
        /// A key of the interface's text table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T { $($key),* }

        impl T {
            pub const ALL: &'static [T] = &[$(T::$key),*];

            pub fn text(self) -> Text {
                match self { $(T::$key => Text::new($id, $en)),* }
            }
        }
    };
}

texts! {
    AppName => "Cermin", "Cermin";
    Tagline => "Cermin untuk refleksi diri: kelincahan belajar, kompetensi digital, dan kompetensi widyaiswara.",
        "A mirror for self-reflection: learning agility, digital competence and widyaiswara competence.";
    Privacy => "Semua yang Anda tulis tetap di perangkat ini, kecuali Anda mengekspornya.",
        "Everything you write stays on this device unless you export it.";
    Frameworks => "Kerangka refleksi", "Frameworks";
    Language => "Bahasa", "Language";
    Unrated => "Belum dinilai", "Not rated yet";
    ClearRating => "Kosongkan", "Clear";
    RatedCount => "{n} dari {m} butir sudah dinilai", "{n} of {m} items rated";
    Save => "Simpan", "Save";
    History => "Riwayat", "History";
    HistoryEmpty => "Belum ada sesi tersimpan. Nilai beberapa butir, lalu pilih Simpan.",
        "No saved sessions yet. Rate a few items, then choose Save.";
    Open => "Buka", "Open";
    OpenNow => "sedang dibuka", "open now";
    NewSession => "Sesi baru", "New session";
    Unsaved => "Ada perubahan yang belum disimpan.", "You have unsaved changes.";
    Saved => "Sesi disimpan di browser ini.", "Session saved in this browser.";
    SavedInMemory => "Sesi dicatat untuk sementara, tetapi tidak disimpan di browser ini.",
        "Session kept for now, but not saved in this browser.";
    Opened => "Sesi dibuka.", "Session opened.";
    Started => "Sesi baru dimulai.", "New session started.";
    RatingAnnounced => "{item}: {level}", "{item}: {level}";
    ChartLabel => "Diagram radar {framework}. Angka yang sama ada di tabel.",
        "Radar chart of {framework}. The same numbers are in the table.";
    Current => "Saat ini", "Current";
    Score => "Nilai", "Score";
    TableCaption => "{framework}: nilai per sumbu", "{framework}: score per axis";
    Axis => "Sumbu", "Axis";
    StorageUnavailable => "Penyimpanan browser tidak tersedia di sini, jadi riwayat Anda tidak disimpan. Ekspor hasil Anda agar tidak hilang.",
        "Browser storage is unavailable here, so your history is not saved. Export your results to keep them.";
    QuotaExceeded => "Penyimpanan browser penuh: sesi ini belum tersimpan. Riwayat sebelumnya tetap utuh; ekspor sesi ini agar tidak hilang.",
        "Browser storage is full: this session was not saved. Your earlier history is intact; export this session to keep it.";
    WriteFailed => "Sesi ini belum tersimpan karena browser menolak penulisan. Riwayat sebelumnya tetap utuh.",
        "This session was not saved because the browser refused the write. Your earlier history is intact.";
    ReadOnlyNewer => "Riwayat ini dibuat oleh versi Cermin yang lebih baru. Agar tidak ada yang tertimpa, Cermin hanya membacanya; Anda tetap dapat mengekspor.",
        "This history was written by a newer version of Cermin. So that nothing is overwritten, it is open read-only; you can still export.";
    Quarantined => "Data tersimpan tidak dapat dibaca. Salinan aslinya disisihkan (tidak dihapus) dan dapat Anda unduh; riwayat baru dimulai di sampingnya.",
        "The stored data could not be read. The original was set aside (not deleted) and can be downloaded; a new history starts next to it.";
    SkippedSessions => "{n} sesi yang rusak dilewati. Salinan aslinya disisihkan dan dapat Anda unduh.",
        "{n} damaged sessions were skipped. The original was set aside and can be downloaded.";
    DownloadQuarantine => "Unduh data yang disisihkan", "Download the set-aside data";
    OtherTabChanged => "Riwayat diperbarui dari tab lain.", "History updated from another tab.";
    ErrTooLarge => "Berkas terlalu besar (lebih dari 5 MB).", "The file is too large (over 5 MB).";
    ErrNotJson => "Berkas ini bukan JSON yang valid.", "This file is not valid JSON.";
    ErrForeign => "Berkas ini bukan cadangan Cermin.", "This file is not a Cermin backup.";
    ErrNewer => "Berkas ini dibuat oleh versi Cermin yang lebih baru dan tidak dapat dibaca oleh versi ini.",
        "This file was made by a newer version of Cermin and cannot be read by this one.";
    ErrBadShape => "Struktur berkas ini rusak.", "This file's structure is damaged.";
}

impl T {
    pub fn get(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }

    /// The text with `{name}` placeholders filled in.
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        args.iter()
            .fold(self.get(lang).to_string(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }
}

impl DecodeError {
    /// What to tell the person, in their language.
    pub fn message(&self) -> T {
        match self {
            DecodeError::TooLarge { .. } => T::ErrTooLarge,
            DecodeError::NotJson => T::ErrNotJson,
            DecodeError::Foreign => T::ErrForeign,
            DecodeError::NewerVersion { .. } => T::ErrNewer,
            DecodeError::BadShape => T::ErrBadShape,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interface_text_exists_in_both_languages() {
        for key in T::ALL {
            for lang in Lang::ALL {
                assert!(
                    !key.get(lang).trim().is_empty(),
                    "{key:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn placeholders_are_the_same_in_both_languages() {
        let placeholders = |s: &str| {
            let mut found: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
                .collect();
            found.sort();
            found
        };
        for key in T::ALL {
            let text = key.text();
            assert_eq!(placeholders(text.id), placeholders(text.en), "{key:?}");
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            T::RatedCount.fill(Lang::En, &[("n", "3"), ("m", "9")]),
            "3 of 9 items rated"
        );
    }

    #[test]
    fn the_unavailable_notice_says_not_saved_in_english() {
        assert!(T::StorageUnavailable.get(Lang::En).contains("not saved"));
    }
}
