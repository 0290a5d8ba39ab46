//! Compiles the built-in frameworks (`frameworks/*.json`) into the crate, so that nothing is
//! parsed at start-up: each file is read and checked by the same loader as any framework file a
//! person adds (the modules below are the crate's own, included), a bad file fails the build with
//! the loader's message, and the framework is written out as Rust statics that borrow their
//! texts (`$OUT_DIR/builtin_frameworks.rs`, included by `core::model::frameworks::catalog`). The
//! observer wordings go in a table of their own (`OBSERVERS`, by item id, and by framework id for
//! the scale's question), which only others' feedback reads.
#![allow(dead_code, unused_imports)]

use std::fmt::Write;

// The loader, as the crate has it: `crate::core::…` paths resolve through this small tree.
#[path = "src/core/model/frameworks/check.rs"]
mod check;
#[path = "src/core/model/frameworks/error.rs"]
mod error;
#[path = "src/core/model/frameworks/file.rs"]
mod file;
#[path = "src/core/i18n.rs"]
pub mod i18n;
#[path = "src/core/model/frameworks/json_path.rs"]
mod json_path;
#[path = "src/core/model/frameworks/types.rs"]
mod types;
use types::*;
mod core {
    pub use crate::i18n;
}

/// The built-in framework files, in the order the tabs show them.
const FILES: [&str; 3] = ["agility", "digcomp", "widyaiswara"];

fn main() {
    for source in ["check", "error", "file", "json_path", "types"] {
        println!("cargo:rerun-if-changed=src/core/model/frameworks/{source}.rs");
    }
    println!("cargo:rerun-if-changed=src/core/i18n.rs");
    let mut out = String::from(
        "// Written by build.rs from frameworks/*.json: do not edit.\n\
         pub static BUILTIN: [Framework; 3] = [\n",
    );
    // The observer wordings (for others' feedback) apart from the frameworks: only the feedback
    // part reads them, so they load with it, not on the first path.
    let mut observers = String::from("pub static OBSERVERS: &[(&str, LocalText)] = &[\n");
    for name in FILES {
        let path = format!("frameworks/{name}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let framework = file::load(&text).unwrap_or_else(|e| {
            panic!(
                "{path} is not a framework Cermin reads: {} ({:?})",
                e.path, e.problem
            )
        });
        let mut framework = framework;
        if let Some(question) = framework.scale.observer_question.take() {
            let _ = write!(observers, "({:?},", &*framework.id);
            question.bake(&mut observers);
            observers.push_str("),\n");
        }
        for item in framework
            .axes
            .to_mut()
            .iter_mut()
            .flat_map(|a| a.items.to_mut())
        {
            if let Some(observer) = item.observer.take() {
                let _ = write!(observers, "({:?},", &*item.id);
                observer.bake(&mut observers);
                observers.push_str("),\n");
            }
        }
        framework.bake(&mut out);
        out.push_str(",\n");
    }
    out.push_str("];\n");
    out.push_str(&observers);
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/builtin_frameworks.rs"), out).expect("OUT_DIR is writable");
}

/// Writes a value as a Rust expression that builds it in a static.
trait Bake {
    fn bake(&self, out: &mut String);
}

fn text(value: &str, out: &mut String) {
    let _ = write!(out, "Cow::Borrowed({value:?})");
}

fn list<T: Bake + Clone>(items: &[T], out: &mut String) {
    out.push_str("Cow::Borrowed(&[");
    for item in items {
        item.bake(out);
        out.push(',');
    }
    out.push_str("])");
}

fn option<T>(value: &Option<T>, out: &mut String, bake: impl Fn(&T, &mut String)) {
    match value {
        Some(value) => {
            out.push_str("Some(");
            bake(value, out);
            out.push(')');
        }
        None => out.push_str("None"),
    }
}

/// A field of a struct literal: its name, and what writes its value.
type Field<'a> = (&'a str, &'a dyn Fn(&mut String));

/// A struct literal: `name { field: value, … }`.
fn fields(name: &str, out: &mut String, fields: &[Field]) {
    let _ = write!(out, "{name} {{");
    for (field, bake) in fields {
        let _ = write!(out, "{field}: ");
        bake(out);
        out.push(',');
    }
    out.push('}');
}

impl Bake for Str {
    fn bake(&self, out: &mut String) {
        text(self, out);
    }
}

impl Bake for LocalText {
    fn bake(&self, out: &mut String) {
        fields(
            "LocalText",
            out,
            &[
                ("id", &|o| option(&self.id, o, |t, o| text(t, o))),
                ("en", &|o| option(&self.en, o, |t, o| text(t, o))),
            ],
        );
    }
}

impl Bake for Level {
    fn bake(&self, out: &mut String) {
        fields(
            "Level",
            out,
            &[
                ("name", &|o| self.name.bake(o)),
                ("descriptor", &|o| self.descriptor.bake(o)),
            ],
        );
    }
}

impl Bake for Item {
    fn bake(&self, out: &mut String) {
        fields(
            "Item",
            out,
            &[
                ("id", &|o| text(&self.id, o)),
                ("code", &|o| option(&self.code, o, |t, o| text(t, o))),
                ("name", &|o| self.name.bake(o)),
                ("description", &|o| self.description.bake(o)),
                ("prompt", &|o| self.prompt.bake(o)),
                ("observer", &|o| option(&self.observer, o, |t, o| t.bake(o))),
            ],
        );
    }
}

impl Bake for Axis {
    fn bake(&self, out: &mut String) {
        fields(
            "Axis",
            out,
            &[
                ("id", &|o| text(&self.id, o)),
                ("name", &|o| self.name.bake(o)),
                ("short", &|o| option(&self.short, o, |t, o| t.bake(o))),
                ("description", &|o| self.description.bake(o)),
                ("items", &|o| list(&self.items, o)),
                ("replaces", &|o| list(&self.replaces, o)),
            ],
        );
    }
}

impl Bake for Source {
    fn bake(&self, out: &mut String) {
        fields(
            "Source",
            out,
            &[
                ("citation", &|o| self.citation.bake(o)),
                ("url", &|o| option(&self.url, o, |t, o| text(t, o))),
                ("note", &|o| option(&self.note, o, |t, o| t.bake(o))),
            ],
        );
    }
}

impl Bake for Framework {
    fn bake(&self, out: &mut String) {
        fields(
            "Framework",
            out,
            &[
                ("format", &|o| text(&self.format, o)),
                ("format_version", &|o| {
                    let _ = write!(o, "{}", self.format_version);
                }),
                ("id", &|o| text(&self.id, o)),
                ("version", &|o| text(&self.version, o)),
                ("name", &|o| self.name.bake(o)),
                ("description", &|o| self.description.bake(o)),
                ("scale", &|o| {
                    fields(
                        "Scale",
                        o,
                        &[
                            ("question", &|o| self.scale.question.bake(o)),
                            ("observer_question", &|o| {
                                option(&self.scale.observer_question, o, |t, o| t.bake(o))
                            }),
                            ("levels", &|o| list(&self.scale.levels, o)),
                        ],
                    )
                }),
                ("axes", &|o| list(&self.axes, o)),
                ("sources", &|o| list(&self.sources, o)),
            ],
        );
    }
}
