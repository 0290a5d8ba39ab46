/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/gloo-ac23c84451aacb3f.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-0.11.0/src/lib.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libgloo-ac23c84451aacb3f.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-0.11.0/src/lib.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libgloo-ac23c84451aacb3f.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-0.11.0/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-0.11.0/src/lib.rs:
