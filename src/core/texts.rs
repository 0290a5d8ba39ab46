//! Every user-visible string of the interface, in Indonesian and English, behind one enum.

use crate::core::i18n::{Lang, Text};
use crate::core::model::frameworks::check::MAX_ITEMS;
use crate::core::model::frameworks::file::{FileError, Problem, FORMAT_VERSION};
use crate::core::store::codec::DecodeError;

/// Defines a text enum and its table in one place, so a key cannot exist without both languages.
/// The cohort page has its own enum (`cohort::texts`), so that its strings stay out of the widget.
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

            /// The text with `{name}` placeholders filled in. A count's noun agrees with it
            /// through `{name:one|other}`: `one` where the value is 1, else `other`, with `#`
            /// standing for the value. Only English needs this: Indonesian nouns do not change
            /// with number. (The body is here, not in a shared function: the widget's wasm then
            /// holds it as before the cohort page had texts of its own.)
            pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
                let mut text = self.get(lang).to_string();
                for (name, value) in args {
                    let open = format!("{{{name}:");
                    while let Some(start) = text.find(&open) {
                        let Some(len) = text[start..].find('}') else {
                            break;
                        };
                        let forms = &text[start + open.len()..start + len];
                        let (one, other) = forms.split_once('|').unwrap_or((forms, forms));
                        let form = if *value == "1" { one } else { other }.replace('#', value);
                        text.replace_range(start..=start + len, &form);
                    }
                    text = text.replace(&format!("{{{name}}}"), value);
                }
                text
            }
        }
    };
}
pub(crate) use texts;

texts! { T;
    AppName => "Cermin", "Cermin";
    Tagline => "Cermin untuk refleksi diri: kelincahan belajar, kompetensi digital, dan kompetensi widyaiswara.",
        "A mirror for self-reflection: learning agility, digital competence and widyaiswara competence.";
    Privacy => "Semua yang Anda tulis tetap di browser ini, kecuali Anda mengekspornya.",
        "Everything you write stays in this browser unless you export it.";
    PrivacyLms => "Refleksi Anda disimpan oleh LMS yang membuka Cermin dan di browser ini; tidak dikirim ke tempat lain kecuali Anda mengekspornya.",
        "Your reflections are kept by the LMS that opened Cermin and in this browser; they go nowhere else unless you export them.";
    PrivacyXapi => "Setiap kali Anda menyimpan, ringkasan nilai Anda dikirim ke halaman {origin} yang memuat Cermin. Selain itu, yang Anda tulis tetap di browser ini kecuali Anda mengekspornya.",
        "Each time you save, a summary of your scores is sent to the page at {origin} that shows Cermin. Otherwise, what you write stays in this browser unless you export it.";
    Frameworks => "Kerangka refleksi", "Frameworks";
    Language => "Bahasa", "Language";
    RatingHeading => "Penilaian diri: {framework}", "Self-rating: {framework}";
    Unrated => "Belum dinilai", "Not rated yet";
    ClearRating => "Kosongkan", "Clear";
    RatedCount => "{n} dari {m} butir sudah dinilai", "{n} of {m} {m:item|items} rated";
    Save => "Simpan", "Save";
    SessionActions => "Tindakan sesi", "Session actions";
    History => "Riwayat", "History";
    HistoryEmpty => "Belum ada sesi tersimpan. Beri nilai pada beberapa butir, lalu pilih Simpan.",
        "No saved sessions yet. Rate a few items, then choose Save.";
    Open => "Buka", "Open";
    ShowMore => "Tampilkan {n} sesi lagi", "Show {n} more {n:session|sessions}";
    GrowthLatest => "Diagram menampilkan {n} sesi terakhir; tabel memuat semuanya.",
        "The chart shows the {n:latest session|latest # sessions}; the table has them all.";
    OpenNow => "sedang dibuka", "open now";
    NewSession => "Sesi baru", "New session";
    Unsaved => "Perubahan belum disimpan.", "You have unsaved changes.";
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
    NotePlaceholder => "Apa yang saya amati, beserta contohnya", "What I noticed, with an example";
    CharsUsed => "{n} dari {m} karakter", "{n} of {m} {m:character|characters}";
    Target => "Target", "Target";
    NoTarget => "Tanpa target", "No target";
    Label => "Label sesi", "Session label";
    LabelPlaceholder => "mis. Sebelum pelatihan literasi digital", "e.g. Before the digital-literacy course";
    Reflection => "Refleksi keseluruhan", "Overall reflection";
    NextStep => "Langkah berikutnya", "Next step";
    NextStepPlaceholder => "Apa yang akan saya lakukan dan kapan", "What I will do and by when";
    EarlierRating => "Penilaian sebelumnya untuk seluruh aspek ini: {level}. Nilai ini dipakai pada diagram sampai Anda menilai butir-butirnya.",
        "Earlier rating of this whole aspect: {level}. The chart uses it until you rate its items.";
    AboutFramework => "Tentang kerangka ini", "About this framework";
    FrameworkVersion => "Versi Cermin untuk kerangka {framework}: {version}.", "Cermin's version of the {framework} framework: {version}.";
    OnlyInLanguage => "Kerangka ini hanya tersedia dalam bahasa {language}.", "This framework is only available in {language}.";
    LanguageId => "Indonesia", "Indonesian";
    LanguageEn => "Inggris", "English";
    RatedWithVersion => "Sesi ini dinilai dengan versi {old} kerangka ini; yang dimuat sekarang versi {new}. Penilaian butir yang tidak ada lagi tetap disimpan.",
        "This session was rated with version {old} of this framework; version {new} is loaded now. Ratings of items it no longer has are kept.";
    Sources => "Sumber", "Sources";
    UnknownRatings => "Penilaian yang teksnya tidak tersedia di sini", "Ratings whose texts are not available here";
    UnknownRatingsIntro => "Kerangkanya telah berubah atau tidak dimuat di sini. Nilai ini tetap tersimpan, ikut dalam ekspor CSV, dan ditampilkan menurut ID butirnya.",
        "Their framework has changed or is not loaded here. They are kept, included in the CSV export, and shown by item ID.";
    ItemId => "ID butir", "Item ID";
    Strengths => "Kekuatan", "Strengths";
    FocusAreas => "Area fokus", "Focus areas";
    NothingRated => "Beri nilai pada beberapa butir untuk melihatnya di sini.", "Rate a few items to see them here.";
    Gap => "selisih dengan target: {n}", "gap to target: {n}";
    CompareWith => "Bandingkan dengan", "Compare with";
    CompareNone => "Tidak ada", "None";
    ComparePrevious => "Bandingkan dengan sebelumnya", "Compare with previous";
    NoPrevious => "Belum ada sesi sebelumnya untuk dibandingkan.", "There is no earlier session to compare with.";
    Compared => "Dibandingkan: {date}", "Compared: {date}";
    Change => "Perubahan", "Change";
    Up => "naik", "up";
    Down => "turun", "down";
    Same => "tetap", "same";
    Item => "Butir", "Item";
    Growth => "Perkembangan", "Growth";
    GrowthEmpty => "Simpan paling sedikit dua sesi untuk melihat perkembangan.", "Save at least two sessions to see growth.";
    GrowthOneChart => "Satu diagram", "One chart";
    GrowthPerAxis => "Satu diagram per aspek", "One chart per aspect";
    GrowthLabel => "Diagram garis perkembangan {framework} dari {n} sesi.", "Line chart of growth in {framework} over {n} {n:session|sessions}.";
    Session => "Sesi", "Session";
    Export => "Ekspor dan cadangan", "Export and backup";
    ExportPng => "Ekspor PNG", "Export PNG";
    ExportSvg => "Ekspor SVG", "Export SVG";
    PrintReport => "Cetak laporan", "Print report";
    BackupJson => "Cadangkan (JSON)", "Back up (JSON)";
    ImportBackup => "Impor cadangan", "Import backup";
    Workbook => "Buku kerja Excel (.xlsx)", "Excel workbook (.xlsx)";
    WorkbookFailed => "Buku kerja Excel tidak dapat dibuat (satu lembar Excel memuat paling banyak 1.048.575 baris). Berkas CSV memuat data yang sama.",
        "The Excel workbook could not be made (an Excel sheet holds at most 1,048,575 rows). The CSV file holds the same data.";
    ExportCsv => "Ekspor CSV", "Export CSV";
    ImportSummary => "Impor selesai: {added} sesi ditambahkan, {updated} diperbarui, {unchanged} tidak berubah, {skipped} dilewati.",
        "Import done: {added} {added:session|sessions} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.";
    Name => "Nama atau nama samaran (opsional, untuk ekspor)", "Name or pseudonym (optional, for exports)";
    ShareWithTrainer => "Bagikan kepada pengajar", "Share with trainer";
    ShareWithNotes => "Bagikan kepada pengajar, dengan catatan saya", "Share with trainer, with my notes";
    TrainerPage => "Halaman pengajar", "Trainer's page";
    ReportTitle => "Laporan refleksi Cermin", "Cermin reflection report";
    Embed => "Sematkan", "Embed";
    EmbedTitle => "Sematkan Cermin di LMS", "Embed Cermin in an LMS";
    EmbedIntro => "Tempel kode ini di halaman LMS (misalnya blok HTML Moodle). Tingginya menyesuaikan isi.",
        "Paste this code into an LMS page (for example a Moodle HTML block). Its height follows the content.";
    EmbedListener => "Untuk halaman induk tanpa skrip H5P, tambahkan skrip berikut:", "For host pages without H5P's script, add this script:";
    Copy => "Salin", "Copy";
    Copied => "Disalin.", "Copied.";
    Close => "Tutup", "Close";
    GettingReady => "Menyiapkan…", "Getting ready…";
    NotLoaded => "Bagian ini belum dapat dimuat. Periksa sambungan Anda, lalu coba lagi.",
        "This part could not be loaded yet. Check your connection, then try again.";
    DownloadBlocked => "Unduhan diblokir di bingkai ini. Simpan gambar dengan klik kanan atau tekan lama, atau salin teks di bawah.",
        "Downloads are blocked in this frame. Save the image with a right-click or long press, or copy the text below.";
    FrameTitle => "Cermin: refleksi diri", "Cermin: self-reflection";
    Started => "Sesi baru dimulai.", "New session started.";
    RatingAnnounced => "{item}: {level}", "{item}: {level}";
    ChartLabel => "Diagram radar {framework}. Angka yang sama ada di tabel.",
        "Radar chart of {framework}. The same numbers are in the table.";
    Current => "Saat ini", "Current";
    TableCaption => "{framework}: nilai per aspek", "{framework}: score per aspect";
    Axis => "Aspek", "Aspect";
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
        "{n} damaged {n:session was|sessions were} skipped. The original was set aside and can be downloaded.";
    DownloadStored => "Unduh riwayat tersimpan (JSON)", "Download the stored history (JSON)";
    DownloadQuarantine => "Unduh data yang disisihkan", "Download the set-aside data";
    SavedInLms => "Refleksi Anda disimpan di LMS ini (dan salinannya di browser ini).",
        "Your reflections are saved in this LMS (with a copy in this browser).";
    SavedInBrowser => "Refleksi Anda disimpan di browser ini.", "Your reflections are saved in this browser.";
    SavedInBrowserThisSite => "Refleksi Anda disimpan di browser ini, hanya untuk situs ini.",
        "Your reflections are saved in this browser, for this site only.";
    SavedNowhere => "Refleksi Anda tidak disimpan: ekspor hasil Anda agar tidak hilang.",
        "Your reflections are not saved: export your results to keep them.";
    SavedLms => "Sesi disimpan di LMS ini dan di browser ini.", "Session saved in this LMS and in this browser.";
    LmsLeftOut => "Ruang di LMS tidak cukup untuk seluruh riwayat, jadi LMS menyimpan sesi-sesi terbaru. Hanya tersimpan di browser ini ({n}): {sessions}. Unduh cadangan agar tetap aman.",
        "The LMS has no room for the whole history, so it keeps the newest sessions. Kept only in this browser ({n}): {sessions}. Download a backup to keep them safe.";
    LmsTrimmed => "Sesi ini terlalu panjang untuk ruang di LMS: nilai dan labelnya disimpan di LMS, sedangkan catatan dan refleksinya hanya di browser ini.",
        "This session is too long for the LMS's space: its levels and label are saved in the LMS, its notes and reflection only in this browser.";
    LmsUnreadable => "Data Cermin di LMS ini tidak dapat dibaca. Data itu dibiarkan apa adanya (tidak ditimpa) dan dapat Anda unduh; sesi Anda kini disimpan di browser ini saja.",
        "The Cermin data in this LMS could not be read. It is left as it is (not overwritten) and can be downloaded; your sessions are now saved in this browser only.";
    LmsNewer => "Data di LMS ini dibuat oleh versi Cermin yang lebih baru. Agar tidak tertimpa, Cermin tidak mengubahnya; sesi Anda kini disimpan di browser ini saja.",
        "The data in this LMS was written by a newer version of Cermin. So that nothing is overwritten, Cermin leaves it alone; your sessions are now saved in this browser only.";
    DownloadLmsData => "Unduh data dari LMS", "Download the LMS data";
    DownloadBackup => "Unduh cadangan (JSON)", "Download a backup (JSON)";
    OtherTabChanged => "Riwayat diperbarui dari tab lain.", "History updated from another tab.";
    ErrTooLarge => "Berkas terlalu besar (lebih dari 5 MB).", "The file is too large (over 5 MB).";
    ErrNotJson => "Berkas ini bukan JSON yang valid.", "This file is not valid JSON.";
    ErrTooDeep => "Struktur berkas ini bertingkat terlalu dalam (lebih dari 128 tingkat) sehingga tidak dapat dibaca.",
        "This file is nested too deeply (over 128 levels) to be read.";
    ErrForeign => "Berkas ini bukan cadangan Cermin.", "This file is not a Cermin backup.";
    ErrNewer => "Berkas ini dibuat oleh versi Cermin yang lebih baru dan tidak dapat dibaca oleh versi ini.",
        "This file was made by a newer version of Cermin and cannot be read by this one.";
    FrameworkAdded => "Kerangka \u{201c}{framework}\u{201d} ditambahkan.", "Framework \u{201c}{framework}\u{201d} added.";
    AddFramework => "Tambah berkas kerangka", "Add framework file";
    FwRefused => "Berkas kerangka tidak dimuat: {reason}", "The framework file was not loaded: {reason}";
    FwAt => "kolom {path} {problem}", "field {path} {problem}";
    FwTooLarge => "berkas lebih dari 256 KB", "the file is over 256 KB";
    FwNotJson => "berkas ini bukan JSON yang valid", "the file is not valid JSON";
    FwNotFramework => "berkas ini bukan kerangka Cermin (format harus \"cermin.framework\")",
        "the file is not a Cermin framework (format must be \"cermin.framework\")";
    FwNewer => "memakai versi format {version}, sedangkan Cermin ini hanya membaca sampai versi {max}",
        "uses format version {version}, and this Cermin reads up to version {max}";
    FwMissing => "wajib diisi", "is required";
    FwUnknown => "tidak dikenal dalam format ini", "is not part of the format";
    FwWrongType => "jenis nilainya salah ({detail})", "has the wrong type ({detail})";
    FwEmpty => "tidak boleh kosong", "must not be empty";
    FwTooLong => "terlalu panjang (paling banyak {max} karakter)", "is too long (at most {max} characters)";
    FwTooMany => "terlalu banyak (paling banyak {max})", "has too many entries (at most {max})";
    FwTooFew => "terlalu sedikit (paling sedikit {min})", "has too few entries (at least {min})";
    FwTooManyItems => "melampaui batas {max} butir untuk seluruh kerangka", "goes past the limit of {max} items in the whole framework";
    FwBadId => "hanya boleh berisi huruf kecil, angka, titik, tanda hubung, dan garis bawah (id kerangka diawali huruf, paling banyak 32 karakter)",
        "may hold only lowercase letters, digits, dots, hyphens and underscores (a framework id starts with a letter, at most 32 characters)";
    FwWrongPrefix => "harus diawali \"{prefix}\"", "must start with \"{prefix}\"";
    FwDuplicate => "sudah dipakai di bagian lain berkas ini", "is used twice in this file";
    FwMissingLanguage => "tidak memiliki teks bahasa {language}, padahal nama kerangka memilikinya",
        "has no {language} text, though the framework's name has one";
    FwBadUrl => "harus berupa alamat https:// atau http://", "must be an https:// or http:// address";
    FwControl => "berisi karakter kendali yang tidak terlihat", "holds an invisible control character";
    FwTaken => "sudah dipakai oleh kerangka bawaan Cermin", "is the id of a framework built into Cermin";
    FwFetchFailed => "berkas tidak dapat diambil dari {url}", "the file could not be fetched from {url}";
    ErrBadShape => "Struktur berkas ini rusak.", "This file's structure is damaged.";
    // The entry points to others' feedback (issue 22), which the first screen may show; the
    // rest of its texts are `feedback::texts::F`, which ships only where the feedback screens do.
    FbAsk => "Minta umpan balik", "Ask for feedback";
    FbAdd => "Tambah umpan balik", "Add feedback";
}

impl DecodeError {
    /// What to tell the person, in their language.
    pub fn message(&self) -> T {
        match self {
            DecodeError::TooLarge { .. } => T::ErrTooLarge,
            DecodeError::NotJson => T::ErrNotJson,
            DecodeError::TooDeep => T::ErrTooDeep,
            DecodeError::Foreign => T::ErrForeign,
            DecodeError::NewerVersion { .. } => T::ErrNewer,
            DecodeError::BadShape => T::ErrBadShape,
        }
    }
}

impl FileError {
    /// What to tell the person, in their language: the field (a JSON path) and the reason.
    pub fn message(&self, lang: Lang) -> String {
        let number = |n: &usize| n.to_string();
        let problem = match &self.problem {
            Problem::TooLarge => T::FwTooLarge.get(lang).to_string(),
            Problem::NotJson => T::FwNotJson.get(lang).to_string(),
            Problem::NotFramework => T::FwNotFramework.get(lang).to_string(),
            Problem::NewerFormat(v) => T::FwNewer.fill(
                lang,
                &[
                    ("version", &v.to_string()),
                    ("max", &FORMAT_VERSION.to_string()),
                ],
            ),
            Problem::Missing => T::FwMissing.get(lang).to_string(),
            Problem::Unknown => T::FwUnknown.get(lang).to_string(),
            Problem::WrongType(detail) => T::FwWrongType.fill(lang, &[("detail", detail)]),
            Problem::Empty => T::FwEmpty.get(lang).to_string(),
            Problem::TooLong { max } => T::FwTooLong.fill(lang, &[("max", &number(max))]),
            Problem::TooMany { max } => T::FwTooMany.fill(lang, &[("max", &number(max))]),
            Problem::TooFew { min } => T::FwTooFew.fill(lang, &[("min", &number(min))]),
            Problem::TooManyItems => T::FwTooManyItems.fill(lang, &[("max", &number(&MAX_ITEMS))]),
            Problem::BadId => T::FwBadId.get(lang).to_string(),
            Problem::WrongPrefix { prefix } => T::FwWrongPrefix.fill(lang, &[("prefix", prefix)]),
            Problem::Duplicate => T::FwDuplicate.get(lang).to_string(),
            Problem::MissingLanguage(missing) => {
                let language = match missing {
                    Lang::Id => T::LanguageId,
                    Lang::En => T::LanguageEn,
                };
                T::FwMissingLanguage.fill(lang, &[("language", language.get(lang))])
            }
            Problem::BadUrl => T::FwBadUrl.get(lang).to_string(),
            Problem::Control => T::FwControl.get(lang).to_string(),
            Problem::Taken => T::FwTaken.get(lang).to_string(),
            Problem::FetchFailed(url) => T::FwFetchFailed.fill(lang, &[("url", url)]),
        };
        let reason = match self.path.as_str() {
            "" => problem,
            path => T::FwAt.fill(lang, &[("path", path), ("problem", &problem)]),
        };
        T::FwRefused.fill(lang, &[("reason", &reason)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::placeholders;

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

    /// Every text with a count, filled with 0, 1 and 2 (the other counts 2), in English, where a
    /// noun must agree with its number.
    #[test]
    fn every_english_count_text_reads_right_at_0_1_and_2() {
        let cases: &[(T, &[&str], [&str; 3])] = &[
            (T::ShowMore, &["n"], ["Show 0 more sessions", "Show 1 more session", "Show 2 more sessions"]),
            (T::GrowthLatest, &["n"], [
                "The chart shows the latest 0 sessions; the table has them all.",
                "The chart shows the latest session; the table has them all.",
                "The chart shows the latest 2 sessions; the table has them all.",
            ]),
            (T::RatedCount, &["n", "m"], ["0 of 0 items rated", "1 of 1 item rated", "2 of 2 items rated"]),
            (T::CharsUsed, &["n", "m"], ["0 of 0 characters", "1 of 1 character", "2 of 2 characters"]),
            (T::GrowthLabel, &["n"], [
                "Line chart of growth in F over 0 sessions.",
                "Line chart of growth in F over 1 session.",
                "Line chart of growth in F over 2 sessions.",
            ]),
            (T::ImportSummary, &["added", "updated", "unchanged", "skipped"], [
                "Import done: 0 sessions added, 0 updated, 0 unchanged, 0 skipped.",
                "Import done: 1 session added, 1 updated, 1 unchanged, 1 skipped.",
                "Import done: 2 sessions added, 2 updated, 2 unchanged, 2 skipped.",
            ]),
            (T::LmsLeftOut, &["n", "sessions"], [
                "The LMS has no room for the whole history, so it keeps the newest sessions. Kept only in this browser (0): 0. Download a backup to keep them safe.",
                "The LMS has no room for the whole history, so it keeps the newest sessions. Kept only in this browser (1): 1. Download a backup to keep them safe.",
                "The LMS has no room for the whole history, so it keeps the newest sessions. Kept only in this browser (2): 2. Download a backup to keep them safe.",
            ]),
            (T::SkippedSessions, &["n"], [
                "0 damaged sessions were skipped. The original was set aside and can be downloaded.",
                "1 damaged session was skipped. The original was set aside and can be downloaded.",
                "2 damaged sessions were skipped. The original was set aside and can be downloaded.",
            ]),
        ];
        let counts = ["n", "m", "added", "updated", "unchanged", "skipped"];
        // No count text is left out: every key with a count placeholder is in the table above.
        for key in T::ALL {
            let en = key.get(Lang::En);
            let has_count = counts
                .iter()
                .any(|c| en.contains(&format!("{{{c}}}")) || en.contains(&format!("{{{c}:")));
            let listed = cases.iter().any(|(k, _, _)| k == key);
            assert!(
                !has_count || listed || *key == T::Gap,
                "{key:?} has a count: test it here"
            );
        }
        for (key, names, expected) in cases {
            for (count, want) in ["0", "1", "2"].into_iter().zip(expected) {
                let mut args: Vec<(&str, &str)> = names.iter().map(|&n| (n, count)).collect();
                args.push(("framework", "F"));
                assert_eq!(key.fill(Lang::En, &args), *want, "{key:?} at {count}");
                let id = key.fill(Lang::Id, &args);
                assert!(
                    !id.contains(['{', '}', '|']),
                    "{key:?} in Indonesian at {count}: {id}"
                );
            }
        }
    }

    #[test]
    fn a_refused_framework_file_names_the_field_and_the_reason_in_both_languages() {
        let error = FileError::at("axes[3].items[0].prompt.id", Problem::TooLong { max: 400 });
        assert_eq!(
            error.message(Lang::En),
            "The framework file was not loaded: field axes[3].items[0].prompt.id is too long (at most 400 characters)"
        );
        assert_eq!(
            error.message(Lang::Id),
            "Berkas kerangka tidak dimuat: kolom axes[3].items[0].prompt.id terlalu panjang (paling banyak 400 karakter)"
        );
        let whole = FileError::at("", Problem::NotJson);
        assert_eq!(
            whole.message(Lang::Id),
            "Berkas kerangka tidak dimuat: berkas ini bukan JSON yang valid"
        );
    }

    #[test]
    fn the_unavailable_notice_says_not_saved_in_english() {
        assert!(T::StorageUnavailable.get(Lang::En).contains("not saved"));
    }
}
