//! The four standard competences of a widyaiswara (Perkalan No. 5/2008), with our own prompts.

use super::scales::FREQUENCY;
use crate::core::i18n::Text;
use crate::core::model::frameworks::{Framework, FrameworkId};

pub static FRAMEWORK: Framework = Framework {
    id: FrameworkId::Widyaiswara,
    name: Text::new("Kompetensi widyaiswara", "Widyaiswara competence"),
    intro: Text::new(
        "Peraturan Kepala LAN (Perkalan) No. 5 Tahun 2008 menetapkan empat standar kompetensi widyaiswara. Di era digital, keempatnya perlu disesuaikan dengan cara belajar yang baru.",
        "LAN Head Regulation (Perkalan) No. 5/2008 sets four standard competences for a widyaiswara. In the digital era, each needs adapting to new ways of learning.",
    ),
    scale: &FREQUENCY,
    axes: &[
        one_item_axis!(
            "widyaiswara.learning_management",
            Text::new("Pengelolaan pembelajaran", "Learning management"),
            Text::new(
                "Merencanakan, menyiapkan, melaksanakan, dan menilai pembelajaran dari awal hingga akhir.",
                "Planning, preparing, delivering and evaluating learning from start to finish.",
            ),
            Text::new(
                "Saya merancang tujuan, metode, dan evaluasi setiap sesi, termasuk untuk kelas daring.",
                "I plan the objectives, methods and assessment of each session, including online classes.",
            ),
        ),
        one_item_axis!(
            "widyaiswara.personality",
            Text::new("Kepribadian", "Personality"),
            Text::new(
                "Perilaku dalam menjalankan tugas jabatan yang tampak oleh peserta dan layak menjadi teladan.",
                "Conduct in carrying out one's duties that participants can see and that sets an example.",
            ),
            Text::new(
                "Saya menjaga sikap, ucapan, dan unggahan saya, di kelas maupun di media sosial, agar menjadi teladan bagi peserta.",
                "I mind my conduct, words and posts, in class and on social media, so that I set an example for participants.",
            ),
        ),
        one_item_axis!(
            "widyaiswara.social",
            Text::new("Sosial", "Social"),
            Text::new(
                "Membangun dan memelihara hubungan yang baik dengan lingkungan kerja.",
                "Building and keeping good relationships with the people one works with.",
            ),
            Text::new(
                "Saya menjalin hubungan baik dengan peserta, rekan, penyelenggara, dan mitra, baik tatap muka maupun daring.",
                "I build good relationships with participants, colleagues, organisers and partners, face to face and online.",
            ),
        ),
        one_item_axis!(
            "widyaiswara.substantive",
            Text::new("Substantif", "Substantive"),
            Text::new(
                "Penguasaan keilmuan dan keterampilan pada mata pelatihan yang diajarkan.",
                "Command of the knowledge and skills of the subjects one teaches.",
            ),
            Text::new(
                "Saya memperbarui penguasaan materi yang saya ajarkan sesuai perkembangan ilmu, regulasi, dan praktik terbaru.",
                "I keep my command of the subjects I teach up to date with new knowledge, regulations and practice.",
            ),
        ),
    ],
};
