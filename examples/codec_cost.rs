//! What reading a long stored history costs, natively, away from a browser's noise: the whole
//! read (`codec::decode`) against the first screen's (`codec::decode_newest`), on a document like
//! the benchmark's (every built-in item rated, a label and two notes per session).
//!
//!   cargo run --release --example codec_cost [sessions]
//!   valgrind --tool=callgrind target/release/examples/codec_cost 1000 whole|newest

use cermin::core::model::frameworks::builtin;
use cermin::core::model::history::History;
use cermin::core::model::session::Session;
use cermin::core::model::sorted_map::SortedMap;
use cermin::core::store::codec;
use std::time::Instant;

/// As many sessions as the first screen reads of a long history (`ui::app`).
const NEWEST: usize = 40;

fn document(sessions: usize) -> String {
    let items: Vec<(String, u8)> = builtin()
        .iter()
        .flat_map(|framework| {
            framework
                .items()
                .map(|item| (item.id.to_string(), framework.scale.max()))
        })
        .collect();
    let sessions = (0..sessions)
        .map(|i| {
            let created = 1_764_300_000_000 - i as i64 * 3 * 86_400_000;
            let mut session = Session::new(format!("bench-{i:04}"), created);
            session.label = format!("Pelatihan {i}");
            for (n, (id, max)) in items.iter().enumerate() {
                session
                    .ratings
                    .insert(id.clone(), 1 + ((i + n) % *max as usize) as u8);
            }
            for (id, _) in items.iter().skip(i % items.len()).take(2) {
                session.notes.insert(
                    id.clone(),
                    "Sudah mulai meminta umpan balik setelah setiap sesi.".into(),
                );
            }
            session
        })
        .collect();
    codec::encode(&History::new(sessions, SortedMap::new()))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let sessions = args.next().and_then(|n| n.parse().ok()).unwrap_or(1_000);
    let text = document(sessions);
    match args.next().as_deref() {
        // One read alone, for callgrind.
        Some("whole") => drop(codec::decode(&text)),
        Some("newest") => drop(codec::decode_newest(&text, NEWEST)),
        _ => {
            let best = |read: &dyn Fn()| {
                (0..20)
                    .map(|_| {
                        let start = Instant::now();
                        read();
                        start.elapsed().as_secs_f64() * 1e3
                    })
                    .fold(f64::INFINITY, f64::min)
            };
            let whole = best(&|| drop(codec::decode(&text).expect("reads")));
            let newest = best(&|| drop(codec::decode_newest(&text, NEWEST).expect("reads")));
            println!("document: {sessions} sessions, {} bytes", text.len());
            println!("whole read (decode): {whole:.2} ms, best of 20");
            println!("newest {NEWEST} (decode_newest): {newest:.2} ms, best of 20");
        }
    }
}
