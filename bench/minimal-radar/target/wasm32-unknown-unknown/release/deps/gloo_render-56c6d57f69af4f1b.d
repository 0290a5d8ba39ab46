/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/gloo_render-56c6d57f69af4f1b.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-render-0.2.0/src/lib.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libgloo_render-56c6d57f69af4f1b.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-render-0.2.0/src/lib.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libgloo_render-56c6d57f69af4f1b.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-render-0.2.0/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-render-0.2.0/src/lib.rs:
