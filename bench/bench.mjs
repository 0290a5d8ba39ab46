// The widget's benchmark (issues 7, 16, 20 and 21): measures the built widget in dist/ (it builds
// nothing; scripts/bench.sh builds first), and with --before an older build beside it, in the
// same rounds. Serves the repository root on 127.0.0.1 (so /dist/, /bench/ and
// /node_modules/chart.js/ are reachable), drives headless Chromium, and prints one line per
// figure, then a summary with PASS/FAIL per target. A measurement, not a test: a target missed
// still exits 0 (only a scenario that could not be measured at all exits 1).
//
// Files go out gzip-compressed, as a real server sends them; the SCORM package also goes out as
// Moodle 4.2 serves it (`serve(…, { moodle: true })`, tests/support/browser.mjs).
//
//   node bench/bench.mjs [--rounds 9] [--clicks 200] [--sessions 1000] [--history-rounds 5] [--exports 5]
//                        [--mobile-rounds 5] [--lighthouse-rounds 3] [--only mobile,first_use,…]
//                        [--dist dist] [--before dist-before]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { unzipSync } from "fflate";
import { serve, launch, collectErrors, waitUntil, ROOT } from "../tests/support/browser.mjs";
import { generated, shareFile } from "../tests/support/cohort.mjs";
import { FIRST_PATH, MAIN_WASM, laterParts } from "../scripts/widget-files.mjs";

// ---------------------------------------------------------------------------------------------
// Options and targets

const options = {
  rounds: 9,
  clicks: 200,
  sessions: 1000,
  "history-rounds": 5,
  exports: 5,
  "mobile-rounds": 5,
  "lighthouse-rounds": 3,
};
const SCENARIOS = ["sizes", "first_chart", "mobile", "first_use", "repeat", "redraw", "history", "lighthouse", "cohort"];
let distName = "dist"; // --dist NAME: measure ROOT/NAME instead of ROOT/dist
let beforeName = null; // --before NAME: an older build, measured beside it (sizes, first chart, first use, Lighthouse)
let only = SCENARIOS; // --only first_chart,history: rerun some scenarios while working on them
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i].replace(/^--/, "");
  const [key, inline] = name.split("=");
  if (key === "only") {
    only = (inline ?? process.argv[++i] ?? "").split(",");
    const unknown = only.filter((s) => !SCENARIOS.includes(s));
    if (unknown.length || only.length === 0) {
      console.error(`bench: --only takes some of ${SCENARIOS.join(",")}`);
      process.exit(2);
    }
    continue;
  }
  if (key === "dist" || key === "before") {
    // A build to measure, in a folder under the repository root (e.g. an older build's dist).
    const folder = inline ?? process.argv[++i] ?? "";
    if (!/^[\w.-]+$/.test(folder)) {
      console.error(`bench: --${key} takes a folder name under the repository root`);
      process.exit(2);
    }
    if (key === "dist") distName = folder;
    else beforeName = folder;
    continue;
  }
  if (!(key in options)) {
    console.error(`bench: unknown option --${key} (known: ${Object.keys(options).map((k) => `--${k}`).join(" ")} --only --dist --before)`);
    process.exit(2);
  }
  const value = Number(inline ?? process.argv[++i]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: --${key} needs a positive integer`);
    process.exit(2);
  }
  options[key] = value;
}

const DIST = path.join(ROOT, distName);

/**
 * A build to measure: its folder (under ROOT, so the server reaches it) and the prefix of its
 * figures: "" for the build measured, "before." for the one it is compared with.
 */
const AFTER = { name: distName, dir: DIST, prefix: "", label: "after" };
const BEFORE = beforeName ? { name: beforeName, dir: path.join(ROOT, beforeName), prefix: "before.", label: "before" } : null;
const BUILDS = BEFORE ? [AFTER, BEFORE] : [AFTER];

/** The minimal Yew + plotters radar page (bench/minimal-radar, built by scripts/bench.sh). */
const MINIMAL = path.join(ROOT, "bench/minimal-radar/dist");
const MINIMAL_FILES = ["index.html", "minimal_radar.js", "minimal_radar_bg.wasm"];
const minimalBuilt = () => MINIMAL_FILES.every((name) => fs.existsSync(path.join(MINIMAL, name)));

const KIB = 1024;
const SIZE_BUDGET = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/size-budget.json"), "utf8"));
const BUDGET = {
  firstChartRatio: 0.8, // desktop: median Cermin / median Chart.js, navigation start → first radar drawn
  redrawP95: 2, // ms, `cermin:draw` duration
  historyBytes: 1_000_000, // 1 MB in SI bytes (UTF-8 length of the stored document)
  historyMarginal: 50, // ms, load and list with 1,000 sessions − with 1 (issue 16)
  mobileRatio: 1.1, // phone, gzip server: median Cermin / median Chart.js (issue 21; issue 16 asked 1.0)
  minimalRatio: 1.1, // phone: median Cermin / median minimal Yew + plotters page, "within a tenth" (issue 21)
  moodleRatio: 1.1, // phone: median Moodle delivery / median gzip server (issue 21)
  firstUse: 150, // ms, phone: Export PNG clicked 2 s after the first chart → its PNG made (issue 21)
  longestTask: 50, // ms, CPU ×1: longest task from the wasm's arrival to the first chart (issue 21)
  firstPathBytes: SIZE_BUDGET.ceiling, // B gzip: the first path's ceiling in tests/size-budget.json
  repeatRatio: 0.6, // repeat visit / first visit, first chart, mobile profile (issue 16)
  lighthousePerformance: 0.98, // Lighthouse mobile, default configuration, gzip server
  lighthouseLcp: 1500, // ms, largest contentful paint in that run
  lighthouseTbt: 100, // ms, total blocking time in that run (issue 21)
  exportPng: 100, // ms, `cermin:png`
  memory: 32 * KIB * KIB, // 32 MiB = 33,554,432 B: JS heap used + wasm linear memory
  cohortLoad: 1000, // ms, issue 15: 200 participant files read and the group radar drawn (cohort:load)
};

const KEY = "cermin:default:history";
const VIEWPORT = { width: 1280, height: 900 };
/**
 * Lighthouse's mobile profile (issue 16): 150 ms round trip, 1.6 Mbps down, 750 kbps up, the CPU
 * four times slower; a Moto G Power's screen, as Lighthouse emulates it.
 */
const MOBILE = {
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  cpu: 4,
  context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};

// ---------------------------------------------------------------------------------------------
// Output helpers

const results = {}; // figure name → number, for the summary
const spreads = {}; // figure name → "min–max" of the samples behind a median
const failures = []; // scenarios that could not be measured

function figure(name, value, unit, note = "") {
  results[name] = value;
  const shown = unit === "B" || unit === "" ? String(Math.round(value * 1000) / 1000) : value.toFixed(2);
  console.log(`${name} ${shown}${unit ? ` ${unit}` : ""}${note ? `  (${note})` : ""}`);
}

/** A median figure with its spread (min–max of the samples), both printed and kept for the summary. */
function stat(name, samples, unit, note = "", digits = unit ? 1 : 2) {
  spreads[name] = spread(samples, digits);
  figure(name, median(samples), unit, `median of ${samples.length}, ${spreads[name]}${note ? `; ${note}` : ""}`);
}

const median = (xs) => quantile(xs, 0.5);
/** Linear interpolation between closest ranks (R-7, numpy's default). */
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const list = (xs) => xs.map((x) => x.toFixed(1)).join(" ");
/** "min–max" of some samples, for the spread next to a median. */
const spread = (xs, digits = 1) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function scenario(name, body) {
  const started = Date.now();
  try {
    await body();
  } catch (error) {
    failures.push(name);
    console.log(`ERROR ${name}: ${error?.stack ?? error}`);
  }
  console.error(`bench: ${name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Stored documents

const AGILITY = [
  "agility.flexibility",
  "agility.speed",
  "agility.experimenting",
  "agility.performance_risk",
  "agility.interpersonal_risk",
  "agility.collaborating",
  "agility.information_gathering",
  "agility.feedback_seeking",
  "agility.reflecting",
];
const DIGCOMP = [3, 6, 4, 4, 4].flatMap((n, area) => Array.from({ length: n }, (_, i) => `digcomp.${area + 1}.${i + 1}`));
const WIDYAISWARA = ["learning_management", "personality", "social", "substantive"].map((s) => `widyaiswara.${s}`);

/** The one session the first-chart and redraw scenarios open with. */
const SEED_LEVELS = [4, 3, 4, 2, 3, 5, 4, 3, 4];
const SEED_DOCUMENT = JSON.stringify({
  format: "cermin.history",
  version: 2,
  sessions: [
    {
      id: "bench-1",
      created: 1764300000000,
      updated: 1764300000000,
      ratings: Object.fromEntries(AGILITY.map((id, i) => [id, SEED_LEVELS[i]])),
    },
  ],
});

/** A small deterministic PRNG (mulberry32), so the 1,000-session document is the same every run. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTES = [
  "Masih ragu mencoba hal baru di depan peserta.",
  "Sudah mulai meminta umpan balik setelah setiap sesi.",
  "Perlu lebih banyak latihan dengan LMS dan kuis daring.",
  "Lebih percaya diri setelah diskusi dengan rekan widyaiswara.",
  "I waited for everything to be perfect before starting.",
];

/**
 * `n` valid sessions in Cermin's stored form (src/core/model/session.rs, src/core/store/codec.rs): fields in
 * serde's order, map keys sorted (BTreeMap), empty fields left out, one every three days.
 */
function historyDocument(n) {
  const random = prng(7);
  const level = (max) => 1 + Math.floor(random() * max);
  const all = [...AGILITY, ...DIGCOMP, ...WIDYAISWARA];
  const sessions = [];
  for (let i = 0; i < n; i++) {
    const created = 1764300000000 - (n - 1 - i) * 3 * 86_400_000;
    const ratings = {};
    for (const id of [...all].sort()) ratings[id] = level(id.startsWith("digcomp.") ? 8 : 5);
    const noted = [all[Math.floor(random() * all.length)], all[Math.floor(random() * all.length)]].sort();
    const notes = {};
    for (const id of noted) notes[id] = NOTES[Math.floor(random() * NOTES.length)];
    sessions.push({
      id: `bench-${String(i + 1).padStart(4, "0")}`,
      created,
      updated: created + 600_000,
      label: `Pelatihan ${i + 1}`,
      ratings,
      notes,
    });
  }
  // Newest first, as Cermin writes them.
  sessions.reverse();
  return JSON.stringify({ format: "cermin.history", version: 2, sessions });
}


/**
 * The same session as the SCORM package finds it in the LMS (its second launch in a fresh
 * browser): the history's compact form in `cmi.suspend_data` (src/core/lms/compact.rs), given to
 * the harness's scorm-again runtime as an earlier attempt's data.
 */
const LMS_PRELOAD = {
  cmi: {
    entry: "resume",
    suspend_data: JSON.stringify({ cermin: 1, k: AGILITY, s: [{ i: "bench-1", c: 1764300000000, r: SEED_LEVELS.join("") }] }),
  },
};

// ---------------------------------------------------------------------------------------------
// Browser helpers

/**
 * A fresh context (empty cache and storage) with `key` → `document` in localStorage beforehand,
 * for pages under `prefix` (the build's folder).
 */
async function freshPage(browser, { document = null, prefix = `/${distName}/`, captureWasm = false, mobile = false } = {}) {
  const screen = mobile ? MOBILE.context : { viewport: VIEWPORT };
  const context = await browser.newContext({ locale: "en-US", ...screen, acceptDownloads: true });
  if (document !== null) {
    await context.addInitScript(
      ([key, document, prefix]) => {
        try {
          if (location.pathname.startsWith(prefix)) localStorage.setItem(key, document);
        } catch {
          // about:blank and other opaque origins have no storage.
        }
      },
      [KEY, document, prefix],
    );
  }
  if (captureWasm) {
    // Outside-in: keep the wasm instance's linear memory where the benchmark can read it.
    await context.addInitScript(() => {
      const keep = (original) =>
        async function (...args) {
          const result = await original.apply(this, args);
          const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
          if (instance?.exports?.memory instanceof WebAssembly.Memory) window.__benchWasmMemory ??= instance.exports.memory;
          return result;
        };
      WebAssembly.instantiate = keep(WebAssembly.instantiate);
      if (WebAssembly.instantiateStreaming) WebAssembly.instantiateStreaming = keep(WebAssembly.instantiateStreaming);
    });
  }
  // The page's largest contentful paint as the browser reports it, and whether it is the static
  // shell's; and every long task (over 50 ms) of the page, from its start (issue 21).
  await context.addInitScript(() => {
    window.__benchLcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLcp.push({ time: e.startTime, shell: !!e.element?.closest?.(".shell") });
    }).observe({ type: "largest-contentful-paint", buffered: true });
    window.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  if (mobile) await throttle(context, page);
  return { context, page, errors: collectErrors(page) };
}

/** The mobile profile's network and CPU for one page (CDP, as Lighthouse's "devtools" throttling). */
async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", MOBILE.network);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE.cpu });
}

/** Waits for a User Timing entry and returns the first one with that name. */
async function entry(page, name, timeout = 30_000) {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, name, { timeout });
  return page.evaluate((name) => {
    const { startTime, duration } = performance.getEntriesByName(name)[0];
    return { startTime, duration };
  }, name);
}

function checkErrors(errors, where) {
  if (errors.length) throw new Error(`${where}: page errors: ${errors.join(" | ")}`);
}


// ---------------------------------------------------------------------------------------------
// 1. Sizes

/**
 * What a browser loads before the first chart (scripts/widget-files.mjs `FIRST_PATH`), of the
 * files `dir` has. A build from before issue 21 has no split and no wasm-fetch.js, and its wasm
 * is `cermin_bg.wasm`, uncompressed: that stands in for `cermin_bg.wasm.gz`.
 */
function firstPath(dir) {
  const unsplit = !fs.existsSync(path.join(dir, MAIN_WASM)) && fs.existsSync(path.join(dir, "cermin_bg.wasm"));
  return FIRST_PATH.map((name) => (unsplit && name === MAIN_WASM ? "cermin_bg.wasm" : name)).filter((name) =>
    fs.existsSync(path.join(dir, name)),
  );
}

const gzip9 = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/**
 * A served file's bytes: `gzip` as a gzip server sends it (gzip -9; a `.gz` file as it is stored,
 * the server leaves it alone) and `raw` (a `.gz` file's decompressed size).
 */
function wire(dir, name) {
  const bytes = fs.readFileSync(path.join(dir, name));
  return name.endsWith(".gz") ? { gzip: bytes.length, raw: zlib.gunzipSync(bytes).length } : { gzip: gzip9(bytes), raw: bytes.length };
}

/** What Moodle behind Apache sends of a file (see `serve`'s `moodle`): text gzip -6, the rest raw. */
function moodleWire(dir, name) {
  const bytes = fs.readFileSync(path.join(dir, name));
  return /\.(html|js|css|json|xml)$/.test(name) ? zlib.gzipSync(bytes, { level: 6 }).length : bytes.length;
}

function sizes({ dir, prefix }) {
  const p = prefix;
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  // The first path: the page, its stylesheet, the loaders and the main wasm.
  const first = firstPath(dir);
  const firstSizes = first.map((name) => wire(dir, name));
  first.forEach((name, i) => figure(`${p}size.first_path.${name}`, firstSizes[i].gzip, "B", `raw ${firstSizes[i].raw} B`));
  const wasm = first.find((name) => name.startsWith("cermin_bg.wasm"));
  figure(`${p}size.first_path.wasm`, wire(dir, wasm).gzip, "B", `${wasm}, the main wasm alone, gzip`);
  figure(`${p}size.first_path.wasm.raw`, wire(dir, wasm).raw, "B", `${wasm}, uncompressed`);
  figure(`${p}size.first_path.gzip`, sum(firstSizes.map((s) => s.gzip)), "B", `the ${first.length} files loaded before the first chart, as a gzip server sends them (gzip -9; a .gz as stored)`);
  figure(`${p}size.first_path.raw`, sum(firstSizes.map((s) => s.raw)), "B", "the same files uncompressed (a .gz file's decompressed size)");
  figure(`${p}size.first_path.moodle`, sum(first.map((name) => moodleWire(dir, name))), "B", "the same files as Moodle 4.2 behind Apache sends them (text gzip -6, wasm and .gz raw), informational");
  // The parts loaded after the first chart (a SCORM package loads split_lms before it).
  const later = laterParts(dir);
  const laterSizes = later.map((name) => wire(dir, name));
  later.forEach((name, i) => figure(`${p}size.later.${name}`, laterSizes[i].gzip, "B", `raw ${laterSizes[i].raw} B`));
  figure(`${p}size.later.gzip`, sum(laterSizes.map((s) => s.gzip)), "B", `the ${later.length} parts loaded after the first chart, gzip as stored`);
  figure(`${p}size.later.raw`, sum(laterSizes.map((s) => s.raw)), "B", "the same, decompressed");
  if (fs.existsSync(path.join(dir, "sw.js"))) {
    const worker = fs.readFileSync(path.join(dir, "sw.js"));
    figure(`${p}size.gzip.sw.js`, gzip9(worker), "B", `the service worker, fetched after the page has loaded, informational; raw ${worker.length} B`);
  }
  const single = fs.readFileSync(path.join(dir, "cermin.html"));
  figure(`${p}size.single_file.gzip`, gzip9(single), "B", `dist/cermin.html gzip -9; raw ${single.length} B`);
  for (const version of ["12", "2004"]) {
    const file = path.join(dir, `cermin-scorm${version}.zip`);
    if (!fs.existsSync(file)) continue;
    const entries = unzipSync(fs.readFileSync(file));
    const unzipped = sum(Object.values(entries).map((e) => e.length));
    figure(`${p}size.scorm${version}.zip`, fs.statSync(file).size, "B", `the package's .zip; ${Object.keys(entries).length} files, ${unzipped} B unzipped`);
  }
  const cohort = ["cohort.html", "cohort-boot.js", "cohort.js", "cohort_bg.wasm", "cohort.css", "style.css"];
  if (cohort.every((name) => fs.existsSync(path.join(dir, name)))) {
    const total = sum(cohort.map((name) => gzip9(fs.readFileSync(path.join(dir, name)))));
    figure(`${p}size.gzip.cohort_page`, total, "B", "dist/cohort.html and what it loads, informational");
  }
}

/** The references' sizes: the minimal Yew + plotters page and Chart.js. */
function referenceSizes() {
  if (minimalBuilt()) {
    const each = MINIMAL_FILES.map((name) => [name, gzip9(fs.readFileSync(path.join(MINIMAL, name)))]);
    const raw = MINIMAL_FILES.reduce((s, name) => s + fs.statSync(path.join(MINIMAL, name)).size, 0);
    figure("size.reference.minimal", each.reduce((s, [, z]) => s + z, 0), "B", `the minimal Yew + plotters page, gzip -9: ${each.map(([n, z]) => `${n} ${z}`).join(", ")}; raw ${raw} B`);
  } else {
    console.log("size.reference.minimal: not built (scripts/bench.sh builds bench/minimal-radar)");
  }
  const reference = fs.readFileSync(path.join(ROOT, "node_modules/chart.js/dist/chart.umd.js"));
  figure("size.reference.chart.umd.js", gzip9(reference), "B", `Chart.js, for comparison only; raw ${reference.length} B`);
}

// ---------------------------------------------------------------------------------------------
// 2. First chart: Cermin against Chart.js, the minimal Yew + plotters page, and as Moodle serves it

/** The LMS the Moodle delivery runs in: per build, the harness, scorm-again and the unzipped SCORM 2004 package. */
const LMS = path.join(ROOT, "tests/output/bench-moodle");

function moodleSite() {
  fs.rmSync(LMS, { recursive: true, force: true });
  for (const build of BUILDS) {
    const site = path.join(LMS, build.label);
    const entries = unzipSync(fs.readFileSync(path.join(build.dir, "cermin-scorm2004.zip")));
    for (const [name, bytes] of Object.entries(entries)) {
      if (name.endsWith("/")) continue;
      const file = path.join(site, "pkg2004", name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    }
    // As tests/e2e/scorm.test.mjs sets it up (scorm-again plays the LMS in the parent window),
    // with a lighter page: the 2004 runtime alone, minified (bench/moodle-harness.html).
    fs.copyFileSync(path.join(ROOT, "bench/moodle-harness.html"), path.join(site, "moodle-harness.html"));
    fs.copyFileSync(path.join(ROOT, "node_modules/scorm-again/dist/scorm2004.min.js"), path.join(site, "scorm2004.min.js"));
  }
}

/** Cermin's canvas, measured at the first load of a scenario; the references draw at its size. */
let canvasSize = null;

/** What one page says about its load, read once its first chart is drawn (times from its navigation start). */
function pageFigures(end) {
  const resources = performance.getEntriesByType("resource");
  const wasm = resources.find((e) => /\/cermin_bg\.wasm(\.gz)?$/.test(new URL(e.name).pathname));
  const wasmEnd = wasm ? wasm.responseEnd : NaN;
  // Tasks running at any time between the main wasm's arrival and the end of the first draw.
  const tasks = window.__benchLongTasks.filter((t) => t.start + t.duration > wasmEnd && t.start < end);
  const navigation = performance.getEntriesByType("navigation")[0];
  const arrived = resources.filter((e) => e.responseEnd <= end);
  return {
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    lcp: window.__benchLcp.at(-1) ?? { time: NaN, shell: false },
    wasmEnd,
    longest: wasm ? Math.max(0, ...tasks.map((t) => t.duration)) : NaN,
    bytes: (navigation?.encodedBodySize ?? 0) + arrived.reduce((sum, e) => sum + e.encodedBodySize, 0),
    files: arrived.map((e) => new URL(e.name).pathname.split("/").pop()),
  };
}

/** Checks, at a scenario's first load of a build, that the widget opened the seeded session. */
async function checkSeeded(scope, where) {
  await scope.locator('input[name="agility.speed"]').first().waitFor({ state: "attached" });
  const checked = await scope.locator('input[name="agility.speed"][value="3"]').isChecked();
  if (!checked) throw new Error(`${where}: Cermin did not open the seeded session`);
}

/** One load of a build's widget from the gzip server: navigation start → end of its first `cermin:draw`. */
async function cerminLoad(build, mobile, first) {
  const { context, page, errors } = await freshPage(browser, { document: SEED_DOCUMENT, prefix: `/${build.name}/`, mobile });
  await page.goto(`${server.origin}/${build.name}/?lang=en&theme=light`);
  const draw = await entry(page, "cermin:draw");
  await entry(page, "cermin:ready");
  const end = draw.startTime + draw.duration;
  const seen = await page.evaluate(pageFigures, end);
  if (first) {
    await checkSeeded(page, build.label);
    if (canvasSize === null) {
      canvasSize = await page.evaluate(() => {
        const canvas = document.querySelector("canvas.radar");
        return { w: canvas.width, h: canvas.height };
      });
      console.log(`${mobile ? "mobile." : ""}first_chart.canvas ${canvasSize.w}x${canvasSize.h} px  (Cermin's radar; the references use the same size)`);
    }
  }
  checkErrors(errors, `${build.label} Cermin`);
  await context.close();
  return { time: end, ...seen };
}

/** The references' query: Cermin's canvas size in CSS pixels and the seeded levels. */
function referenceQuery(mobile) {
  const ratio = mobile ? MOBILE.context.deviceScaleFactor : 1;
  return new URLSearchParams({ w: Math.round(canvasSize.w / ratio), h: Math.round(canvasSize.h / ratio), data: SEED_LEVELS.join(",") });
}

async function chartjsLoad(mobile) {
  const { context, page, errors } = await freshPage(browser, { mobile });
  await page.goto(`${server.origin}/bench/chartjs.html?${referenceQuery(mobile)}`);
  const drawn = await entry(page, "chartjs:drawn");
  checkErrors(errors, "Chart.js");
  await context.close();
  return { time: drawn.startTime };
}

async function minimalLoad(mobile) {
  const { context, page, errors } = await freshPage(browser, { mobile });
  await page.goto(`${server.origin}/bench/minimal-radar/dist/index.html?${referenceQuery(mobile)}`);
  const drawn = await entry(page, "minimal:drawn");
  checkErrors(errors, "minimal Yew + plotters page");
  await context.close();
  return { time: drawn.startTime };
}

/** The SCORM package's frame in the harness, once it has navigated to the package. */
async function scoFrame(page) {
  const end = Date.now() + 30_000;
  for (;;) {
    const frame = page.frames().find((f) => /\/pkg2004\/index\.html/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > end) throw new Error("the harness never opened the SCORM package");
    await sleep(20);
  }
}

/**
 * One launch of a build's SCORM 2004 package as Moodle 4.2 serves it, in the harness: navigation
 * start of the harness page → end of the widget's first `cermin:draw` inside the frame (the
 * frame's timestamps moved onto the page's clock with both `performance.timeOrigin`s).
 */
async function moodleLoad(build, mobile, first) {
  const { context, page, errors } = await freshPage(browser, { mobile });
  await context.addInitScript((data) => {
    if (window === window.top) window.cerminPreload = data;
  }, LMS_PRELOAD);
  const delivery = [];
  if (first) {
    page.on("response", (response) => {
      const name = new URL(response.url()).pathname.split("/").pop();
      if (/^(index\.html|cermin\.js|cermin_bg\.wasm(\.gz)?|split_lms\.wasm\.gz)$/.test(name)) {
        delivery.push(response.allHeaders().then((h) => `${name} ${h["content-type"]}${h["content-encoding"] ? ` ${h["content-encoding"]}` : ", not compressed"}`));
      }
    });
  }
  await page.goto(`${moodle.origin}/${build.label}/moodle-harness.html`);
  const frame = await scoFrame(page);
  const draw = await entry(frame, "cermin:draw");
  const end = draw.startTime + draw.duration;
  const [top, inner] = await Promise.all([page.evaluate(() => performance.timeOrigin), frame.evaluate(() => performance.timeOrigin)]);
  const seen = await frame.evaluate(pageFigures, end);
  if (first) {
    await checkSeeded(frame, `${build.label} SCORM package`);
    const savedIn = await frame.locator(".saved-in").getAttribute("data-saved-in");
    if (savedIn !== "lms") throw new Error(`${build.label} SCORM package: saved in "${savedIn}", not in the LMS`);
    console.log(`${build.prefix}mobile.first_chart.moodle.delivery ${(await Promise.all(delivery)).join("; ")}`);
  }
  checkErrors(errors, `${build.label} SCORM package, Moodle delivery`);
  await context.close();
  // The package's own part: from the frame's navigation start (the LMS page before it: `launch`).
  return { ...seen, time: inner + end - top, launch: inner - top, package: end };
}

/**
 * First chart, each load in a fresh context (empty cache and storage). Every subject (each
 * build's Cermin, Chart.js; on the phone also the minimal page and each build's SCORM package
 * as Moodle serves it) once per round, interleaved, the order turned by one each round so none
 * always follows the same one. `name` is the figures' prefix: `first_chart` (desktop, CPU ×1) or
 * `mobile.first_chart` (phone profile).
 */
async function firstChart({ name, mobile, rounds }) {
  canvasSize = null;
  const subjects = [];
  for (const build of BUILDS) subjects.push({ id: `${build.prefix}cermin`, run: (first) => cerminLoad(build, mobile, first) });
  subjects.push({ id: "chartjs", run: () => chartjsLoad(mobile) });
  if (mobile && minimalBuilt()) subjects.push({ id: "minimal", run: () => minimalLoad(mobile) });
  if (mobile && !minimalBuilt()) console.log(`${name}.minimal: not built (scripts/bench.sh builds bench/minimal-radar)`);
  if (mobile) for (const build of BUILDS) subjects.push({ id: `${build.prefix}moodle`, run: (first) => moodleLoad(build, mobile, first) });

  // One unrecorded round first (the browser's own first navigation is slower than any other),
  // Cermin first: the references take its canvas size.
  const firstLoad = {};
  for (const subject of subjects) firstLoad[subject.id] = await subject.run(true);

  const samples = Object.fromEntries(subjects.map((s) => [s.id, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < subjects.length; i++) {
      const subject = subjects[(i + round) % subjects.length];
      samples[subject.id].push(await subject.run(false));
    }
    const line = subjects.map((s) => `${s.id} ${samples[s.id][round].time.toFixed(1)}`).join(" ");
    console.log(`${name}.round.${round + 1} ${line} ms; Cermin / Chart.js ${(samples.cermin[round].time / samples.chartjs[round].time).toFixed(2)}`);
  }

  const times = (id) => samples[id].map((s) => s.time);
  const ratios = (a, b) => times(a).map((x, i) => x / times(b)[i]);
  stat(`${name}.chartjs.median`, times("chartjs"), "ms", "navigation start → chartjs:drawn");
  if (samples.minimal) stat(`${name}.minimal.median`, times("minimal"), "ms", "navigation start → minimal:drawn, the minimal Yew + plotters page");
  for (const { prefix: p, label } of BUILDS) {
    const cermin = `${p}cermin`;
    stat(`${p}${name}.cermin.median`, times(cermin), "ms", `${label}: navigation start → end of the first cermin:draw, gzip server`);
    figure(`${p}${name}.ratio`, median(times(cermin)) / median(times("chartjs")), "", `median Cermin / median Chart.js; per round ${spread(ratios(cermin, "chartjs"), 2)}`);
    spreads[`${p}${name}.ratio`] = spread(ratios(cermin, "chartjs"), 2);
    figure(`${p}${name}.ratio.paired_median`, median(ratios(cermin, "chartjs")), "", "median of the per-round ratios, informational");
    if (samples.minimal) {
      figure(`${p}${name}.ratio.minimal`, median(times(cermin)) / median(times("minimal")), "", `median Cermin / median minimal Yew + plotters page; per round ${spread(ratios(cermin, "minimal"), 2)}`);
      spreads[`${p}${name}.ratio.minimal`] = spread(ratios(cermin, "minimal"), 2);
    }
    if (mobile) {
      const moodleId = `${p}moodle`;
      stat(`${p}${name}.moodle.median`, times(moodleId), "ms", `${label}: the SCORM 2004 package served as Moodle 4.2 serves it, from the LMS page's navigation start`);
      figure(`${p}${name}.moodle.ratio`, median(times(moodleId)) / median(times(cermin)), "", `median Moodle delivery / median gzip server; per round ${spread(ratios(moodleId, cermin), 2)}`);
      spreads[`${p}${name}.moodle.ratio`] = spread(ratios(moodleId, cermin), 2);
      const launches = samples[moodleId].map((s) => s.launch);
      const packages = samples[moodleId].map((s) => s.package);
      stat(`${p}${name}.moodle.launch.median`, launches, "ms", "of which the LMS page (its SCORM runtime) before the package's frame starts, informational");
      stat(`${p}${name}.moodle.package.median`, packages, "ms", "and the package: the frame's navigation start → its first chart");
      const packageRatios = packages.map((x, i) => x / times(cermin)[i]);
      figure(`${p}${name}.moodle.package.ratio`, median(packages) / median(times(cermin)), "", `median package part / median gzip server (each from its own page's navigation start); per round ${spread(packageRatios, 2)}`);
      spreads[`${p}${name}.moodle.package.ratio`] = spread(packageRatios, 2);
      figure(`${p}${name}.moodle.ratio.chartjs`, median(times(moodleId)) / median(times("chartjs")), "", "median Moodle delivery / median Chart.js, informational");
      const m = firstLoad[moodleId];
      figure(`${p}${name}.moodle.bytes`, m.bytes, "B", `bytes on the wire in the package's frame before its first chart: ${m.files.length + 1} files, informational`);
    }
    const loads = samples[cermin];
    stat(`${p}${name}.wasm_end`, loads.map((s) => s.wasmEnd), "ms", "the main wasm's responseEnd, informational");
    stat(`${p}${name}.from_wasm`, loads.map((s) => s.time - s.wasmEnd), "ms", "the main wasm's responseEnd → end of the first draw (decompress, compile, start, first render and draw), informational");
    const taskNote = "longest task running between the main wasm's arrival and the end of the first draw (a longtask observer: tasks over 50 ms; 0 = none)";
    stat(`${p}${name}.longest_task`, loads.map((s) => s.longest), "ms", mobile ? `${taskNote}; CPU ×4, informational` : taskNote);
    const c = firstLoad[cermin];
    figure(`${p}${name}.bytes`, c.bytes, "B", `bytes on the wire before the first chart, gzip server: ${c.files.length + 1} files, informational`);
    const fcps = loads.map((s) => s.fcp);
    const lcps = loads.map((s) => s.lcp.time);
    const shell = loads.filter((s) => s.lcp.shell).length;
    stat(`${p}${name}.fcp`, fcps, "ms", "Cermin's first contentful paint in the page, informational");
    stat(`${p}${name}.lcp`, lcps, "ms", `Cermin's largest contentful paint in the page: the static shell's in ${shell} of ${loads.length} loads, Chromium ${browser.version()}, informational`);
  }
}

/**
 * A repeat visit on the mobile profile: the first visit (fresh profile) until its service worker
 * is active, then the widget opened again in a new tab of the same profile. Repeat / first.
 */
async function repeatVisit(browser, server) {
  const url = `${server.origin}/${distName}/?lang=en&theme=light`;
  const firsts = [];
  const repeats = [];
  // An older build has no service worker: its repeat visit is measured as it is.
  const withWorker = fs.existsSync(path.join(DIST, "sw.js"));
  if (!withWorker) console.log("repeat: no sw.js in this build, so no service worker");
  for (let round = 0; round <= options["mobile-rounds"]; round++) {
    const { context, page, errors } = await freshPage(browser, { document: SEED_DOCUMENT, mobile: true });
    await page.goto(url);
    const first = await entry(page, "cermin:draw");
    if (withWorker) {
      await waitUntil(
        page,
        async () => {
          const detail = performance.getEntriesByName("cermin:offline")[0]?.detail;
          if (detail && detail !== "on") throw new Error(`no service worker: ${detail}`);
          const registration = detail && (await navigator.serviceWorker.getRegistration());
          return registration?.active?.state === "activated" && !registration.installing;
        },
        null,
        { timeout: 60_000, polling: 200 },
      );
    } else {
      await page.waitForLoadState("load");
    }
    const again = await context.newPage();
    await throttle(context, again);
    const againErrors = collectErrors(again);
    await again.goto(url);
    const repeat = await entry(again, "cermin:draw");
    const controlled = await again.evaluate(() => navigator.serviceWorker.controller !== null);
    if (controlled !== withWorker) throw new Error(`the repeat visit was ${controlled ? "" : "not "}served by a service worker`);
    checkErrors([...errors, ...againErrors], "repeat visit");
    await context.close();
    if (round === 0) continue; // unrecorded, as above
    firsts.push(first.startTime + first.duration);
    repeats.push(repeat.startTime + repeat.duration);
    console.log(`repeat.round.${round} first ${firsts.at(-1).toFixed(1)} ms repeat ${repeats.at(-1).toFixed(1)} ms`);
  }
  figure("repeat.first.median", median(firsts), "ms", `first visit, mobile profile; ${spread(firsts)}`);
  figure("repeat.again.median", median(repeats), "ms", `repeat visit, same profile, new tab; ${spread(repeats)}`);
  const ratios = repeats.map((x, i) => x / firsts[i]);
  figure("repeat.ratio", median(repeats) / median(firsts), "", `median repeat / median first; per round ${spread(ratios, 2)}`);
}


// ---------------------------------------------------------------------------------------------
// 3. First use of a deferred feature (issue 21): Export PNG, 2 s after the first chart, phone

/**
 * One load on the phone profile: the first chart, then 2 s later (page time) a click on
 * "Export PNG". The figure is click → end of the `cermin:png` measure, both on the page's clock
 * (the click is made in the page, `HTMLElement.click()` right after reading `performance.now()`):
 * the PNG is made (a button pressed before the deferred part has arrived waits for it, inside
 * this time). The download it offers is awaited too, and click → Playwright's download event is
 * kept as an informational figure: it crosses to the driver, so it adds the driver's latency.
 */
async function firstUseLoad(build) {
  const { context, page, errors } = await freshPage(browser, { document: SEED_DOCUMENT, prefix: `/${build.name}/`, mobile: true });
  await page.goto(`${server.origin}/${build.name}/?lang=en&theme=light`);
  const draw = await entry(page, "cermin:draw");
  const chart = draw.startTime + draw.duration;
  await page.waitForFunction((at) => performance.now() >= at, chart + 2000, { polling: 20, timeout: 30_000 });
  const button = page.getByRole("button", { name: "Export PNG", exact: true });
  await button.waitFor({ state: "attached" });
  const download = page.waitForEvent("download", { timeout: 30_000 });
  const sent = Date.now();
  const clicked = await button.evaluate((element) => {
    const at = performance.now();
    element.click();
    return at;
  });
  await download;
  const received = Date.now();
  const png = await entry(page, "cermin:png");
  const more = await page.evaluate(() => {
    const e = performance.getEntriesByName("cermin:more")[0];
    return e ? e.startTime + e.duration : null;
  });
  checkErrors(errors, `${build.label} first use`);
  await context.close();
  return { time: png.startTime + png.duration - clicked, png: png.duration, driver: received - sent, chart, clicked, more };
}

async function firstUse() {
  const samples = Object.fromEntries(BUILDS.map((b) => [b.label, []]));
  // One unrecorded round first, as for the first chart.
  for (let round = 0; round <= options["mobile-rounds"]; round++) {
    const order = round % 2 ? [...BUILDS].reverse() : BUILDS;
    for (const build of order) {
      const s = await firstUseLoad(build);
      if (round === 0) continue;
      samples[build.label].push(s);
      const more = s.more === null ? "no deferred part" : `deferred part arrived ${(s.more - s.chart).toFixed(0)} ms after the first chart`;
      console.log(`${build.prefix}mobile.deferred.round.${round} click → PNG ${s.time.toFixed(1)} ms (cermin:png itself ${s.png.toFixed(1)} ms), → download event ${s.driver} ms; ${more}`);
    }
  }
  for (const { prefix: p, label } of BUILDS) {
    const s = samples[label];
    stat(`${p}mobile.deferred.first_use`, s.map((x) => x.time), "ms", `${label}: Export PNG clicked 2 s after the first chart → end of cermin:png, in the page`);
    stat(`${p}mobile.deferred.first_use.png`, s.map((x) => x.png), "ms", "of which cermin:png itself (the PNG drawn and encoded), informational");
    stat(`${p}mobile.deferred.first_use.download`, s.map((x) => x.driver), "ms", "click sent → Playwright's download event, in the driver, informational");
    const arrived = s.filter((x) => x.more !== null);
    if (arrived.length) {
      stat(`${p}mobile.deferred.arrival`, arrived.map((x) => x.more - x.chart), "ms", "first chart → the deferred part loaded (cermin:more's end), informational");
    }
    const late = arrived.filter((x) => x.more > x.clicked).length;
    if (late) console.log(`${p}mobile.deferred: the deferred part arrived after the click in ${late} of ${s.length} loads`);
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Redraw after a rating change

async function redraw(browser, server) {
  const { context, page, errors } = await freshPage(browser, { document: SEED_DOCUMENT });
  await page.goto(`${server.origin}/${distName}/?lang=en&theme=light`);
  await entry(page, "cermin:draw");
  // The accessible way a person rates, once, to be sure the inputs are the ones the tests use.
  const before = await page.evaluate(() => performance.getEntriesByName("cermin:draw").length);
  await page.getByRole("radiogroup", { name: "Speed", exact: true }).getByRole("radio", { name: /^5:/ }).check();
  await page.waitForFunction((n) => performance.getEntriesByName("cermin:draw").length > n, before);

  // The clicks themselves run inside the page: no round trip to the driver between them.
  const samples = await page.evaluate(
    async ({ clicks, items }) => {
      const yieldTask = () =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(null);
        });
      const draws = () => performance.getEntriesByName("cermin:draw");
      const out = [];
      for (let i = 0; i < clicks; i++) {
        const item = items[i % items.length];
        const checked = document.querySelector(`input[name="${item}"]:checked`);
        const current = checked ? Number(checked.value) : 0;
        const next = (current % 5) + 1; // always a different level, so the polygon changes
        const input = document.querySelector(`input[name="${item}"][value="${next}"]`);
        const n = draws().length;
        const clicked = performance.now();
        input.click();
        const deadline = clicked + 5000;
        while (draws().length === n) {
          if (performance.now() > deadline) throw new Error(`no cermin:draw after click ${i} (${item} → ${next})`);
          await yieldTask();
        }
        const added = draws().slice(n);
        const last = added[added.length - 1];
        out.push({
          draw: added.reduce((sum, e) => sum + e.duration, 0),
          interaction: last.startTime + last.duration - clicked,
          count: added.length,
        });
      }
      return out;
    },
    { clicks: options.clicks, items: AGILITY },
  );
  checkErrors(errors, "redraw");
  await context.close();

  const draw = samples.map((s) => s.draw);
  const interaction = samples.map((s) => s.interaction);
  const extra = samples.filter((s) => s.count !== 1).length;
  const note = `${samples.length} rating changes${extra ? `; ${extra} with more than one draw` : ""}`;
  figure("redraw.draw.p50", quantile(draw, 0.5), "ms", note);
  figure("redraw.draw.p95", quantile(draw, 0.95), "ms", "cermin:draw duration");
  figure("redraw.draw.max", Math.max(...draw), "ms");
  figure("redraw.interaction.p50", quantile(interaction, 0.5), "ms", "click → end of cermin:draw, informational");
  figure("redraw.interaction.p95", quantile(interaction, 0.95), "ms", "informational");
}

// ---------------------------------------------------------------------------------------------
// 5–7. History at scale, exports, memory

async function history(browser, server) {
  const document = historyDocument(options.sessions);
  const url = `${server.origin}/${distName}/?lang=en&theme=light`;
  const loads = [];
  const lists = [];
  const readies = [];
  const draws = [];
  const rests = [];
  const baseline = [];
  const baselineLoads = [];
  let last = null;
  for (let round = 0; round < options["history-rounds"]; round++) {
    const keep = round === options["history-rounds"] - 1;
    const opened = await freshPage(browser, { document, captureWasm: keep });
    const { page } = opened;
    await page.goto(url);
    const ready = await entry(page, "cermin:ready");
    const start = await entry(page, "cermin:start");
    const load = await entry(page, "cermin:load");
    loads.push(load.duration);
    lists.push(ready.startTime - start.startTime);
    // A long history's older sessions, read in a task after the first screen (issue 16).
    // (An older build, measured with --dist, reads it all at once and has no such entry.)
    const rest = options.sessions > 40 ? await entry(page, "cermin:load-rest", 10_000).catch(() => null) : null;
    if (rest) rests.push(rest.duration);
    readies.push(ready.startTime);
    draws.push(
      await page.evaluate((before) => {
        const drawn = performance.getEntriesByName("cermin:draw").filter((e) => e.startTime < before);
        return drawn.reduce((sum, e) => sum + e.duration, 0);
      }, ready.startTime),
    );
    if (round === 0) {
      // The list shows the newest page of sessions and offers the rest ("Show 20 more").
      const listed = await page.locator(".history-list > li").count();
      const page_size = Math.min(20, options.sessions);
      if (listed !== page_size) throw new Error(`${listed} sessions listed, expected the newest ${page_size}`);
      const more = await page.getByRole("button", { name: /^Show \d+ more sessions$/ }).count();
      if ((options.sessions > page_size) !== (more === 1)) throw new Error("no 'show more' for the rest of the history");
      const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
      if (stored !== document) throw new Error("the stored document changed on load");
    }
    checkErrors(opened.errors, "history");
    if (keep) last = opened;
    else await opened.context.close();
    // The same page with one saved session, in the same round (the machine's load drifts between
    // rounds): what the page costs whatever the history's length.
    const one = await freshPage(browser, { document: SEED_DOCUMENT });
    await one.page.goto(url);
    const oneReady = await entry(one.page, "cermin:ready");
    const oneStart = await entry(one.page, "cermin:start");
    baseline.push(oneReady.startTime - oneStart.startTime);
    baselineLoads.push((await entry(one.page, "cermin:load")).duration);
    checkErrors(one.errors, "history baseline");
    await one.context.close();
  }
  figure("history.sessions", options.sessions, "");
  figure("history.document", Buffer.byteLength(document, "utf8"), "B", "UTF-8 bytes of the stored JSON");
  const n = options["history-rounds"];
  figure("history.load", median(loads), "ms", `cermin:load (read + decode of what the first screen shows), median of ${n}: ${list(loads)}`);
  if (rests.length) figure("history.load_rest", median(rests), "ms", `cermin:load-rest (the whole history, read after cermin:ready), informational, median of ${n}: ${list(rests)}`);
  figure("history.load_and_list", median(lists), "ms", `cermin:ready − cermin:start, median of ${n}: ${list(lists)}`);
  figure("history.draws_before_ready", median(draws), "ms", `cermin:draw durations before cermin:ready (radar + growth), informational`);
  figure("history.ready", median(readies), "ms", "navigation start → cermin:ready, informational");
  figure("history.load_and_list.one_session", median(baseline), "ms", `the same with 1 session, informational, median of ${n}: ${list(baseline)}`);
  figure("history.load.one_session", median(baselineLoads), "ms", `cermin:load with 1 session, informational, median of ${n}: ${list(baselineLoads)}`);
  figure(
    "history.marginal",
    median(lists) - median(baseline),
    "ms",
    `what 1,000 sessions add: median with ${options.sessions} (${spread(lists)}) − median with 1 (${spread(baseline)})`,
  );
  const paired = lists.map((x, i) => x - baseline[i]);
  figure("history.marginal.paired_median", median(paired), "ms", `median of each round's difference, informational: ${list(paired)}`);
  figure("history.marginal.load", median(loads) - median(baselineLoads), "ms", "of which reading storage (cermin:load): median with 1,000 − median with 1, informational");

  const { context, page, errors } = last;
  try {
    await scenario("memory", () => memory(context, page));
    await scenario("export", () => exports(page));
    checkErrors(errors, "memory/export");
  } finally {
    await context.close();
  }
}

async function memory(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize, totalSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  const wasm = await page.evaluate(() => window.__benchWasmMemory?.buffer.byteLength ?? null);
  if (wasm === null) throw new Error("the wasm memory was not captured (instantiate wrapper)");
  const mib = (b) => `${(b / KIB / KIB).toFixed(2)} MiB`;
  figure("memory.js_heap", usedSize, "B", `${mib(usedSize)} used after a GC (heap total ${mib(totalSize)}), CDP Runtime.getHeapUsage`);
  figure("memory.wasm", wasm, "B", `${mib(wasm)} linear memory (only grows: the peak so far)`);
  figure("memory.total", usedSize + wasm, "B", `${mib(usedSize + wasm)}, with ${options.sessions} sessions loaded`);
}

async function exports(page) {
  for (const [button, name] of [
    ["Export PNG", "cermin:png"],
    ["Export SVG", "cermin:svg"],
  ]) {
    const times = [];
    for (let i = 0; i < options.exports; i++) {
      const n = await page.evaluate((name) => performance.getEntriesByName(name).length, name);
      const download = page.waitForEvent("download", { timeout: 30_000 });
      await page.getByRole("button", { name: button, exact: true }).click();
      await download;
      await page.waitForFunction(([name, n]) => performance.getEntriesByName(name).length > n, [name, n]);
      times.push(await page.evaluate(([name, n]) => performance.getEntriesByName(name)[n].duration, [name, n]));
    }
    const key = name.slice("cermin:".length);
    figure(`export.${key}`, median(times), "ms", `${name}, median of ${times.length}: ${list(times)}`);
    figure(`export.${key}.first`, times[0], "ms", "the first click, informational");
  }
}


// ---------------------------------------------------------------------------------------------
// 8. Lighthouse, mobile, its default configuration (simulated throttling), served with gzip

async function lighthouseMobile() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const runs = Object.fromEntries(BUILDS.map((b) => [b.label, []]));
  try {
    // With --before, the two builds' runs alternate.
    for (let round = 0; round < options["lighthouse-rounds"]; round++) {
      for (const { name, label, prefix } of BUILDS) {
        const result = await lighthouse(`${server.origin}/${name}/?lang=id`, { port: chrome.port, output: "json", logLevel: "error" });
        const { categories, audits } = result.lhr;
        const run = {
          performance: categories.performance.score,
          accessibility: categories.accessibility.score,
          best_practices: categories["best-practices"].score,
          lcp: audits["largest-contentful-paint"].numericValue,
          fcp: audits["first-contentful-paint"].numericValue,
          tbt: audits["total-blocking-time"].numericValue,
          cls: audits["cumulative-layout-shift"].numericValue,
          si: audits["speed-index"].numericValue,
          // What Lighthouse saw before simulating the phone: its LCP estimate counts every request
          // that had ended by the observed largest paint (so the wasm too, if it had arrived).
          observed_lcp: audits.metrics.details.items[0].observedLargestContentfulPaint,
          wasm_end: audits["network-requests"].details.items.find((r) => /\/cermin_bg\.wasm/.test(r.url))?.networkEndTime ?? NaN,
        };
        runs[label].push(run);
        fs.mkdirSync(path.join(ROOT, "tests/output"), { recursive: true });
        fs.writeFileSync(path.join(ROOT, `tests/output/bench-lighthouse-${prefix}${round + 1}.json`), result.report);
        console.log(`${prefix}lighthouse.round.${round + 1} ${Object.entries(run).map(([k, v]) => `${k} ${Math.round(v * 1000) / 1000}`).join(" ")}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  for (const { label, prefix } of BUILDS) {
    const of = (key) => runs[label].map((r) => r[key]);
    for (const [key, unit] of [["performance", ""], ["accessibility", ""], ["best_practices", ""], ["lcp", "ms"], ["fcp", "ms"], ["tbt", "ms"], ["cls", ""], ["si", "ms"], ["observed_lcp", "ms"], ["wasm_end", "ms"]]) {
      stat(`${prefix}lighthouse.${key}`, of(key), unit, "", unit ? 0 : 3);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 9. The cohort page (issue 15): 200 participant files added at once, to the group radar drawn

async function cohortLoad(browser, server) {
  const files = generated(200, 15).map((p, n) => ({
    name: `cermin-share-${n + 1}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(shareFile(p)),
  }));
  const times = [];
  for (let round = 0; round <= options.rounds; round++) {
    const { context, page, errors } = await freshPage(browser);
    await page.goto(`${server.origin}/${distName}/cohort.html?lang=en`);
    await page.locator("#cohort-files").waitFor();
    await page.locator("#cohort-files").setInputFiles(files);
    const load = await entry(page, "cohort:load");
    const people = await page.locator(".people-table tbody tr").count();
    if (people !== 200) throw new Error(`the cohort page shows ${people} participants, not 200`);
    checkErrors(errors, "cohort");
    await context.close();
    // The first round warms the browser's caches; it is not recorded.
    if (round > 0) times.push(load.duration);
  }
  figure("cohort.load_200", median(times), "ms", `cohort:load (files chosen → group radar drawn), median of ${times.length}: ${list(times)}`);
}


// ---------------------------------------------------------------------------------------------
// Run

for (const build of BUILDS) {
  const missing = ["index.html", "boot.js", "cermin.js", "cermin.html"].filter((name) => !fs.existsSync(path.join(build.dir, name)));
  if (!firstPath(build.dir).some((name) => name.startsWith("cermin_bg.wasm"))) missing.push(MAIN_WASM);
  if (missing.length) {
    console.error(`bench: ${build.name}/ lacks ${missing.join(", ")}; run scripts/build.sh (or scripts/bench.sh) first`);
    process.exit(1);
  }
}

// Compressed as a real server sends them: the mobile figures depend on the bytes on the wire.
const server = await serve(ROOT, { prefix: "/", gzip: true });
// The SCORM package as Moodle 4.2 behind Apache serves it (only where a scenario needs it).
const moodle = only.includes("mobile") ? (moodleSite(), await serve(LMS, { moodle: true })) : null;
const browser = await launch();
console.log(`bench: Chromium ${browser.version()}, ${options.rounds} rounds, ${options["mobile-rounds"]} phone rounds, ${options.clicks} clicks, ${options.sessions} sessions`);
console.log(`bench: measuring ${distName}/${BEFORE ? `, before: ${BEFORE.name}/` : ""}`);
try {
  const run = {
    sizes: async () => {
      for (const build of BUILDS) sizes(build);
      referenceSizes();
    },
    first_chart: () => firstChart({ name: "first_chart", mobile: false, rounds: options.rounds }),
    mobile: () => firstChart({ name: "mobile.first_chart", mobile: true, rounds: options["mobile-rounds"] }),
    first_use: () => firstUse(),
    repeat: () => repeatVisit(browser, server),
    redraw: () => redraw(browser, server),
    history: () => history(browser, server),
    lighthouse: () => lighthouseMobile(),
    cohort: () => cohortLoad(browser, server),
  };
  for (const name of only) await scenario(name, run[name]);
} finally {
  await browser.close();
  await server.close();
  await moodle?.close();
}

// ---------------------------------------------------------------------------------------------
// Summary

const rows = [
  // Issue 21 §4.
  ["mobile.first_chart.ratio", "≤", BUDGET.mobileRatio, "", "phone, gzip server: Cermin / Chart.js, medians"],
  ["mobile.first_chart.ratio.minimal", "≤", BUDGET.minimalRatio, "", "phone, gzip server: Cermin / minimal Yew + plotters page, medians (within a tenth)"],
  ["mobile.first_chart.moodle.ratio", "≤", BUDGET.moodleRatio, "", "phone: Moodle delivery (from the LMS page's start) / gzip server, medians"],
  ["mobile.first_chart.moodle.package.ratio", "≤", BUDGET.moodleRatio, "", "phone: Moodle delivery (from the package frame's start) / gzip server, medians"],
  ["first_chart.ratio", "≤", BUDGET.firstChartRatio, "", "desktop: Cermin / Chart.js, medians"],
  ["lighthouse.performance", "≥", BUDGET.lighthousePerformance, "", "Lighthouse mobile, median"],
  ["lighthouse.lcp", "≤", BUDGET.lighthouseLcp, "ms", "Lighthouse mobile, median"],
  ["lighthouse.tbt", "≤", BUDGET.lighthouseTbt, "ms", "Lighthouse mobile, median"],
  ["mobile.deferred.first_use", "≤", BUDGET.firstUse, "ms", "Export PNG 2 s after the first chart → PNG made, phone, median"],
  ["size.first_path.gzip", "≤", BUDGET.firstPathBytes, "B", "first path, gzip as served; the ceiling of tests/size-budget.json"],
  ["first_chart.longest_task", "≤", BUDGET.longestTask, "ms", "CPU ×1: longest task, wasm arrived → first chart, median"],
  // Earlier issues.
  ["repeat.ratio", "≤", BUDGET.repeatRatio, "", "repeat / first visit, mobile profile"],
  ["redraw.draw.p95", "≤", BUDGET.redrawP95, "ms", "cermin:draw"],
  ["history.document", "≤", BUDGET.historyBytes, "B", "1 MB = 1,000,000 B"],
  ["history.marginal", "≤", BUDGET.historyMarginal, "ms", "load and list: 1,000 sessions − 1"],
  ["export.png", "≤", BUDGET.exportPng, "ms", "cermin:png, median"],
  ["memory.total", "≤", BUDGET.memory, "B", "32 MiB = 33,554,432 B, JS heap + wasm memory"],
  ["lighthouse.accessibility", "≥", 1, "", "Lighthouse mobile, median"],
  ["lighthouse.best_practices", "≥", 1, "", "Lighthouse mobile, median"],
  ["cohort.load_200", "≤", BUDGET.cohortLoad, "ms", "200 participant files → group radar drawn, median"],
];
const fmt = (x, unit) => (unit === "B" ? String(Math.round(x)) : String(Math.round(x * 100) / 100)) + (unit ? ` ${unit}` : "");
const withSpread = (name, unit) => `${fmt(results[name], unit)}${spreads[name] ? ` (${spreads[name]})` : ""}`;

if (BEFORE) {
  // Every figure measured for both builds, side by side.
  console.log(`\n== before (${BEFORE.name}/) → after (${distName}/)`);
  for (const name of Object.keys(results).filter((n) => n.startsWith("before."))) {
    const after = name.slice("before.".length);
    if (!(after in results)) continue;
    const [b, a] = [results[name], results[after]];
    const change = b ? `×${(a / b).toFixed(2)}` : "";
    console.log(`${after} ${Math.round(b * 100) / 100} → ${Math.round(a * 100) / 100}  ${change}`);
  }
}

console.log(`\n== targets (Chromium ${browser.version()})`);
let passed = 0;
let counted = 0;
for (const [name, op, limit, unit, note] of rows) {
  const value = results[name];
  if (value === undefined && only !== SCENARIOS) continue; // a scenario left out by --only
  counted++;
  if (value === undefined || Number.isNaN(value)) {
    console.log(`ERROR ${name}: not measured (target ${op} ${fmt(limit, unit)}; ${note})`);
    continue;
  }
  const ok = op === "≥" ? value >= limit : value <= limit;
  if (ok) passed++;
  const before = `before.${name}` in results ? `; before ${withSpread(`before.${name}`, unit)}` : "";
  console.log(`${ok ? "PASS" : "FAIL"} ${name} ${withSpread(name, unit)} ${op} ${fmt(limit, unit)}  (${note}${before})`);
}
// Reported beside the targets, with no target of their own.
for (const [name, unit, note] of [
  ["size.first_path.raw", "B", "first path, uncompressed"],
  ["size.later.gzip", "B", "the parts loaded after the first chart, gzip"],
  ["size.later.raw", "B", "the same, uncompressed"],
  ["mobile.first_chart.cermin.median", "ms", "phone, gzip server"],
  ["mobile.first_chart.chartjs.median", "ms", "phone, Chart.js page"],
  ["mobile.first_chart.minimal.median", "ms", "phone, minimal Yew + plotters page"],
  ["mobile.first_chart.moodle.median", "ms", "phone, Moodle delivery, from the LMS page's start"],
  ["mobile.first_chart.lcp", "ms", `phone, in-page largest contentful paint, Chromium ${browser.version()}`],
]) {
  if (name in results) {
    const before = `before.${name}` in results ? `; before ${withSpread(`before.${name}`, unit)}` : "";
    console.log(`INFO ${name} ${withSpread(name, unit)}  (${note}${before})`);
  }
}
console.log(`== ${passed}/${counted} within target${failures.length ? `; not measured: ${failures.join(", ")}` : ""}`);
process.exit(failures.length ? 1 : 0);
