/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/gloo_events-43da0075ba296e3e.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-events-0.2.0/src/lib.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libgloo_events-43da0075ba296e3e.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-events-0.2.0/src/lib.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libgloo_events-43da0075ba296e3e.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-events-0.2.0/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-events-0.2.0/src/lib.rs:
