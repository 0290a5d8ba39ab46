//! The rating scales: how often (learning agility, widyaiswara) and DigComp proficiency levels.

use crate::core::i18n::Text;
use crate::core::model::frameworks::{Level, Scale};

/// How often a person does what a prompt describes, from 1 (rarely) to 5 (almost always).
pub static FREQUENCY: Scale = Scale {
    question: Text::new(
        "Seberapa sering saya melakukan ini?",
        "How often do I do this?",
    ),
    levels: &[
        Level {
            name: Text::new("Jarang sekali", "Rarely"),
            descriptor: Text::new(
                "Saya hampir tidak pernah melakukannya.",
                "I hardly ever do this.",
            ),
        },
        Level {
            name: Text::new("Kadang-kadang", "Sometimes"),
            descriptor: Text::new(
                "Saya melakukannya sesekali, biasanya bila keadaan menuntut.",
                "I do this now and then, usually when a situation calls for it.",
            ),
        },
        Level {
            name: Text::new("Cukup sering", "Fairly often"),
            descriptor: Text::new(
                "Saya melakukannya pada kira-kira separuh kesempatan yang ada.",
                "I do this in about half of the situations where it fits.",
            ),
        },
        Level {
            name: Text::new("Sering", "Often"),
            descriptor: Text::new(
                "Saya melakukannya pada sebagian besar kesempatan yang ada.",
                "I do this in most situations where it fits.",
            ),
        },
        Level {
            name: Text::new("Hampir selalu", "Almost always"),
            descriptor: Text::new(
                "Hal ini sudah menjadi kebiasaan dalam cara saya bekerja.",
                "This has become a habit in the way I work.",
            ),
        },
    ],
};

/// The eight DigComp 2.1 proficiency levels, paraphrased as "what I can do".
pub static DIGCOMP_PROFICIENCY: Scale = Scale {
    question: Text::new("Sejauh mana saya dapat melakukan ini?", "How well can I do this?"),
    levels: &[
        Level {
            name: Text::new("1 · Dasar", "1 · Foundation"),
            descriptor: Text::new(
                "Dengan bimbingan, saya dapat melakukan tugas sederhana.",
                "With guidance, I can carry out simple tasks.",
            ),
        },
        Level {
            name: Text::new("2 · Dasar", "2 · Foundation"),
            descriptor: Text::new(
                "Saya dapat melakukan tugas sederhana secara mandiri, dengan bimbingan bila perlu.",
                "I can carry out simple tasks on my own, with guidance where needed.",
            ),
        },
        Level {
            name: Text::new("3 · Menengah", "3 · Intermediate"),
            descriptor: Text::new(
                "Secara mandiri, saya dapat melakukan tugas rutin yang jelas dan memecahkan masalah yang lugas.",
                "On my own, I can carry out well-defined routine tasks and solve straightforward problems.",
            ),
        },
        Level {
            name: Text::new("4 · Menengah", "4 · Intermediate"),
            descriptor: Text::new(
                "Secara mandiri dan sesuai kebutuhan, saya dapat melakukan tugas yang jelas, rutin maupun tidak.",
                "Independently and to suit my needs, I can carry out well-defined tasks, routine or not.",
            ),
        },
        Level {
            name: Text::new("5 · Mahir", "5 · Advanced"),
            descriptor: Text::new(
                "Saya dapat menangani beragam tugas dan masalah, serta membimbing orang lain.",
                "I can handle a range of different tasks and problems, and guide others.",
            ),
        },
        Level {
            name: Text::new("6 · Mahir", "6 · Advanced"),
            descriptor: Text::new(
                "Saya dapat memilih tugas yang paling tepat dan menyesuaikan diri dengan orang lain dalam situasi kompleks.",
                "I can choose the most suitable tasks and adapt to others in complex situations.",
            ),
        },
        Level {
            name: Text::new("7 · Sangat terspesialisasi", "7 · Highly specialised"),
            descriptor: Text::new(
                "Saya dapat memecahkan masalah kompleks dengan solusi terbatas, memajukan praktik profesional, dan membimbing orang lain.",
                "I can solve complex problems with few solutions, add to professional practice and guide others.",
            ),
        },
        Level {
            name: Text::new("8 · Sangat terspesialisasi", "8 · Highly specialised"),
            descriptor: Text::new(
                "Saya dapat memecahkan masalah kompleks yang banyak faktornya saling terkait dan mengusulkan gagasan baru di bidangnya.",
                "I can solve complex problems with many interacting factors and propose new ideas to the field.",
            ),
        },
    ],
};
