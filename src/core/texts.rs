//! Every user-visible string of the interface, in Indonesian and English, behind one enum.

use crate::core::i18n::{Lang, Text};
use crate::core::store::codec::DecodeError;

/// Defines a text enum and its table in one place, so a key cannot exist without both languages.
/// The cohort page has its own enum (`cohort_texts`), so that its strings stay out of the widget.
macro_rules! texts {
    ($name:ident; $($key:ident => $id:literal, $en:literal;)*) => {
        /// A key of an interface's text table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            pub fn text(self) -> Text {
                match self { $($name::$key => Text::new($id, $en)),* }
            }

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
    };
}
pub(crate) use texts;

texts! { T;
    AppName => "Cermin", "Cermin";
    Tagline => "Cermin untuk refleksi diri: kelincahan belajar, kompetensi digital, dan kompetensi widyaiswara.",
        "A mirror for self-reflection: learning agility, digital competence and widyaiswara competence.";
    Privacy => "Semua yang Anda tulis tetap di perangkat ini, kecuali Anda mengekspornya.",
        "Everything you write stays on this device unless you export it.";
    Frameworks => "Kerangka refleksi", "Frameworks";
    Language => "Bahasa", "Language";
    RatingHeading => "Penilaian diri: {framework}", "Self-rating: {framework}";
    Unrated => "Belum dinilai", "Not rated yet";
    ClearRating => "Kosongkan", "Clear";
    RatedCount => "{n} dari {m} butir sudah dinilai", "{n} of {m} items rated";
    Save => "Simpan", "Save";
    SessionActions => "Tindakan sesi", "Session actions";
    History => "Riwayat", "History";
    HistoryEmpty => "Belum ada sesi tersimpan. Nilai beberapa butir, lalu pilih Simpan.",
        "No saved sessions yet. Rate a few items, then choose Save.";
    Open => "Buka", "Open";
    ShowMore => "Tampilkan {n} sesi lagi", "Show {n} more sessions";
    GrowthLatest => "Diagram menampilkan {n} sesi terakhir; tabel memuat semuanya.", "The chart shows the latest {n} sessions; the table has them all.";
    OpenNow => "sedang dibuka", "open now";
    NewSession => "Sesi baru", "New session";
    Unsaved => "Ada perubahan yang belum disimpan.", "You have unsaved changes.";
    Saved => "Sesi disimpan di browser ini.", "Session saved in this browser.";
    SavedInMemory => "Sesi dicatat untuk sementara, tetapi tidak disimpan di browser ini.",
        "Session kept for now, but not saved in this browser.";
    Opened => "Sesi dibuka.", "Session opened.";
    Restored => "Sesi dikembalikan.", "Session restored.";
    DeletedSession => "Sesi dihapus.", "Session deleted.";
    Delete => "Hapus", "Delete";
    Undo => "Urungkan", "Undo";
    NewBlank => "Sesi baru kosong", "New blank session";
    Note => "Catatan", "Note";
    NotePlaceholder => "Apa yang saya perhatikan, sebuah contoh", "What I noticed, an example";
    CharsUsed => "{n} dari {m} karakter", "{n} of {m} characters";
    Target => "Target", "Target";
    NoTarget => "Tanpa target", "No target";
    Label => "Label sesi", "Session label";
    LabelPlaceholder => "mis. Sebelum pelatihan literasi digital", "e.g. Before the digital-literacy course";
    Reflection => "Refleksi keseluruhan", "Overall reflection";
    NextStep => "Langkah berikutnya", "Next step";
    NextStepPlaceholder => "Apa yang akan saya lakukan, dan kapan", "What I will do, and by when";
    Strengths => "Kekuatan", "Strengths";
    FocusAreas => "Area fokus", "Focus areas";
    NothingRated => "Nilai beberapa butir untuk melihatnya di sini.", "Rate a few items to see them here.";
    Gap => "selisih ke target: {n}", "gap to target: {n}";
    CompareWith => "Bandingkan dengan", "Compare with";
    CompareNone => "Tidak ada", "None";
    ComparePrevious => "Bandingkan dengan sebelumnya", "Compare with previous";
    NoPrevious => "Belum ada sesi sebelumnya untuk dibandingkan.", "There is no earlier session to compare with.";
    Compared => "Dibandingkan: {date}", "Compared: {date}";
    Change => "Perubahan", "Change";
    Up => "naik", "up";
    Down => "turun", "down";
    Same => "sama", "same";
    Item => "Butir", "Item";
    Growth => "Pertumbuhan", "Growth";
    GrowthEmpty => "Simpan paling sedikit dua sesi untuk melihat pertumbuhan.", "Save at least two sessions to see growth.";
    GrowthOneChart => "Satu diagram", "One chart";
    GrowthPerAxis => "Satu diagram per sumbu", "One chart per axis";
    GrowthLabel => "Diagram garis pertumbuhan {framework} dari {n} sesi.", "Line chart of growth in {framework} over {n} sessions.";
    Session => "Sesi", "Session";
    Export => "Ekspor dan cadangan", "Export and backup";
    ExportPng => "Ekspor PNG", "Export PNG";
    ExportSvg => "Ekspor SVG", "Export SVG";
    PrintReport => "Cetak laporan", "Print report";
    BackupJson => "Cadangkan (JSON)", "Back up (JSON)";
    ImportBackup => "Impor cadangan", "Import backup";
    ExportCsv => "Ekspor CSV", "Export CSV";
    ImportSummary => "Impor selesai: {added} sesi ditambahkan, {updated} diperbarui, {unchanged} tidak berubah, {skipped} dilewati.",
        "Import done: {added} sessions added, {updated} updated, {unchanged} unchanged, {skipped} skipped.";
    Name => "Nama atau nama samaran (opsional, untuk ekspor)", "Name or pseudonym (optional, for exports)";
    ShareWithTrainer => "Bagikan ke pelatih", "Share with trainer";
    IncludeNotes => "Sertakan catatan saya", "Include my notes";
    ShareHelp => "Berkas untuk pelatih memuat penilaian sesi yang terbuka dan nama di atas (jika diisi); catatan hanya jika dicentang. Anda sendiri yang menyerahkannya.",
        "The file for your trainer holds the open session's ratings and the name above (if given); notes only if ticked. You hand it in yourself.";
    TrainerPage => "Halaman pelatih: gabungkan refleksi satu kelas", "Trainer's page: combine a class's reflections";
    ReportTitle => "Laporan refleksi Cermin", "Cermin reflection report";
    Embed => "Sematkan", "Embed";
    EmbedTitle => "Sematkan Cermin di LMS", "Embed Cermin in an LMS";
    EmbedIntro => "Tempel kode ini di halaman LMS (misalnya blok HTML Moodle). Tingginya menyesuaikan isi.",
        "Paste this code into an LMS page (for example a Moodle HTML block). Its height follows the content.";
    EmbedListener => "Untuk halaman induk tanpa skrip H5P, tambahkan pendengar ini:", "For host pages without H5P's script, add this listener:";
    Copy => "Salin", "Copy";
    Copied => "Disalin.", "Copied.";
    Close => "Tutup", "Close";
    DownloadBlocked => "Unduhan diblokir di bingkai ini. Simpan gambar dengan klik kanan atau tekan lama, atau salin teks di bawah.",
        "Downloads are blocked in this frame. Save the image with a right-click or long press, or copy the text below.";
    FrameTitle => "Cermin: refleksi diri", "Cermin: self-reflection";
    Started => "Sesi baru dimulai.", "New session started.";
    RatingAnnounced => "{item}: {level}", "{item}: {level}";
    ChartLabel => "Diagram radar {framework}. Angka yang sama ada di tabel.",
        "Radar chart of {framework}. The same numbers are in the table.";
    Current => "Saat ini", "Current";
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
    DownloadStored => "Unduh riwayat tersimpan (JSON)", "Download the stored history (JSON)";
    DownloadQuarantine => "Unduh data yang disisihkan", "Download the set-aside data";
    OtherTabChanged => "Riwayat diperbarui dari tab lain.", "History updated from another tab.";
    ErrTooLarge => "Berkas terlalu besar (lebih dari 5 MB).", "The file is too large (over 5 MB).";
    ErrNotJson => "Berkas ini bukan JSON yang valid.", "This file is not valid JSON.";
    ErrForeign => "Berkas ini bukan cadangan Cermin.", "This file is not a Cermin backup.";
    ErrNewer => "Berkas ini dibuat oleh versi Cermin yang lebih baru dan tidak dapat dibaca oleh versi ini.",
        "This file was made by a newer version of Cermin and cannot be read by this one.";
    ErrBadShape => "Struktur berkas ini rusak.", "This file's structure is damaged.";
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
