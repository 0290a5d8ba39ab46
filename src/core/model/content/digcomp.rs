//! Digital competence: the EU DigComp 2.1 areas and competences, with prompts for a widyaiswara.

use super::scales::DIGCOMP_PROFICIENCY;
use crate::core::i18n::Text;
use crate::core::model::frameworks::{Axis, Framework, FrameworkId, Item};

pub static FRAMEWORK: Framework = Framework {
    id: FrameworkId::DigComp,
    name: Text::new("Kompetensi digital", "Digital competence"),
    intro: Text::new(
        "DigComp adalah kerangka kompetensi digital Uni Eropa yang terdiri atas lima area dan 21 kompetensi. Nilailah apa yang sudah dapat Anda lakukan pada setiap kompetensi.",
        "DigComp is the EU's digital competence framework, with five areas and 21 competences. Rate what you can already do in each competence.",
    ),
    scale: &DIGCOMP_PROFICIENCY,
    axes: &[
        Axis {
            id: "digcomp.1",
            name: Text::new("Literasi informasi dan data", "Information and data literacy"),
            description: Text::new(
                "Menemukan, menilai, dan mengelola data, informasi, serta konten digital.",
                "Finding, judging and managing data, information and digital content.",
            ),
            items: &[
                Item {
                    id: "digcomp.1.1",
                    code: "1.1",
                    name: Text::new(
                        "Menjelajah, mencari, dan menyaring data, informasi, dan konten digital",
                        "Browsing, searching and filtering data, information and digital content",
                    ),
                    description: Text::new(
                        "Mengetahui informasi yang dibutuhkan, menemukannya di lingkungan digital, dan mempertajam cara mencari.",
                        "Knowing what information is needed, finding it in digital environments and refining how to search.",
                    ),
                    prompt: Text::new(
                        "Saya dapat menemukan jurnal, data statistik, dan regulasi yang relevan secara daring untuk menyusun bahan ajar.",
                        "I can find relevant journals, statistics and regulations online to prepare teaching material.",
                    ),
                },
                Item {
                    id: "digcomp.1.2",
                    code: "1.2",
                    name: Text::new(
                        "Mengevaluasi data, informasi, dan konten digital",
                        "Evaluating data, information and digital content",
                    ),
                    description: Text::new(
                        "Menilai kredibilitas dan keandalan sumber serta isi data, informasi, dan konten digital.",
                        "Judging how credible and reliable sources and their data, information and content are.",
                    ),
                    prompt: Text::new(
                        "Saya dapat membedakan sumber tepercaya dari hoaks sebelum memakainya dalam materi pelatihan.",
                        "I can tell trustworthy sources from hoaxes before using them in training material.",
                    ),
                },
                Item {
                    id: "digcomp.1.3",
                    code: "1.3",
                    name: Text::new(
                        "Mengelola data, informasi, dan konten digital",
                        "Managing data, information and digital content",
                    ),
                    description: Text::new(
                        "Menyimpan, menata, dan mengambil kembali data, informasi, dan konten secara terstruktur.",
                        "Storing, organising and retrieving data, information and content in a structured way.",
                    ),
                    prompt: Text::new(
                        "Saya dapat menata bahan ajar, data, dan referensi di folder atau penyimpanan awan agar mudah ditemukan kembali.",
                        "I can organise my teaching files, data and references in folders or cloud storage so I can find them again.",
                    ),
                },
            ],
        },
        Axis {
            id: "digcomp.2",
            name: Text::new("Komunikasi dan kolaborasi", "Communication and collaboration"),
            description: Text::new(
                "Berinteraksi, berbagi, dan bekerja sama melalui teknologi digital sambil menjaga etika dan identitas digital.",
                "Interacting, sharing and working together through digital technologies while minding etiquette and identity.",
            ),
            items: &[
                Item {
                    id: "digcomp.2.1",
                    code: "2.1",
                    name: Text::new(
                        "Berinteraksi melalui teknologi digital",
                        "Interacting through digital technologies",
                    ),
                    description: Text::new(
                        "Berkomunikasi dengan beragam teknologi digital dan memilih sarana yang sesuai dengan situasinya.",
                        "Communicating through various digital technologies and choosing the right means for the context.",
                    ),
                    prompt: Text::new(
                        "Saya dapat memfasilitasi kelas daring melalui konferensi video dan aplikasi pesan dengan lancar.",
                        "I can run an online class smoothly through video conferencing and messaging apps.",
                    ),
                },
                Item {
                    id: "digcomp.2.2",
                    code: "2.2",
                    name: Text::new(
                        "Berbagi melalui teknologi digital",
                        "Sharing through digital technologies",
                    ),
                    description: Text::new(
                        "Membagikan data, informasi, dan konten digital kepada orang lain serta mencantumkan sumbernya.",
                        "Sharing data, information and digital content with others and acknowledging their sources.",
                    ),
                    prompt: Text::new(
                        "Saya dapat membagikan bahan ajar kepada peserta melalui LMS atau tautan penyimpanan daring dengan hak akses yang tepat.",
                        "I can share material with participants through the LMS or online storage links, with the right access settings.",
                    ),
                },
                Item {
                    id: "digcomp.2.3",
                    code: "2.3",
                    name: Text::new(
                        "Berperan aktif sebagai warga melalui teknologi digital",
                        "Engaging in citizenship through digital technologies",
                    ),
                    description: Text::new(
                        "Memanfaatkan layanan digital publik dan swasta untuk berperan aktif dalam masyarakat.",
                        "Using public and private digital services to take an active part in society.",
                    ),
                    prompt: Text::new(
                        "Saya dapat memakai layanan digital pemerintah dan media sosial untuk melayani serta mengedukasi masyarakat.",
                        "I can use government digital services and social media to serve and educate the public.",
                    ),
                },
                Item {
                    id: "digcomp.2.4",
                    code: "2.4",
                    name: Text::new(
                        "Berkolaborasi melalui teknologi digital",
                        "Collaborating through digital technologies",
                    ),
                    description: Text::new(
                        "Memakai alat digital untuk bekerja sama serta menyusun pengetahuan dan sumber daya bersama.",
                        "Using digital tools to work together and to build knowledge and resources jointly.",
                    ),
                    prompt: Text::new(
                        "Saya dapat menyusun modul bersama rekan melalui dokumen daring yang disunting bersama.",
                        "I can write a module together with colleagues in a shared online document.",
                    ),
                },
                Item {
                    id: "digcomp.2.5",
                    code: "2.5",
                    name: Text::new("Etiket berinternet (netiket)", "Netiquette"),
                    description: Text::new(
                        "Mengetahui norma perilaku dalam interaksi digital dan menyesuaikannya dengan audiens yang beragam.",
                        "Knowing the norms of behaviour in digital interaction and adapting them to diverse audiences.",
                    ),
                    prompt: Text::new(
                        "Saya dapat menjaga etika sebagai ASN saat berkomunikasi di grup percakapan, forum, dan media sosial.",
                        "I can keep to civil-service ethics when communicating in chat groups, forums and social media.",
                    ),
                },
                Item {
                    id: "digcomp.2.6",
                    code: "2.6",
                    name: Text::new("Mengelola identitas digital", "Managing digital identity"),
                    description: Text::new(
                        "Membangun dan mengelola satu atau beberapa identitas digital serta menjaga reputasi daring.",
                        "Creating and managing one or more digital identities and protecting one's online reputation.",
                    ),
                    prompt: Text::new(
                        "Saya dapat mengelola akun dan kata sandi serta menjaga citra profesional saya di internet.",
                        "I can manage my accounts and passwords and keep a professional image online.",
                    ),
                },
            ],
        },
        Axis {
            id: "digcomp.3",
            name: Text::new("Pembuatan konten digital", "Digital content creation"),
            description: Text::new(
                "Membuat dan mengolah konten digital, menghormati hak cipta, dan memberi instruksi kepada komputer.",
                "Creating and editing digital content, respecting copyright, and giving instructions to computers.",
            ),
            items: &[
                Item {
                    id: "digcomp.3.1",
                    code: "3.1",
                    name: Text::new("Mengembangkan konten digital", "Developing digital content"),
                    description: Text::new(
                        "Membuat dan menyunting konten digital dalam berbagai format untuk mengungkapkan gagasan.",
                        "Creating and editing digital content in various formats to express ideas.",
                    ),
                    prompt: Text::new(
                        "Saya dapat membuat bahan tayang, video, atau infografis pembelajaran yang menarik.",
                        "I can create engaging slides, videos or infographics for learning.",
                    ),
                },
                Item {
                    id: "digcomp.3.2",
                    code: "3.2",
                    name: Text::new(
                        "Mengintegrasikan dan mengolah kembali konten digital",
                        "Integrating and re-elaborating digital content",
                    ),
                    description: Text::new(
                        "Mengubah, memperbaiki, dan memadukan konten yang ada menjadi konten baru yang relevan.",
                        "Modifying, improving and combining existing content into new, relevant content.",
                    ),
                    prompt: Text::new(
                        "Saya dapat memperbarui materi lama dan memadukannya dengan sumber baru menjadi bahan ajar yang utuh.",
                        "I can update old material and combine it with new sources into coherent teaching content.",
                    ),
                },
                Item {
                    id: "digcomp.3.3",
                    code: "3.3",
                    name: Text::new("Hak cipta dan lisensi", "Copyright and licences"),
                    description: Text::new(
                        "Memahami bagaimana hak cipta dan lisensi berlaku pada data, informasi, dan konten digital.",
                        "Understanding how copyright and licences apply to data, information and digital content.",
                    ),
                    prompt: Text::new(
                        "Saya dapat memilih gambar, musik, atau video yang boleh dipakai ulang serta mencantumkan sumber dan lisensinya.",
                        "I can choose images, music or video that may be reused and credit their source and licence.",
                    ),
                },
                Item {
                    id: "digcomp.3.4",
                    code: "3.4",
                    name: Text::new("Pemrograman", "Programming"),
                    description: Text::new(
                        "Menyusun instruksi yang dapat dijalankan komputer untuk menyelesaikan masalah atau tugas tertentu.",
                        "Writing instructions a computer can follow to solve a problem or perform a task.",
                    ),
                    prompt: Text::new(
                        "Saya dapat mengotomatiskan pekerjaan rutin, misalnya dengan rumus lembar kerja, makro, atau skrip sederhana.",
                        "I can automate routine work, for instance with spreadsheet formulas, macros or simple scripts.",
                    ),
                },
            ],
        },
        Axis {
            id: "digcomp.4",
            name: Text::new("Keamanan", "Safety"),
            description: Text::new(
                "Melindungi perangkat, data pribadi, kesehatan, dan lingkungan saat memakai teknologi digital.",
                "Protecting devices, personal data, health and the environment when using digital technologies.",
            ),
            items: &[
                Item {
                    id: "digcomp.4.1",
                    code: "4.1",
                    name: Text::new("Melindungi perangkat", "Protecting devices"),
                    description: Text::new(
                        "Mengamankan perangkat dan konten digital serta memahami risiko dan ancaman di lingkungan digital.",
                        "Securing devices and digital content and understanding risks and threats in digital environments.",
                    ),
                    prompt: Text::new(
                        "Saya dapat mengamankan laptop dan ponsel kerja dengan kata sandi, PIN, pembaruan sistem, dan antivirus.",
                        "I can secure my work laptop and phone with passwords, PINs, system updates and antivirus software.",
                    ),
                },
                Item {
                    id: "digcomp.4.2",
                    code: "4.2",
                    name: Text::new(
                        "Melindungi data pribadi dan privasi",
                        "Protecting personal data and privacy",
                    ),
                    description: Text::new(
                        "Menjaga data pribadi dan privasi serta memahami cara layanan digital memakai data tersebut.",
                        "Protecting personal data and privacy and understanding how digital services use that data.",
                    ),
                    prompt: Text::new(
                        "Saya dapat melindungi data pribadi peserta dan mengenali modus penipuan seperti pembajakan akun.",
                        "I can protect participants' personal data and recognise scams such as account hijacking.",
                    ),
                },
                Item {
                    id: "digcomp.4.3",
                    code: "4.3",
                    name: Text::new(
                        "Melindungi kesehatan dan kesejahteraan",
                        "Protecting health and well-being",
                    ),
                    description: Text::new(
                        "Menghindari risiko bagi kesehatan fisik dan psikis, termasuk perundungan siber, saat memakai teknologi digital.",
                        "Avoiding risks to physical and mental health, including cyberbullying, when using digital technologies.",
                    ),
                    prompt: Text::new(
                        "Saya dapat mengatur waktu layar dan jeda selama kelas daring agar saya dan peserta tetap bugar.",
                        "I can plan screen time and breaks in online classes so that participants and I stay well.",
                    ),
                },
                Item {
                    id: "digcomp.4.4",
                    code: "4.4",
                    name: Text::new("Melindungi lingkungan", "Protecting the environment"),
                    description: Text::new(
                        "Menyadari dampak teknologi digital dan penggunaannya terhadap lingkungan hidup.",
                        "Being aware of the environmental impact of digital technologies and their use.",
                    ),
                    prompt: Text::new(
                        "Saya dapat mengurangi pencetakan dengan memakai bahan digital serta menghemat energi perangkat.",
                        "I can cut down on printing by using digital material, and save energy on my devices.",
                    ),
                },
            ],
        },
        Axis {
            id: "digcomp.5",
            name: Text::new("Pemecahan masalah", "Problem solving"),
            description: Text::new(
                "Mengatasi kendala teknis, memilih teknologi yang tepat, dan terus mengembangkan kompetensi digital.",
                "Solving technical problems, choosing the right technology and keeping one's digital competence growing.",
            ),
            items: &[
                Item {
                    id: "digcomp.5.1",
                    code: "5.1",
                    name: Text::new("Menyelesaikan masalah teknis", "Solving technical problems"),
                    description: Text::new(
                        "Mengenali dan mengatasi masalah teknis saat mengoperasikan perangkat dan lingkungan digital.",
                        "Identifying and solving technical problems when operating devices and digital environments.",
                    ),
                    prompt: Text::new(
                        "Saya dapat mengatasi kendala umum saat kelas berlangsung, seperti proyektor tidak menyala atau suara tidak terdengar.",
                        "I can fix common problems during a class, such as a projector not working or no sound.",
                    ),
                },
                Item {
                    id: "digcomp.5.2",
                    code: "5.2",
                    name: Text::new(
                        "Mengenali kebutuhan dan solusi teknologi",
                        "Identifying needs and technological responses",
                    ),
                    description: Text::new(
                        "Menilai kebutuhan, lalu memilih dan menyesuaikan alat digital yang tepat untuk memenuhinya.",
                        "Assessing needs, then choosing and adapting suitable digital tools to meet them.",
                    ),
                    prompt: Text::new(
                        "Saya dapat memilih aplikasi atau media digital yang paling sesuai dengan tujuan pembelajaran dan peserta.",
                        "I can choose the digital tools or media that best fit the learning goals and the participants.",
                    ),
                },
                Item {
                    id: "digcomp.5.3",
                    code: "5.3",
                    name: Text::new(
                        "Menggunakan teknologi digital secara kreatif",
                        "Creatively using digital technologies",
                    ),
                    description: Text::new(
                        "Memakai teknologi digital untuk menciptakan pengetahuan serta memperbaiki proses dan produk.",
                        "Using digital technologies to create knowledge and to improve processes and products.",
                    ),
                    prompt: Text::new(
                        "Saya dapat memakai teknologi digital untuk merancang cara belajar baru, misalnya kuis interaktif atau kelas hibrida.",
                        "I can use digital technology to design new ways of learning, such as interactive quizzes or hybrid classes.",
                    ),
                },
                Item {
                    id: "digcomp.5.4",
                    code: "5.4",
                    name: Text::new(
                        "Mengenali kesenjangan kompetensi digital",
                        "Identifying digital competence gaps",
                    ),
                    description: Text::new(
                        "Mengetahui bagian kompetensi digital yang perlu ditingkatkan dan membantu orang lain mengembangkannya.",
                        "Knowing where one's digital competence needs improving, and helping others develop theirs.",
                    ),
                    prompt: Text::new(
                        "Saya dapat mengenali keterampilan digital yang belum saya kuasai dan mempelajarinya secara mandiri.",
                        "I can spot digital skills I still lack and learn them on my own.",
                    ),
                },
            ],
        },
    ],
};
