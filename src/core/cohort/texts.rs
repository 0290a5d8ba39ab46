//! Every user-visible string of the cohort page (the trainer's view), in Indonesian and English.
//!
//! An enum of its own rather than more keys in `texts::T`: the learner's widget matches on every
//! `T`, so each key there ships in its wasm; these strings ship only in the cohort page's.

use crate::core::cohort::intake::Refused;
use crate::core::cohort::Wave;
use crate::core::i18n::{Lang, Text};
use crate::core::texts::texts;

texts! { C;
    Title => "Cermin untuk pengajar: refleksi satu kelas", "Cermin for trainers: a class's reflections";
    PageTitle => "Cermin: halaman pengajar", "Cermin: trainer's page";
    Intro => "Gabungkan berkas yang diserahkan peserta untuk melihat kelompoknya: sebaran penilaian diri, kebutuhan pelatihan, serta perubahan sebelum dan sesudah pelatihan.",
        "Combine the files participants hand in to see the group: the spread of their self-ratings, the training needs, and the change from before to after the training.";
    Privacy => "Berkas peserta hanya dibaca di halaman ini: tidak ada yang dikirim ke mana pun. Tidak ada yang disimpan, kecuali Anda memilih \u{201c}Simpan kelas ini di browser ini\u{201d}.",
        "Participants' files are read on this page only: nothing is sent anywhere. Nothing is stored unless you choose \u{201c}Keep this class in this browser\u{201d}.";
    Keep => "Simpan kelas ini di browser ini", "Keep this class in this browser";
    Kept => "Kelas ini disimpan di browser ini.", "The class is kept in this browser.";
    NotKept => "Kelas ini tidak lagi disimpan di browser ini.", "The class is no longer kept in this browser.";
    KeepFailed => "Kelas ini tidak dapat disimpan di browser ini (penyimpanan diblokir atau penuh). Data di halaman tetap ada.",
        "The class could not be kept in this browser (storage blocked or full). What is on the page stays.";
    Restored => "Kelas yang disimpan di browser ini dibuka kembali.", "The class kept in this browser was opened again.";
    Files => "Berkas peserta", "Participants' files";
    FilesHelp => "Tambahkan berkas \u{201c}Bagikan kepada pengajar\u{201d} atau cadangan JSON dari peserta, boleh banyak sekaligus, atau satu berkas .zip berisi berkas-berkas itu (misalnya \u{201c}Unduh semua kiriman\u{201d} dari Moodle).",
        "Add participants' \u{201c}Share with trainer\u{201d} files or JSON backups, many at once, or one .zip of them (for example Moodle's \u{201c}Download all submissions\u{201d}).";
    AddFiles => "Tambah berkas", "Add files";
    DropHere => "Atau letakkan berkas di sini.", "Or drop files here.";
    Reading => "Membaca berkas\u{2026}", "Reading files\u{2026}";
    ClearCohort => "Kosongkan kelas", "Clear the class";
    Loaded => "{files} berkas dibaca: {people} peserta, {refused} berkas ditolak, {merged} salinan sesi yang sama digabung.",
        "{files} {files:file|files} read: {people} {people:participant|participants}, {refused} {refused:file|files} refused, {merged} {merged:copy|copies} of the same session merged.";
    Empty => "Belum ada berkas. Tambahkan berkas peserta untuk melihat kelompoknya.", "No files yet. Add participants' files to see the group.";
    RefusedHeading => "Berkas yang ditolak", "Refused files";
    ReasonNotCermin => "bukan berkas Cermin", "not a Cermin file";
    ReasonNewer => "dibuat oleh versi Cermin yang lebih baru", "made by a newer version of Cermin";
    ReasonTooLarge => "terlalu besar", "too big";
    ReasonDamaged => "rusak", "damaged";
    ReasonEmpty => "tidak berisi sesi", "holds no session";
    FileN => "Berkas {n}", "File {n}";
    Waves => "Sebelum dan sesudah", "Before and after";
    OneGroup => "Satu kelompok", "One group";
    ByFile => "Tandai tiap berkas", "Mark each file";
    ByDate => "Pisahkan menurut tanggal", "Split by date";
    SplitDate => "Sesi sejak tanggal ini masuk gelombang Sesudah", "Sessions from this date on are After";
    Before => "Sebelum", "Before";
    After => "Sesudah", "After";
    HideNames => "Sembunyikan nama (P01, P02, \u{2026})", "Hide names (P01, P02, \u{2026})";
    GroupRadar => "Radar kelompok", "Group radar";
    ChartLabel => "Diagram radar kelompok {framework}. Angka yang sama ada di tabel.",
        "Group radar chart of {framework}. The same numbers are in the table.";
    Median => "Median", "Median";
    MedianOf => "Median {wave}", "Median {wave}";
    Band => "Separuh tengah (persentil 25–75)", "Middle half (25th–75th percentile)";
    Min => "Minimum", "Minimum";
    Max => "Maksimum", "Maximum";
    AxisTable => "{framework}: sebaran nilai per aspek", "{framework}: spread of scores per aspect";
    Axis => "Aspek", "Aspect";
    People => "Jumlah peserta", "Participants";
    Q1 => "Kuartil 1", "Quartile 1";
    Q3 => "Kuartil 3", "Quartile 3";
    QuartileNote => "Kuartil dihitung dengan interpolasi linear (tipe 7, seperti QUARTILE.INC di lembar kerja).",
        "Quartiles use linear interpolation (type 7, as QUARTILE.INC in spreadsheets).";
    PerItem => "Per butir", "Per item";
    ItemTable => "{framework}: jumlah peserta per tingkat, median, dan rentang antarkuartil", "{framework}: participants per level, median and interquartile range";
    Item => "Butir", "Item";
    Rated => "Dinilai", "Rated";
    LevelN => "Tingkat {n}", "Level {n}";
    Iqr => "Rentang antarkuartil", "Interquartile range";
    Up => "Naik", "Up";
    Same => "Tetap", "Same";
    Down => "Turun", "Down";
    Needs => "Kebutuhan pelatihan", "Training needs";
    NeedsHelp => "Dari gelombang terakhir. Tiap daftar memuat paling banyak lima butir.", "From the latest wave. Each list holds at most five items.";
    LowestMedians => "Median terendah", "Lowest medians";
    LargestGaps => "Selisih terbesar dengan target peserta sendiri", "Largest gaps to the participants' own targets";
    WidestSpread => "Sebaran terlebar", "Widest spread";
    MedianIs => "median {m}", "median {m}";
    GapIs => "rata-rata selisih {g} ({n} peserta)", "mean gap {g} ({n} {n:participant|participants})";
    IqrIs => "rentang antarkuartil {q}", "interquartile range {q}";
    NoNeeds => "Belum ada data.", "No data yet.";
    Participants => "Peserta", "Participants";
    Participant => "Peserta", "Participant";
    PeopleTable => "Peserta: tanggal sesi yang dihitung dan butir yang dinilai", "Participants: dates of the sessions counted and items rated";
    SessionDate => "Tanggal sesi {wave}", "Session date {wave}";
    Completeness => "Butir dinilai", "Items rated";
    OfTotal => "{n} dari {m}", "{n} of {m}";
    Superseded => "{n} sesi lama tidak dihitung", "{n} older {n:session|sessions} not counted";
    Exports => "Ekspor", "Exports";
    ExportPng => "Radar sebagai PNG", "Radar as PNG";
    ExportSvg => "Radar sebagai SVG", "Radar as SVG";
    CsvSummary => "CSV ringkasan", "CSV summary";
    CsvRows => "CSV per peserta dan butir", "CSV per participant and item";
    Workbook => "Buku kerja Excel (.xlsx)", "Excel workbook (.xlsx)";
    SheetSummary => "Ringkasan", "Summary";
    SheetRows => "Per peserta dan butir", "Per participant and item";
    WorkbookFailed => "Buku kerja Excel tidak dapat dibuat (satu lembar Excel memuat paling banyak 1.048.575 baris). Tabel CSV memuat data yang sama.",
        "The Excel workbook could not be made (one Excel sheet holds at most 1,048,575 rows). The CSV tables hold the same data.";
    Print => "Cetak laporan", "Print report";
    ReportTitle => "Laporan kelas Cermin", "Cermin class report";
    ToWidget => "Kembali ke Cermin", "Back to Cermin";
    Language => "Bahasa", "Language";
    Frameworks => "Kerangka refleksi", "Frameworks";
    FrameworkNotes => "Kerangka dari berkas peserta", "Frameworks from participants' files";
    FrameworkVersions => "{versions} versi kerangka \u{201c}{framework}\u{201d} diserahkan. Yang ditampilkan: versi {version}, yang paling akhir ditambahkan peserta; penilaian butir yang tidak ada di versi ini tidak dihitung.",
        "{versions} {versions:version|versions} of the framework \u{201c}{framework}\u{201d} {versions:was|were} handed in. Shown: version {version}, the one a participant added last; ratings of items this version lacks are not counted.";
    FrameworkUnread => "{file}: {reason} (penilaian lain di berkas ini tetap dihitung)",
        "{file}: {reason} (the file's other ratings still count)";
    SelfRatings => "Angka ini berasal dari penilaian diri peserta, bukan hasil uji kompetensi.",
        "These figures are participants' self-ratings, not assessed competence.";
    AboutFramework => "Tentang kerangka {framework}", "About the {framework} framework";
    FrameworkVersion => "Versi Cermin untuk kerangka {framework}: {version}.", "Cermin's version of the {framework} framework: {version}.";
    Sources => "Sumber", "Sources";
}

impl Refused {
    /// Why the file was refused, in the trainer's language.
    pub fn reason(self) -> C {
        match self {
            Refused::NotCermin => C::ReasonNotCermin,
            Refused::Newer => C::ReasonNewer,
            Refused::TooLarge => C::ReasonTooLarge,
            Refused::Damaged => C::ReasonDamaged,
            Refused::Empty => C::ReasonEmpty,
        }
    }
}

impl Wave {
    pub fn name(self) -> C {
        match self {
            Wave::Before => C::Before,
            Wave::After => C::After,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::placeholders;

    #[test]
    fn every_cohort_text_exists_in_both_languages_with_the_same_placeholders() {
        for key in C::ALL {
            for lang in Lang::ALL {
                assert!(!key.get(lang).trim().is_empty(), "{key:?} in {lang:?}");
            }
            let t = key.text();
            assert_eq!(placeholders(t.id), placeholders(t.en), "{key:?}");
        }
    }

    /// Every text with a count, filled with 0, 1 and 2 (the other counts 2), in English, where a
    /// noun must agree with its number (as `texts::tests` does for the widget).
    #[test]
    fn every_english_count_text_reads_right_at_0_1_and_2() {
        let cases: &[(C, &[&str], [&str; 3])] = &[
            (C::Loaded, &["files", "people", "refused", "merged"], [
                "0 files read: 0 participants, 0 files refused, 0 copies of the same session merged.",
                "1 file read: 1 participant, 1 file refused, 1 copy of the same session merged.",
                "2 files read: 2 participants, 2 files refused, 2 copies of the same session merged.",
            ]),
            (C::Superseded, &["n"], ["0 older sessions not counted", "1 older session not counted", "2 older sessions not counted"]),
            (C::GapIs, &["n"], ["mean gap G (0 participants)", "mean gap G (1 participant)", "mean gap G (2 participants)"]),
            (C::FrameworkVersions, &["versions"], [
                "0 versions of the framework \u{201c}F\u{201d} were handed in. Shown: version V, the one a participant added last; ratings of items this version lacks are not counted.",
                "1 version of the framework \u{201c}F\u{201d} was handed in. Shown: version V, the one a participant added last; ratings of items this version lacks are not counted.",
                "2 versions of the framework \u{201c}F\u{201d} were handed in. Shown: version V, the one a participant added last; ratings of items this version lacks are not counted.",
            ]),
        ];
        let counts = ["n", "files", "people", "refused", "merged", "versions"];
        // Texts whose number is not a count of a noun: a level, a file's place, "n of m".
        let not_counts = [C::LevelN, C::FileN, C::OfTotal];
        // No count text is left out: every key with a count placeholder is in the table above.
        for key in C::ALL {
            let en = key.get(Lang::En);
            let has_count = counts
                .iter()
                .any(|c| en.contains(&format!("{{{c}}}")) || en.contains(&format!("{{{c}:")));
            let listed = cases.iter().any(|(k, _, _)| k == key);
            assert!(
                !has_count || listed || not_counts.contains(key),
                "{key:?} has a count: test it here"
            );
        }
        for (key, names, expected) in cases {
            for (count, want) in ["0", "1", "2"].into_iter().zip(expected) {
                let mut args: Vec<(&str, &str)> = names.iter().map(|&n| (n, count)).collect();
                args.extend([("framework", "F"), ("version", "V"), ("g", "G")]);
                assert_eq!(key.fill(Lang::En, &args), *want, "{key:?} at {count}");
                let id = key.fill(Lang::Id, &args);
                assert!(
                    !id.contains(['{', '}', '|']),
                    "{key:?} in Indonesian at {count}: {id}"
                );
            }
        }
    }
}
