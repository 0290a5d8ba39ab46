// Trunk post-build hook: makes what trunk built smaller, without changing what it does.
//
// 1. Short import names. wasm-bindgen names each import `__wbg_<method>_<16 hex digits>`: some
//    180 names of ~35 bytes, stored twice (the wasm's import section and the loader's import
//    object), and the hex digits do not compress. Renamed `a`, `b`, … in both: ~6 KB gzip less.
//    Function indices, exports and the loader's code stay as they are.
// 2. A minified loader (terser, from npm like wasm-opt): ~2 KB gzip less. `__wbg_init` keeps its
//    name, since scripts/single-file.mjs calls it.
//
//   node scripts/shrink-build.mjs [dir] [name]   (dir defaults to $TRUNK_STAGING_DIR, then dist/;
//   name to cohort when dir has cohort_bg.wasm, else cermin)
import fs from "node:fs";
import path from "node:path";
import { minify } from "terser";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
// The widget's build makes cermin.js, the cohort page's build (scripts/build.sh) cohort.js.
const name = process.argv[3] ?? (fs.existsSync(path.join(dir, "cohort_bg.wasm")) ? "cohort" : "cermin");
const wasmPath = path.join(dir, `${name}_bg.wasm`);
const jsPath = path.join(dir, `${name}.js`);
const wasm = fs.readFileSync(wasmPath);
let js = fs.readFileSync(jsPath, "utf8");

const fail = (why) => {
  console.error(`shrink-build: ${why}; nothing was written, and the build fails`);
  process.exit(1);
};

function readLeb(at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return bytes;
}

/** `a` … `z`, `ba`, `bb` …: unique, and valid as object keys. */
function shortName(index) {
  let name = "";
  do {
    name = String.fromCharCode(97 + (index % 26)) + name;
    index = Math.floor(index / 26);
  } while (index);
  return name;
}

const renamed = new Map();
if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
const out = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = readLeb(at + 1);
  const end = start + size;
  if (id !== 2) {
    out.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  // The import section: (module, name, description) for each import.
  let [count, p] = readLeb(start);
  const body = leb(count);
  for (let i = 0; i < count; i++) {
    const [moduleLength, m] = readLeb(p);
    const module = wasm.subarray(m, m + moduleLength);
    const [nameLength, n] = readLeb(m + moduleLength);
    const name = wasm.subarray(n, n + nameLength).toString();
    const descStart = n + nameLength;
    p = descStart;
    const kind = wasm[p++];
    const limits = () => {
      const flags = wasm[p++];
      [, p] = readLeb(p);
      if (flags & 1) [, p] = readLeb(p);
    };
    if (kind === 0) [, p] = readLeb(p); // function: type index
    else if (kind === 1) (p++, limits()); // table: element type, limits
    else if (kind === 2) limits(); // memory
    else if (kind === 3) p += 2; // global: value type, mutability
    else fail(`unknown import kind ${kind}`);
    let short = name;
    if (/^__wbg_|^__wbindgen_/.test(name)) {
      short = renamed.get(name) ?? shortName(renamed.size);
      renamed.set(name, short);
    }
    const nameBytes = Buffer.from(short);
    body.push(...leb(moduleLength), ...module, ...leb(nameBytes.length), ...nameBytes, ...wasm.subarray(descStart, p));
  }
  if (p !== end) fail("the import section did not parse to its end");
  out.push(Buffer.from([2, ...leb(body.length), ...body]));
  at = end;
}
if (renamed.size === 0) fail("no wasm-bindgen imports found (already minified?)");

// In the loader each import is defined exactly once, as a key of the import object: `name: function`.
for (const [name, short] of renamed) {
  const key = new RegExp(`(?<![\\w$])${name}(?=\\s*:)`, "g");
  const found = js.match(key)?.length ?? 0;
  if (found !== 1) fail(`${name} is defined ${found} times in ${jsPath}, expected once`);
  if (new RegExp(`(?<![\\w$])${name}(?![\\w$])`, "g").exec(js.replace(key, "")) !== null) {
    fail(`${name} is used in ${jsPath} other than as an import key`);
  }
  js = js.replace(key, short);
}

const minified = await minify(js, {
  module: true,
  compress: { passes: 2 },
  mangle: { reserved: ["__wbg_init"] },
  format: { comments: false },
});
if (!minified.code?.includes("__wbg_init")) fail("terser lost __wbg_init");

fs.writeFileSync(wasmPath, Buffer.concat(out));
fs.writeFileSync(jsPath, minified.code);
console.log(`shrink-build: ${renamed.size} imports renamed, loader ${js.length} → ${minified.code.length} bytes, in ${dir}`);
