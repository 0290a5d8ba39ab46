//! Learning agility: W. Warner Burke's nine dimensions, with our own self-reflection prompts.

use super::scales::FREQUENCY;
use crate::core::i18n::Text;
use crate::core::model::frameworks::{Framework, FrameworkId};

pub static FRAMEWORK: Framework = Framework {
    id: FrameworkId::Agility,
    name: Text::new("Kelincahan belajar", "Learning agility"),
    intro: Text::new(
        "Kelincahan belajar adalah kemampuan belajar dengan cepat dari pengalaman baru lalu menerapkannya. Refleksi ini mengikuti sembilan dimensi menurut W. Warner Burke, dengan pernyataan yang kami susun sendiri.",
        "Learning agility is the ability to learn quickly from new experiences and put that learning to use. This reflection follows W. Warner Burke's nine dimensions, with prompts in our own words.",
    ),
    scale: &FREQUENCY,
    axes: &[
        one_item_axis!(
            "agility.flexibility",
            Text::new("Fleksibilitas", "Flexibility"),
            Text::new(
                "Terbuka pada gagasan dan situasi baru serta mampu menemukan solusi baru atas masalah.",
                "Being open to new ideas and situations, and finding new solutions to problems.",
            ),
            Text::new(
                "Ketika cara mengajar yang biasa tidak lagi berhasil, saya mencoba pendekatan lain alih-alih bertahan.",
                "When my usual way of teaching stops working, I try another approach rather than sticking with it.",
            ),
        ),
        one_item_axis!(
            "agility.speed",
            Text::new("Kecepatan", "Speed"),
            Text::new(
                "Cepat mewujudkan gagasan menjadi tindakan sehingga terbuka alternatif-alternatif baru.",
                "Turning ideas into action quickly, so that new alternatives open up.",
            ),
            Text::new(
                "Saya segera menguji gagasan baru, misalnya fitur baru di LMS, tanpa menunggu semuanya sempurna.",
                "I put a new idea into practice soon, such as a new LMS feature, without waiting for everything to be perfect.",
            ),
        ),
        one_item_axis!(
            "agility.experimenting",
            Text::new("Bereksperimen", "Experimenting"),
            Text::new(
                "Mencoba kegiatan, gagasan, dan alternatif baru untuk menemukan cara yang paling efektif.",
                "Trying out new activities, ideas and alternatives to find what works best.",
            ),
            Text::new(
                "Saya mencoba metode atau media pembelajaran baru di kelas, lalu membandingkan hasilnya dengan cara lama.",
                "I try new teaching methods or media in class and compare the results with my old ways.",
            ),
        ),
        one_item_axis!(
            "agility.performance_risk",
            Text::new("Berani mengambil risiko kinerja", "Performance risk taking"),
            Text::new(
                "Berani mengambil tugas baru yang menantang demi peluang belajar, meski hasilnya belum pasti.",
                "Taking on new, challenging tasks for the chance to learn, even when success is not certain.",
            ),
            Text::new(
                "Saya menerima tugas yang belum pernah saya kerjakan, meskipun ada kemungkinan hasilnya kurang baik.",
                "I accept assignments I have never done before, even though I might not do them well.",
            ),
        ),
        one_item_axis!(
            "agility.interpersonal_risk",
            Text::new("Berani mengambil risiko interpersonal", "Interpersonal risk taking"),
            Text::new(
                "Berani berbeda pendapat dan membuka diskusi dengan orang lain demi pembelajaran dan perubahan.",
                "Daring to disagree with others and open a discussion for the sake of learning and change.",
            ),
            Text::new(
                "Saya menyampaikan pendapat yang berbeda dengan santun dalam rapat atau diskusi, termasuk kepada atasan.",
                "I politely voice a different view in meetings or discussions, including with my superiors.",
            ),
        ),
        one_item_axis!(
            "agility.collaborating",
            Text::new("Berkolaborasi", "Collaborating"),
            Text::new(
                "Bekerja sama dengan orang lain untuk menemukan cara baru sehingga terjadi proses belajar.",
                "Working with others to discover new ways of doing things, so that learning happens.",
            ),
            Text::new(
                "Saya mengajak rekan dari bidang atau unit lain untuk bersama-sama merancang materi atau memecahkan masalah.",
                "I invite colleagues from other fields or units to design material or solve problems together.",
            ),
        ),
        one_item_axis!(
            "agility.information_gathering",
            Text::new("Mengumpulkan informasi", "Information gathering"),
            Text::new(
                "Terus memperbarui pengetahuan dengan memakai cara dan sumber informasi yang mutakhir.",
                "Keeping up to date by using current methods and sources of information.",
            ),
            Text::new(
                "Saya mengikuti perkembangan bidang saya melalui jurnal, webinar, atau komunitas daring.",
                "I keep up with developments in my field through journals, webinars or online communities.",
            ),
        ),
        one_item_axis!(
            "agility.feedback_seeking",
            Text::new("Mencari umpan balik", "Feedback seeking"),
            Text::new(
                "Secara aktif meminta tanggapan orang lain tentang gagasan dan kinerja sendiri.",
                "Actively asking others what they think of one's ideas and performance.",
            ),
            Text::new(
                "Saya meminta masukan peserta atau rekan tentang cara saya mengajar, tidak hanya menunggu evaluasi resmi.",
                "I ask participants or colleagues for feedback on my teaching, rather than only waiting for the formal evaluation.",
            ),
        ),
        one_item_axis!(
            "agility.reflecting",
            Text::new("Merefleksi", "Reflecting"),
            Text::new(
                "Menilai kembali kinerja sendiri untuk menemukan cara kerja yang lebih efektif.",
                "Looking back on one's own performance to find more effective ways of working.",
            ),
            Text::new(
                "Setelah mengajar, saya meluangkan waktu untuk menilai apa yang berhasil dan apa yang perlu saya ubah.",
                "After teaching a session, I take time to consider what worked and what I should change.",
            ),
        ),
    ],
};
