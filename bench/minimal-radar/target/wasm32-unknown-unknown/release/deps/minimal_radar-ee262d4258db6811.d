/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/minimal_radar-ee262d4258db6811.d: src/main.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/minimal_radar-ee262d4258db6811.wasm: src/main.rs

src/main.rs:
