/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/gloo_dialogs-3e592bf111534adf.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-dialogs-0.2.0/src/lib.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libgloo_dialogs-3e592bf111534adf.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-dialogs-0.2.0/src/lib.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libgloo_dialogs-3e592bf111534adf.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-dialogs-0.2.0/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gloo-dialogs-0.2.0/src/lib.rs:
