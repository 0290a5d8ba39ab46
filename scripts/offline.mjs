// Last build step: makes dist/ work offline after one visit (sw.js, see its header).
//
// 1. A version from the served files' SHA-256 and sw.js's own (trunk builds with `filehash = false`).
// 2. Every reference between them gets `?v=<version>` (index.html → its stylesheet, scripts and
//    preloads; the scripts → one another and the wasm parts), so a page asks only for files of its
//    own version and the service worker can never hand it another's. Every reference to a module
//    is versioned alike: a module imported under two URLs would run twice.
// 3. index.html gets `<meta name="cermin-sw" content="on">`: boot.js registers sw.js only then
//    (a development build has no sw.js; a SCORM package sets it "off").
// 4. dist/sw.js: ./sw.js with the manifest (version, and each file with its SHA-256).
//
// Idempotent: run again on its own output, it strips what it added first.
//
//   node scripts/offline.mjs [dir]   (dir defaults to dist/)
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SCRIPTS, widgetFiles } from "./widget-files.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.resolve(process.argv[2] ?? path.join(root, "dist"));
const FILES = widgetFiles(dir);
/**
 * What refers to what: each `./name` in a file is versioned; these must be there (a changed build
 * that no longer refers to them would leave a file unversioned).
 */
const REQUIRED = {
  "index.html": ["style.css", "boot.js", "cermin.js", "wasm-fetch.js", "__wasm_split.js", "cermin_bg.wasm.gz"],
  "boot.js": ["cermin.js", "wasm-fetch.js", "cermin_bg.wasm.gz"],
  "cermin.js": ["__wasm_split.js"],
  "__wasm_split.js": ["cermin.js", "wasm-fetch.js", ...FILES.filter((f) => /^(split|chunk)_/.test(f))],
};
const REFERENCES = Object.fromEntries(["index.html", ...SCRIPTS].map((name) => [name, FILES]));
const META = '<meta name="cermin-sw" content="on">';

const fail = (why) => {
  console.error(`offline: ${why}; dist/ is left without sw.js`);
  fs.rmSync(path.join(dir, "sw.js"), { force: true });
  process.exit(1);
};
const sha256 = (bytes) => crypto.createHash("sha256").update(bytes).digest("hex");
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const files = {};
for (const name of FILES) {
  if (!fs.existsSync(path.join(dir, name))) fail(`${name} is missing`);
  files[name] = fs.readFileSync(path.join(dir, name));
}
// What an earlier run added goes first, so the version depends on the build alone.
for (const name of Object.keys(REFERENCES)) {
  files[name] = Buffer.from(
    files[name]
      .toString()
      .replace(/\?v=[0-9a-f]+(?=["'])/g, "")
      .replace(new RegExp(`\\s*${escape(META)}`), ""),
  );
}

// The service worker's own code is part of the version: a new sw.js never refills a live cache.
const template = fs.readFileSync(path.join(root, "sw.js"), "utf8");
const parts = FILES.map((name) => `${name} ${sha256(files[name])}\n`).join("") + `sw.js ${sha256(template)}\n`;
const version = sha256(parts).slice(0, 16);

// Where a file names another to load it: a module specifier (`from`, `import(`), an address
// (`new URL(`), an HTML attribute (`href=`, `src=`). Never elsewhere: wasm-bindgen's loader has
// keys such as "./__wasm_split.js" that are the wasm's import module names, which must not change.
const LOADS = String.raw`(?:\bfrom\s*|\bimport\(\s*|\bURL\(\s*|\b(?:href|src)=)`;

for (const [name, refs] of Object.entries(REFERENCES)) {
  let text = files[name].toString();
  for (const target of refs) {
    const ref = new RegExp(`(${LOADS})(["'])\\./${escape(target)}\\2`, "g");
    const found = text.match(ref)?.length ?? 0;
    if (!found && REQUIRED[name]?.includes(target)) fail(`${name} does not refer to ./${target}`);
    text = text.replace(ref, (_, load, q) => `${load}${q}./${target}?v=${version}${q}`);
  }
  // Any other file loaded by name would escape the version (but sw.js: a service worker's script
  // keeps its address).
  const stray = text.match(new RegExp(`${LOADS}["']\\./(?!sw\\.js["'])[\\w.-]+["']`, "g"));
  if (stray) fail(`${name} loads ${stray.join(", ")}, which is not a file of the widget`);
  if (name === "index.html") {
    const viewport = /<meta name="viewport"[^>]*>/;
    if (!viewport.test(text)) fail("index.html has no viewport meta to put the switch after");
    text = text.replace(viewport, (m) => `${m}\n  ${META}`);
  }
  files[name] = Buffer.from(text);
  fs.writeFileSync(path.join(dir, name), files[name]);
}

const manifest = { version, files: Object.fromEntries(FILES.map((name) => [name, sha256(files[name])])) };
const slot = /\/\* manifest \*\/.*\/\* end \*\//;
if (!slot.test(template)) fail("sw.js has no /* manifest */ … /* end */ slot");
fs.writeFileSync(path.join(dir, "sw.js"), template.replace(slot, () => `/* manifest */ ${JSON.stringify(manifest)} /* end */`));
console.log(`offline: version ${version}, ${FILES.length} files in dist/sw.js's manifest`);
