/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/plotters_canvas-fc80c4b3ead7a7f6.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/plotters-canvas-0.3.1/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/plotters-canvas-0.3.1/src/canvas.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libplotters_canvas-fc80c4b3ead7a7f6.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/plotters-canvas-0.3.1/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/plotters-canvas-0.3.1/src/canvas.rs

/work/main/bench/minimal-radar/target/wasm32-unknown-unknown/release/deps/libplotters_canvas-fc80c4b3ead7a7f6.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/plotters-canvas-0.3.1/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/plotters-canvas-0.3.1/src/canvas.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/plotters-canvas-0.3.1/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/plotters-canvas-0.3.1/src/canvas.rs:
