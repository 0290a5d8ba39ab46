//! Every user-visible string of others' feedback (issue 22), in Indonesian and English.
//!
//! An enum of its own rather than more keys in `texts::T`, as the cohort page's (`cohort::texts`):
//! the widget matches on every `T`, so each key there ships on its first path; these ship only
//! where the feedback screens are (the lazily loaded part). The two entry points a first screen
//! may show, "Minta umpan balik" and "Tambah umpan balik", are `T::FbAsk` and `T::FbAdd`.

use crate::core::i18n::{Lang, Text};
use crate::core::texts::texts;

texts! { F;
    Heading => "Umpan balik dari orang lain", "Feedback from others";
    SaveFirst => "Simpan sesi ini dulu untuk meminta umpan balik tentangnya.", "Save this session first to ask for feedback on it.";
    MakeRequest => "Buat permintaan", "Make the request";
    Requested => "Permintaan untuk {name}: kirimkan tautan atau berkasnya, atau tunjukkan kode QR-nya.",
        "Request for {name}: send the link or the file, or show the QR code.";
    NameNeeded => "Tuliskan nama yang akan dilihat penilai.", "Write the name raters will see.";
    NameRefused => "Nama ini tidak dapat dipakai, karena {reason}.", "This name cannot be used, as it {reason}.";
    RequestLink => "Tautan permintaan", "Request link";
    ResponseLink => "Tautan jawaban", "Response link";
    OpenRequest => "Buka berkas permintaan", "Open a request file";
    OpenRequestHelp => "Diminta memberi umpan balik lewat berkas? Buka berkasnya di sini untuk menjawab; tautan permintaan cukup dibuka di browser.",
        "Asked for feedback with a file? Open it here to answer; a request link just opens in the browser.";
    PasteLink => "Tautan jawaban yang Anda terima", "A response link you received";
    AddLink => "Tambahkan tautan", "Add the link";
    NotARequest => "Tautan ini bukan permintaan umpan balik yang dapat dijawab.", "This link is not a feedback request that can be answered.";
    Back => "Kembali ke refleksi saya", "Back to my own reflection";
    ChoosePerspective => "Pilih dulu Anda menjawab sebagai siapa.", "First choose whom you answer as.";
    SendRefused => "Belum terkirim, karena {reason}.", "Not sent yet, as it {reason}.";
    ByItem => "Penilaian orang lain per butir", "Others' ratings per item";
    ByAspect => "Penilaian orang lain per aspek", "Others' ratings per aspect";
    SelfVsOthers => "Diri dan orang lain", "Self and others";
    AskIntro => "Orang lain (atasan, rekan kerja, atau peserta) dapat menilai butir-butir kerangka ini tentang Anda. Permintaan hanya memuat nama yang Anda tulis dan kerangkanya, tidak pernah nilai atau catatan Anda.",
        "Others (a supervisor, colleagues or participants) can rate this framework's items about you. The request carries only the name you give and the framework, never your ratings or notes.";
    AskName => "Nama Anda yang dilihat penilai", "Your name as raters will see it";
    CopyLink => "Salin tautan", "Copy link";
    DownloadRequest => "Unduh berkas permintaan", "Download the request file";
    QrLabel => "Kode QR permintaan umpan balik untuk {name}. Pindai untuk membuka tautan yang sama.",
        "QR code of the feedback request for {name}. Scan it to open the same link.";
    NoLink => "Cermin dibuka dari berkas di komputer ini, jadi tidak ada tautan yang dapat dibuka orang lain: kirimkan berkasnya.",
        "Cermin is open from a file on this computer, so there is no link others could open: send the file instead.";
    For => "Umpan balik untuk {name}", "Feedback for {name}";
    UnknownFramework => "Kerangka \u{201c}{framework}\u{201d} tidak tersedia di Cermin ini, jadi permintaan ini tidak dapat dijawab di sini. Mintalah tautan dari halaman Cermin yang memuat kerangka itu.",
        "The framework \u{201c}{framework}\u{201d} is not available in this Cermin, so this request cannot be answered here. Ask for a link to a Cermin page that has it.";
    AnswerAs => "Anda menjawab sebagai", "You answer as";
    Supervisor => "Atasan", "Supervisor";
    Colleague => "Rekan kerja", "Colleague";
    Participant => "Peserta", "Participant";
    Perspectives => "atasan, rekan kerja, peserta", "supervisor, colleagues, participants";
    ObserverFrame => "Pernyataan {name} tentang dirinya sendiri:", "What {name} says about themselves:";
    ObserverScale => "Pilih tingkat yang paling sesuai dengan yang Anda amati pada {name}.",
        "Choose the level that best matches what you have seen of {name}.";
    Comment => "Komentar tentang aspek ini (opsional)", "A comment on this aspect (optional)";
    RaterName => "Nama Anda (opsional): bila diisi, {name} akan melihatnya bersama komentar Anda.",
        "Your name (optional): if you give it, {name} will see it with your comments.";
    RaterAnonymity => "{name} melihat nilai Anda hanya sebagai bagian dari median kelompok Anda: rekan kerja atau peserta setelah paling sedikit 3 menjawab, atasan sejak 1 jawaban. Komentar Anda tampil tanpa nama kecuali Anda menuliskannya. Siapa yang mengirim berkas atau tautan tetap dapat terlihat oleh {name}.",
        "{name} sees your ratings only as part of your group's median: colleagues or participants once at least 3 have answered, a supervisor from 1 answer. Your comments are shown without a name unless you give one. Who sent a file or a link may still be seen by {name}.";
    Send => "Kirim umpan balik", "Send feedback";
    SendIntro => "Kirimkan berkas ini, atau tautannya, kepada {name}. Jawaban Anda tidak disimpan di riwayat Anda sendiri.",
        "Send this file, or its link, to {name}. Your answer is not kept in your own history.";
    DownloadResponse => "Unduh berkas jawaban", "Download the response file";
    AddIntro => "Pilih berkas jawaban (boleh banyak sekaligus) atau berkas .zip berisi jawaban.",
        "Choose response files (many at once is fine) or a .zip of them.";
    Others => "Orang lain", "Others";
    OwnRating => "Diri sendiri", "Self";
    Median => "Median", "Median";
    Range => "Rentang", "Range";
    Count => "Jumlah jawaban", "Answers";
    AnsweredCount => "{n} jawaban", "{n} {n:answer|answers}";
    WaitingSupervisor => "Atasan belum menjawab.", "The supervisor has not answered yet.";
    WaitingColleagues => "{n} dari {m} rekan kerja sudah menjawab; angkanya ditampilkan mulai {m} jawaban.",
        "{n} of {m} {m:colleague|colleagues} {n:has|have} answered; figures are shown from {m} {m:answer|answers}.";
    WaitingParticipants => "{n} dari {m} peserta sudah menjawab; angkanya ditampilkan mulai {m} jawaban.",
        "{n} of {m} {m:participant|participants} {n:has|have} answered; figures are shown from {m} {m:answer|answers}.";
    BlindSpot => "Titik buta", "Blind spot";
    BlindSpotHelp => "penilaian diri paling sedikit 1 tingkat di atas penilaian orang lain",
        "your own rating at least 1 level above others'";
    HiddenStrength => "Kekuatan tersembunyi", "Hidden strength";
    HiddenStrengthHelp => "penilaian diri paling sedikit 1 tingkat di bawah penilaian orang lain",
        "your own rating at least 1 level below others'";
    Comments => "Komentar", "Comments";
    Anonymity => "Yang anonim dan yang tidak: Cermin tidak pernah menampilkan siapa memberi jawaban yang mana. Penilaian rekan kerja dan peserta baru ditampilkan setelah paling sedikit 3 orang dari kelompok itu menjawab, dan hanya sebagai median dan rentang; komentar tampil tanpa nama, kecuali penilai menuliskan namanya. Penilaian atasan ditampilkan sejak 1 jawaban, jadi dapat dikenali sebagai penilaian atasan. Cara jawaban dikumpulkan (misalnya siapa mengirim berkas atau tautan kepada Anda, dan kapan) tetap dapat mengungkap siapa penilainya.",
        "What is anonymous and what is not: Cermin never shows who gave which answer. Colleagues' and participants' ratings are shown only once at least 3 of that group have answered, and only as a median and a range; comments are shown without names unless the rater gave one. A supervisor's ratings are shown from 1 answer, so they can be recognised as the supervisor's. How the answers were collected (for example who sent you a file or a link, and when) may still tell who gave them.";
    Kept => "Umpan balik disimpan bersama sesi ini di browser ini dan ikut dalam cadangan; tidak ikut saat Anda berbagi ke pelatih.",
        "Feedback is kept with this session in this browser and goes into backups; it is not included when you share with a trainer.";
    KeptLms => "Di dalam LMS ini, umpan balik disimpan di browser ini saja, tidak di LMS: unduh cadangan agar tetap aman.",
        "In this LMS, feedback is kept in this browser only, not in the LMS: download a backup to keep it safe.";
    AddedSummary => "{added} jawaban ditambahkan, {refused} ditolak.", "{added} {added:answer|answers} added, {refused} refused.";
    RefusedFile => "{file}: tidak ditambahkan, karena {reason}.", "{file}: not added, as it {reason}.";
    OtherVersion => "{file}: dijawab dengan versi {version} kerangka ini; {n} penilaian butir yang tidak ada di versi ini disimpan menurut id butirnya.",
        "{file}: answered with version {version} of this framework; {n} {n:rating|ratings} of items this version does not have {n:is|are} kept by item id.";
    ReplacedCopy => "{file}: menggantikan salinan sebelumnya dari jawaban yang sama.", "{file}: replaces an earlier copy of the same answer.";
    Unread => "{n} jawaban tersimpan tidak dapat dibaca sehingga tidak dihitung; jawaban itu tetap disimpan.",
        "{n} kept {n:answer|answers} could not be read and {n:is|are} not counted; {n:it is|they are} still kept.";
    Link => "tautan", "link";
    RequestRefused => "Permintaan umpan balik ini tidak dapat dibuka, karena {reason}.", "This feedback request cannot be opened, as it {reason}.";
    ErrTooLarge => "terlalu besar", "is too large";
    ErrUnreadable => "tidak dapat dibaca (bukan JSON, atau tautannya terpotong)", "cannot be read (it is not JSON, or the link was cut)";
    ErrNotFeedback => "bukan berkas atau tautan umpan balik Cermin yang diharapkan di sini", "is not the Cermin feedback file or link expected here";
    ErrNewer => "dibuat oleh versi Cermin yang lebih baru", "was made by a newer version of Cermin";
    ErrMalformed => "isinya rusak atau tidak lengkap", "is damaged or incomplete";
    ErrBadValue => "memuat id, waktu, atau tingkat yang tidak mungkin", "holds an id, a time or a level that cannot be";
    ErrTooLong => "memuat teks yang terlalu panjang", "holds a text that is too long";
    ErrControl => "memuat karakter kendali yang tidak terlihat", "holds an invisible control character";
    ErrEmpty => "tidak memuat penilaian atau komentar apa pun", "holds no rating and no comment";
    ErrOtherRequest => "menjawab permintaan lain, bukan permintaan dari sesi ini", "answers another request, not one made from this session";
    ErrOtherFramework => "menjawab tentang kerangka lain", "answers about another framework";
    ErrOutOfScale => "memuat tingkat {level} untuk {item}, di luar skala kerangka ini", "gives level {level} for {item}, outside this framework's scale";
    ErrDuplicate => "jawaban ini sudah ditambahkan", "is an answer added already";
    ErrArchive => "arsip di dalam arsip tidak dibuka", "is an archive inside an archive, which is not opened";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::placeholders;

    #[test]
    fn every_feedback_text_exists_in_both_languages_with_the_same_placeholders() {
        for key in F::ALL {
            for lang in Lang::ALL {
                assert!(!key.get(lang).trim().is_empty(), "{key:?} in {lang:?}");
            }
            let t = key.text();
            assert_eq!(placeholders(t.id), placeholders(t.en), "{key:?}");
        }
    }

    /// Every text with a count, filled with 0, 1 and 2, in English, where a noun and a verb must
    /// agree with their number; in Indonesian nothing is left unfilled.
    #[test]
    fn every_english_count_text_reads_right_at_0_1_and_2() {
        let cases: &[(F, &[&str], [&str; 3])] = &[
            (F::AnsweredCount, &["n"], ["0 answers", "1 answer", "2 answers"]),
            (F::WaitingColleagues, &["n", "m"], [
                "0 of 0 colleagues have answered; figures are shown from 0 answers.",
                "1 of 1 colleague has answered; figures are shown from 1 answer.",
                "2 of 2 colleagues have answered; figures are shown from 2 answers.",
            ]),
            (F::WaitingParticipants, &["n", "m"], [
                "0 of 0 participants have answered; figures are shown from 0 answers.",
                "1 of 1 participant has answered; figures are shown from 1 answer.",
                "2 of 2 participants have answered; figures are shown from 2 answers.",
            ]),
            (F::AddedSummary, &["added", "refused"], [
                "0 answers added, 0 refused.",
                "1 answer added, 1 refused.",
                "2 answers added, 2 refused.",
            ]),
            (F::OtherVersion, &["file", "version", "n"], [
                "0: answered with version 0 of this framework; 0 ratings of items this version does not have are kept by item id.",
                "1: answered with version 1 of this framework; 1 rating of items this version does not have is kept by item id.",
                "2: answered with version 2 of this framework; 2 ratings of items this version does not have are kept by item id.",
            ]),
            (F::Unread, &["n"], [
                "0 kept answers could not be read and are not counted; they are still kept.",
                "1 kept answer could not be read and is not counted; it is still kept.",
                "2 kept answers could not be read and are not counted; they are still kept.",
            ]),
        ];
        for key in F::ALL {
            let en = key.get(Lang::En);
            let has_count = ["{n}", "{n:", "{m}", "{added}", "{added:"]
                .iter()
                .any(|c| en.contains(c));
            assert!(
                !has_count || cases.iter().any(|(k, _, _)| k == key),
                "{key:?} has a count: test it here"
            );
        }
        for (key, names, expected) in cases {
            for (count, want) in ["0", "1", "2"].into_iter().zip(expected) {
                let args: Vec<(&str, &str)> = names.iter().map(|&n| (n, count)).collect();
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
