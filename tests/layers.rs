//! The core's import order (ARCHITECTURE.md, "Layers"): every `use crate::core::…` in
//! `src/core/` points down the list below or within its own module, and no two files import each
//! other. `cargo test --test layers` prints the picture; a new arrow up fails it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The core's modules, from the bottom up: a module may use those before it (and itself).
const LAYERS: &[&str] = &[
    "i18n", "dates", "model", "store", "archive", "config", "texts", "lms", "report", "charts",
    "export", "feedback", "state", "cohort",
];

/// A file of the core: its module path under `src/core` ("model/frameworks/file"), whether it is
/// a module's root (`mod.rs`), and the module paths it names.
struct File {
    is_root: bool,
    uses: Vec<String>,
}

fn files(root: &Path) -> BTreeMap<String, File> {
    let mut paths = Vec::new();
    collect(root, &mut paths);
    paths
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(root).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let is_root = parts.last().is_some_and(|p| p == "mod");
            if is_root {
                parts.pop();
            }
            let name = parts.join("/");
            let text = fs::read_to_string(&path).unwrap();
            // Tests may reach anywhere: only product code counts (a module's tests stand last, in
            // `mod tests` or a `tests.rs` of their own).
            let code = if parts.last().is_some_and(|p| p == "tests") {
                ""
            } else {
                text.split("#[cfg(test)]").next().unwrap_or(&text)
            };
            let uses = paths_named(code)
                .into_iter()
                .filter_map(|p| absolute(&p, &name))
                .collect();
            (name, File { is_root, uses })
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every path a file names in its `use` items (braces expanded) and, in code, every
/// `crate::core::…` path.
fn paths_named(code: &str) -> Vec<String> {
    let code: String = code
        .lines()
        // Comments and attributes (`#[cfg(feature = "xlsx")]` before a `use`) say nothing here.
        .filter(|line| !line.trim_start().starts_with("//") && !line.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for item in code.split(';') {
        let item = item.trim();
        let Some(at) = item.find("use ") else {
            continue;
        };
        // What stands before `use` since the last brace (a `use` inside a function counts too)
        // must be only its visibility, or the word is not the keyword.
        let before = &item[..at];
        let before = &before[before.rfind(['{', '}']).map_or(0, |b| b + 1)..];
        if before
            .split_whitespace()
            .any(|w| !matches!(w, "pub" | "pub(crate)" | "pub(super)"))
        {
            continue;
        }
        let tree: String = item[at + 4..]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        expand("", &tree, &mut found);
    }
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::core::") {
        rest = &rest[at..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        found.push(path.clone());
        rest = &rest[path.len().max(1)..];
    }
    found
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let Some(open) = tree.find('{') else {
        out.push(format!("{prefix}{tree}"));
        return;
    };
    let head = format!("{prefix}{}", &tree[..open]);
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand(&head, &inner[start..i], out);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < inner.len() {
        expand(&head, &inner[start..], out);
    }
}

/// A path as a module path under `src/core`, from the file whose module is `name`;
/// `None` for anything outside the core.
fn absolute(path: &str, name: &str) -> Option<String> {
    let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut at: Vec<String> = if let Some(rest) = path.strip_prefix("crate::core::") {
        segments = rest.split("::").filter(|s| !s.is_empty()).collect();
        Vec::new()
    } else if segments.first() == Some(&"self") {
        segments.remove(0);
        name.split('/')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    } else if segments.first() == Some(&"super") {
        // A file's module is its path; each `super` is one step up from it.
        let mut at: Vec<String> = name
            .split('/')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        while segments.first() == Some(&"super") {
            segments.remove(0);
            at.pop()?;
        }
        at
    } else {
        return None;
    };
    // Module names are lowercase; the path stops at the first item (a type, a function's use).
    for segment in segments {
        if segment.chars().next().is_some_and(|c| c.is_lowercase()) && segment != "self" {
            at.push(segment.to_string());
        } else {
            break;
        }
    }
    Some(at.join("/"))
}

fn layer(module: &str) -> usize {
    let top = module.split('/').next().unwrap();
    LAYERS
        .iter()
        .position(|l| *l == top)
        .unwrap_or_else(|| panic!("core::{top} is not in LAYERS (tests/layers.rs)"))
}

/// The file among `known` that `path` lands in: itself, or the deepest file above it.
fn file_of<'a>(path: &'a str, known: &BTreeSet<&'a str>) -> Option<&'a str> {
    let mut candidate = path;
    loop {
        if known.contains(candidate) {
            return Some(candidate);
        }
        candidate = &candidate[..candidate.rfind('/')?];
    }
}

#[test]
fn the_core_points_down_and_no_two_files_import_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let graph = files(&root);
    let known: BTreeSet<&str> = graph
        .keys()
        .map(String::as_str)
        .filter(|m| !m.is_empty())
        .collect();
    let mut up = BTreeSet::new();
    let mut edges: BTreeSet<(String, String)> = BTreeSet::new();
    for (from, file) in graph.iter().filter(|(name, _)| !name.is_empty()) {
        for target in &file.uses {
            let Some(to) = file_of(target, &known) else {
                continue;
            };
            // A module's root and its own files are one room.
            if to == from || (file.is_root && to.starts_with(&format!("{from}/"))) {
                continue;
            }
            edges.insert((from.clone(), to.to_string()));
            if layer(to) > layer(from) {
                up.insert(format!("{from} -> {to}"));
            }
        }
    }
    let pairs: Vec<String> = edges
        .iter()
        .filter(|(a, b)| a < b && edges.contains(&(b.clone(), a.clone())))
        .map(|(a, b)| format!("{a} <-> {b}"))
        .collect();
    // The picture, for anyone who runs this with --nocapture.
    for (i, name) in LAYERS.iter().enumerate().rev() {
        let below: BTreeSet<&str> = edges
            .iter()
            .filter(|(a, b)| {
                a.split('/').next() == Some(*name) && b.split('/').next() != Some(*name)
            })
            .map(|(_, b)| b.split('/').next().unwrap())
            .collect();
        let count = known
            .iter()
            .filter(|m| m.split('/').next() == Some(*name))
            .count();
        println!(
            "{i:>2} {name:<9} {count:>3} files  uses {}",
            below.into_iter().collect::<Vec<_>>().join(", ")
        );
    }
    println!("{} arrows between files", edges.len());
    assert!(
        up.is_empty() && pairs.is_empty(),
        "arrows up the layers:\n{}\nfiles that import each other:\n{}",
        up.into_iter().collect::<Vec<_>>().join("\n"),
        pairs.join("\n")
    );
}
