/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/minimal-radar.wasm: /work/main/bench/minimal-radar/src/main.rs
