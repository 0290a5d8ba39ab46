// Builds the widget into a folder (dist/ by default): its first path and the parts it loads later.
//
// Trunk builds the cohort page, but cannot build the widget: the widget's wasm is split into a
// first path and lazily loaded parts (`#[wasm_split]`, `src/ui/deferred.rs`), and the split runs
// between the compiler and wasm-bindgen, a step trunk has no place for (trunk-rs/trunk#1022).
// So this script runs the steps trunk ran, with the split between them, using the same installed
// tools (scripts/setup.sh), offline:
//
// 1. cargo: the `cermin` binary for wasm32, linked with relocations (`--emit-relocs`), which the
//    splitter reads to know what calls what.
// 2. wasm-split-cli (crates.io `wasm_split_cli_support`): the main module, one module per split
//    point (`split_<name>.wasm`) and per piece of code shared by several (`chunk_<n>.wasm`), and
//    `__wasm_split.js`, which loads them. Its loaders are pointed at `wasm-fetch.js`.
// 3. wasm-bindgen on the main module (`--keep-lld-exports`: the split modules import from it).
// 4. wasm-opt -Oz on every module (release), then scripts/shrink-build.mjs (short import names,
//    a minified loader) and terser on the small loaders.
// 5. Every .wasm gzip-compressed to .wasm.gz (wasm-fetch.js decompresses it as it streams); the
//    page, its stylesheet and the two small scripts copied beside them.
//
//   node scripts/widget-build.mjs [--dev] [--out dir]
//     --dev: a debug build without wasm-opt or minifying (scripts/serve.sh)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const dev = args.includes("--dev");
const out = path.resolve(root, args.includes("--out") ? args[args.indexOf("--out") + 1] : "dist");

const run = (command, commandArgs, options = {}) =>
  execFileSync(command, commandArgs, { cwd: root, stdio: ["ignore", "pipe", "inherit"], ...options })?.toString() ?? "";
const fail = (why) => {
  console.error(`widget-build: ${why}`);
  process.exit(1);
};

// 1. The binary, with relocations for the splitter.
const profile = dev ? "debug" : "release";
run("cargo", ["rustc", "--locked", "--bin", "cermin", "--target", "wasm32-unknown-unknown",
  ...(dev ? [] : ["--release"]), "--", "-C", "link-args=--emit-relocs"], { stdio: "inherit" });
const { target_directory: targetDir } = JSON.parse(run("cargo", ["metadata", "--format-version", "1", "--no-deps", "--locked"]));
const input = path.join(targetDir, "wasm32-unknown-unknown", profile, "cermin.wasm");

// 2. The split.
const work = path.join(targetDir, "widget-build", profile);
fs.rmSync(work, { recursive: true, force: true });
const split = path.join(work, "split");
run("wasm-split-cli", [input, split], { stdio: "inherit" });

// 3. wasm-bindgen on the main module.
const staging = path.join(work, "staging");
run("wasm-bindgen", [path.join(split, "main.wasm"), "--out-dir", staging, "--out-name", "cermin",
  "--target", "web", "--keep-lld-exports", "--no-typescript"], { stdio: "inherit" });
const parts = fs.readdirSync(split).filter((name) => /^(split|chunk)_.*\.wasm$/.test(name)).sort();
for (const name of parts) fs.copyFileSync(path.join(split, name), path.join(staging, name));
fs.writeFileSync(path.join(staging, "__wasm_split.js"), linkModule(fs.readFileSync(path.join(split, "__wasm_split.js"), "utf8")));

/**
 * The splitter's loader, fetching through wasm-fetch.js: each part as its .wasm.gz, decompressed as
 * it streams, from a server, a SCORM package or the single file alike.
 */
function linkModule(js) {
  const fetches = /fetch\(new URL\("\.\/((?:split|chunk)_[\w-]+)\.wasm", import\.meta\.url\)\)/g;
  const found = [...js.matchAll(fetches)].map((m) => m[1]).sort();
  const expected = parts.map((name) => name.replace(/\.wasm$/, ""));
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    fail(`__wasm_split.js fetches ${found.join(", ") || "nothing"}, not the parts ${expected.join(", ")}`);
  }
  if (!js.includes('from "./main.js"')) fail("__wasm_split.js does not import ./main.js");
  return `import { fetchWasm } from "./wasm-fetch.js";\n${js}`
    .replace('from "./main.js"', 'from "./cermin.js"')
    .replace(fetches, (_, name) => `fetchWasm(new URL("./${name}.wasm.gz", import.meta.url))`);
}

// 4. Optimised and minified (release).
const wasms = ["cermin_bg.wasm", ...parts];
if (!dev) {
  for (const name of wasms) {
    const file = path.join(staging, name);
    run("wasm-opt", ["-Oz", "--low-memory-unused", "--converge", "--strip-producers", "--strip-target-features", file, "-o", file], { stdio: "inherit" });
  }
  run("node", [path.join(root, "scripts/shrink-build.mjs"), staging, "cermin"], { stdio: "inherit" });
}

// 5. The folder: compressed wasm, loaders, page and stylesheet.
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const name of wasms) {
  const bytes = fs.readFileSync(path.join(staging, name));
  fs.writeFileSync(path.join(out, `${name}.gz`), zlib.gzipSync(bytes, { level: 9 }));
}
for (const [from, name] of [[staging, "cermin.js"], [staging, "__wasm_split.js"], [root, "wasm-fetch.js"], [root, "boot.js"]]) {
  const code = fs.readFileSync(path.join(from, name), "utf8");
  const small = dev || name === "cermin.js" ? code : (await minify(code, { module: true, format: { comments: false } })).code;
  fs.writeFileSync(path.join(out, name), small);
}
fs.copyFileSync(path.join(root, "style.css"), path.join(out, "style.css"));
fs.writeFileSync(path.join(out, "index.html"), withParts(fs.readFileSync(path.join(root, "index.html"), "utf8")));

/**
 * The page, noting in a comment which files each part loads (the part and the chunks it needs,
 * from the splitter's loader): scripts/scorm-package.mjs preloads the SCORM part's in a package,
 * where the part is needed before the first chart. In a served page it is only a comment.
 */
function withParts(html) {
  const js = fs.readFileSync(path.join(split, "__wasm_split.js"), "utf8");
  const files = {};
  for (const m of js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w]+)\.wasm"/g)) {
    files[m[1]] = `${m[2]}.wasm.gz`;
  }
  const notes = [];
  const splits = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w]+)\.wasm"[\s\S]*?\}\s*,\s*\[([^\]]*)\]/g;
  for (const [, name, file, deps] of js.matchAll(splits)) {
    const needs = deps.split(",").map((d) => d.trim()).filter(Boolean).map((d) => files[d] ?? fail(`${name} needs ${d}, which loads no file`));
    notes.push(`part ${name}: ${[`${file}.wasm.gz`, ...needs].join(" ")}`);
  }
  if (!notes.some((n) => n.startsWith("part lms:"))) fail("__wasm_split.js has no loader for the lms part");
  const marker = "</head>";
  return html.replace(marker, `  <!-- ${notes.join("; ")} -->\n${marker}`);
}
const size = (name) => fs.statSync(path.join(out, name)).size;
console.log(`widget-build: ${out}: ${wasms.map((w) => `${w}.gz ${size(`${w}.gz`)} B`).join(", ")}`);
