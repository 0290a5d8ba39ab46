//! The cohort page's binary (trunk builds it from cohort.html): in the browser it mounts the
//! trainer's view; natively it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    cermin::cohort_ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The cohort page runs in the browser: see README.md (dist/cohort.html).");
}
