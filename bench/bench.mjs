// Issues 7 and 16's benchmark: measures the built widget in dist/ (it builds nothing; scripts/bench.sh
// builds first). Serves the repository root on 127.0.0.1 (so /dist/, /bench/ and
// /node_modules/chart.js/ are reachable), drives headless Chromium, and prints one line per
// figure, then a budget summary with PASS/FAIL per item. A measurement, not a test: a budget
// miss still exits 0 (only a scenario that could not be measured at all exits 1).
//
// Files go out gzip-compressed, as a real server sends them.
//
//   node bench/bench.mjs [--rounds 9] [--clicks 200] [--sessions 1000] [--history-rounds 5] [--exports 5]
//                        [--mobile-rounds 5] [--lighthouse-rounds 3] [--only mobile,repeat,…]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { serve, launch, collectErrors, waitUntil, ROOT } from "../tests/support/browser.mjs";
import { generated, shareFile } from "../tests/support/cohort.mjs";

// ---------------------------------------------------------------------------------------------
// Options and budget

const options = {
  rounds: 9,
  clicks: 200,
  sessions: 1000,
  "history-rounds": 5,
  exports: 5,
  "mobile-rounds": 5,
  "lighthouse-rounds": 3,
};
const SCENARIOS = ["sizes", "first_chart", "mobile", "repeat", "redraw", "history", "lighthouse", "cohort"];
let distName = "dist"; // --dist NAME: measure ROOT/NAME instead of ROOT/dist
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
  if (key === "dist") {
    // Another build to measure, in a folder under the repository root (e.g. an older build's dist).
    distName = inline ?? process.argv[++i] ?? "";
    if (!/^[\w.-]+$/.test(distName)) {
      console.error("bench: --dist takes a folder name under the repository root");
      process.exit(2);
    }
    continue;
  }
  if (!(key in options)) {
    console.error(`bench: unknown option --${key} (known: ${Object.keys(options).map((k) => `--${k}`).join(" ")})`);
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

const KIB = 1024;
const BUDGET = {
  firstChartRatio: 0.8, // median Cermin / median Chart.js, navigation start → first radar drawn
  redrawP95: 2, // ms, `cermin:draw` duration
  historyBytes: 1_000_000, // 1 MB in SI bytes (UTF-8 length of the stored document)
  historyMarginal: 50, // ms, load and list with 1,000 sessions − with 1 (issue 16)
  mobileRatio: 1.0, // median Cermin / median Chart.js on the mobile profile (issue 16)
  repeatRatio: 0.6, // repeat visit / first visit, first chart, mobile profile (issue 16)
  lighthousePerformance: 0.98, // Lighthouse mobile, default configuration, gzip server
  lighthouseLcp: 1500, // ms, largest contentful paint in that run
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
const failures = []; // scenarios that could not be measured

function figure(name, value, unit, note = "") {
  results[name] = value;
  const shown = unit === "B" || unit === "" ? String(Math.round(value * 1000) / 1000) : value.toFixed(2);
  console.log(`${name} ${shown}${unit ? ` ${unit}` : ""}${note ? `  (${note})` : ""}`);
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
 * `n` valid sessions in Cermin's stored form (src/core/session.rs, src/core/codec.rs): fields in
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

// ---------------------------------------------------------------------------------------------
// Browser helpers

/** A fresh context (empty cache and storage) with `key` → `document` in localStorage beforehand. */
async function freshPage(browser, { document = null, captureWasm = false, mobile = false } = {}) {
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
      [KEY, document, `/${distName}/`],
    );
  }
  if (captureWasm) {
    // Outside-in: keep the wasm instance's linear memory where the benchmark can read it.
    await context.addInitScript(() => {
      const keep = (original) =>
        async function (...args) {
          const result = await original.apply(this, args);
          const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
          if (instance?.exports?.memory instanceof WebAssembly.Memory) window.__benchWasmMemory = instance.exports.memory;
          return result;
        };
      WebAssembly.instantiate = keep(WebAssembly.instantiate);
      if (WebAssembly.instantiateStreaming) WebAssembly.instantiateStreaming = keep(WebAssembly.instantiateStreaming);
    });
  }
  // The page's largest contentful paint as the browser reports it, and whether it is the static shell's.
  await context.addInitScript(() => {
    window.__benchLcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLcp.push({ time: e.startTime, shell: !!e.element?.closest?.(".shell") });
    }).observe({ type: "largest-contentful-paint", buffered: true });
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

function sizes() {
  const gzip = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
  // The widget's page and what it loads, as the size test counts it (tests/e2e/size.test.mjs).
  // The service worker, the single files and the SCORM packages are printed apart; the cohort
  // page (issue 15) is a page of its own.
  const served = ["index.html", "boot.js", "cermin.js", "cermin_bg.wasm", "style.css"];
  const files = served.filter((name) => fs.existsSync(path.join(DIST, name)));
  let raw = 0;
  let zipped = 0;
  for (const name of files) {
    const bytes = fs.readFileSync(path.join(DIST, name));
    const z = gzip(bytes);
    raw += bytes.length;
    zipped += z;
    figure(`size.gzip.${name}`, z, "B", `raw ${bytes.length} B`);
  }
  figure("size.gzip.widget", zipped, "B", `sum of the ${files.length} files the page loads, each gzip -9; raw ${raw} B`);
  if (fs.existsSync(path.join(DIST, "sw.js"))) {
    const worker = fs.readFileSync(path.join(DIST, "sw.js"));
    figure("size.gzip.sw.js", gzip(worker), "B", `the service worker, fetched after the page has loaded, informational; raw ${worker.length} B`);
  }
  const single = fs.readFileSync(path.join(DIST, "cermin.html"));
  figure("size.gzip.single_file", gzip(single), "B", `dist/cermin.html; raw ${single.length} B`);
  const cohort = ["cohort.html", "cohort-boot.js", "cohort.js", "cohort_bg.wasm", "cohort.css", "style.css"];
  if (cohort.every((name) => fs.existsSync(path.join(DIST, name)))) {
    const total = cohort.reduce((sum, name) => sum + gzip(fs.readFileSync(path.join(DIST, name))), 0);
    figure("size.gzip.cohort_page", total, "B", "dist/cohort.html and what it loads, informational");
  }
  const reference = fs.readFileSync(path.join(ROOT, "node_modules/chart.js/dist/chart.umd.js"));
  figure("size.gzip.reference.chart.umd.js", gzip(reference), "B", `Chart.js, for comparison only; raw ${reference.length} B`);
}

// ---------------------------------------------------------------------------------------------
// 2. First chart, Cermin against Chart.js

/**
 * First chart, Cermin against Chart.js, alternating, each load in a fresh context. `name` is the
 * figures' prefix: `first_chart` (desktop, unthrottled) or `mobile.first_chart` (mobile profile).
 */
async function firstChart(browser, server, { name = "first_chart", mobile = false, rounds = options.rounds } = {}) {
  const cerminUrl = `${server.origin}/${distName}/?lang=en&theme=light`;
  let canvasSize = null;

  const paints = []; // in-page first contentful and largest contentful paints, once the page is whole

  async function cermin(round) {
    const { context, page, errors } = await freshPage(browser, { document: SEED_DOCUMENT, mobile });
    await page.goto(cerminUrl);
    const draw = await entry(page, "cermin:draw");
    await entry(page, "cermin:ready");
    if (round > 0 || canvasSize !== null) {
      paints.push(
        await page.evaluate(() => ({
          fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
          lcp: window.__benchLcp.at(-1) ?? { time: NaN, shell: false },
        })),
      );
    }
    if (round === 0 && canvasSize === null) {
      // The seeded session is what the first draw showed, and the reference matches its canvas.
      await page.locator('input[name="agility.speed"]').first().waitFor({ state: "attached" });
      const checked = await page.locator('input[name="agility.speed"][value="3"]').isChecked();
      if (!checked) throw new Error("Cermin did not open the seeded session");
      canvasSize = await page.evaluate(() => {
        const canvas = document.querySelector("canvas.radar");
        return { w: canvas.width, h: canvas.height, cssW: canvas.clientWidth, cssH: canvas.clientHeight };
      });
      console.log(`${name}.canvas ${canvasSize.w}x${canvasSize.h} px  (Cermin's radar; the reference uses the same size)`);
    }
    checkErrors(errors, `${name} (Cermin)`);
    await context.close();
    return draw.startTime + draw.duration;
  }

  async function chartjs() {
    const { context, page, errors } = await freshPage(browser, { mobile });
    const ratio = mobile ? MOBILE.context.deviceScaleFactor : 1;
    const query = new URLSearchParams({ w: Math.round(canvasSize.w / ratio), h: Math.round(canvasSize.h / ratio), data: SEED_LEVELS.join(",") });
    await page.goto(`${server.origin}/bench/chartjs.html?${query}`);
    const drawn = await entry(page, "chartjs:drawn");
    checkErrors(errors, `${name} (Chart.js)`);
    await context.close();
    return drawn.startTime;
  }

  // One unrecorded round first: the browser's own first navigation is slower than any other.
  await cermin(0);
  await chartjs();

  const c = [];
  const r = [];
  for (let round = 0; round < rounds; round++) {
    c.push(await cermin(round));
    r.push(await chartjs());
    console.log(
      `${name}.round.${round + 1} cermin ${c[round].toFixed(1)} ms chartjs ${r[round].toFixed(1)} ms ratio ${(c[round] / r[round]).toFixed(2)}`,
    );
  }
  figure(`${name}.cermin.median`, median(c), "ms", `navigation start → end of the first cermin:draw; ${spread(c)}`);
  figure(`${name}.chartjs.median`, median(r), "ms", `navigation start → chartjs:drawn; ${spread(r)}`);
  const ratios = c.map((x, i) => x / r[i]);
  figure(`${name}.ratio`, median(c) / median(r), "", `median Cermin / median Chart.js; per round ${spread(ratios, 2)}`);
  figure(`${name}.ratio.paired_median`, median(ratios), "", "median of the per-round ratios, informational");
  const fcps = paints.map((p) => p.fcp);
  const lcps = paints.map((p) => p.lcp.time);
  const shell = paints.filter((p) => p.lcp.shell).length;
  figure(`${name}.fcp`, median(fcps), "ms", `Cermin's first contentful paint in the page, informational; ${spread(fcps)}`);
  figure(`${name}.lcp`, median(lcps), "ms", `Cermin's largest contentful paint in the page, informational; the static shell's in ${shell} of ${paints.length} loads; ${spread(lcps)}`);
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
// 3. Redraw after a rating change

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
// 4–6. History at scale, exports, memory

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
// 7. Lighthouse, mobile, its default configuration (simulated throttling), dist/ served with gzip

async function lighthouseMobile(server) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const runs = [];
  try {
    for (let round = 0; round < options["lighthouse-rounds"]; round++) {
      const result = await lighthouse(`${server.origin}/${distName}/?lang=id`, { port: chrome.port, output: "json", logLevel: "error" });
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
        wasm_end: audits["network-requests"].details.items.find((r) => r.url.includes(".wasm"))?.networkEndTime ?? NaN,
      };
      runs.push(run);
      fs.mkdirSync(path.join(ROOT, "tests/output"), { recursive: true });
      fs.writeFileSync(path.join(ROOT, `tests/output/bench-lighthouse-${round + 1}.json`), result.report);
      console.log(`lighthouse.round.${round + 1} ${Object.entries(run).map(([k, v]) => `${k} ${Math.round(v * 1000) / 1000}`).join(" ")}`);
    }
  } finally {
    await chrome.kill();
  }
  const of = (key) => runs.map((r) => r[key]);
  for (const [key, unit] of [["performance", ""], ["accessibility", ""], ["best_practices", ""], ["lcp", "ms"], ["fcp", "ms"], ["tbt", "ms"], ["cls", ""], ["si", "ms"], ["observed_lcp", "ms"], ["wasm_end", "ms"]]) {
    figure(`lighthouse.${key}`, median(of(key)), unit, `median of ${runs.length}; ${spread(of(key), unit ? 0 : 3)}`);
  }
}

// 8. The cohort page (issue 15): 200 participant files added at once, to the group radar drawn

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

for (const name of ["index.html", "boot.js", "cermin.js", "cermin_bg.wasm", "style.css", "cermin.html"]) {
  if (!fs.existsSync(path.join(DIST, name))) {
    console.error(`bench: dist/${name} is missing; run scripts/build.sh (or scripts/bench.sh) first`);
    process.exit(1);
  }
}

// Compressed as a real server sends them: the mobile figures depend on the bytes on the wire.
const server = await serve(ROOT, { prefix: "/", gzip: true });
const browser = await launch();
console.log(`bench: Chromium ${browser.version()}, ${options.rounds} rounds, ${options.clicks} clicks, ${options.sessions} sessions`);
try {
  const run = { sizes: async () => sizes(), first_chart: () => firstChart(browser, server) };
  run.mobile = () => firstChart(browser, server, { name: "mobile.first_chart", mobile: true, rounds: options["mobile-rounds"] });
  run.repeat = () => repeatVisit(browser, server);
  Object.assign(run, { redraw: () => redraw(browser, server), history: () => history(browser, server) });
  run.lighthouse = () => lighthouseMobile(server);
  run.cohort = () => cohortLoad(browser, server);
  for (const name of only) await scenario(name, run[name]);
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------------------------------------
// Summary

const rows = [
  ["first_chart.ratio", "≤", BUDGET.firstChartRatio, "", "Cermin / Chart.js, medians, desktop"],
  ["mobile.first_chart.ratio", "≤", BUDGET.mobileRatio, "", "Cermin / Chart.js, medians, mobile profile"],
  ["repeat.ratio", "≤", BUDGET.repeatRatio, "", "repeat / first visit, mobile profile"],
  ["redraw.draw.p95", "≤", BUDGET.redrawP95, "ms", "cermin:draw"],
  ["history.document", "≤", BUDGET.historyBytes, "B", "1 MB = 1,000,000 B"],
  ["history.marginal", "≤", BUDGET.historyMarginal, "ms", "load and list: 1,000 sessions − 1"],
  ["export.png", "≤", BUDGET.exportPng, "ms", "cermin:png, median"],
  ["memory.total", "≤", BUDGET.memory, "B", "32 MiB = 33,554,432 B, JS heap + wasm memory"],
  ["lighthouse.performance", "≥", BUDGET.lighthousePerformance, "", "Lighthouse mobile, median"],
  ["lighthouse.accessibility", "≥", 1, "", "Lighthouse mobile, median"],
  ["lighthouse.best_practices", "≥", 1, "", "Lighthouse mobile, median"],
  ["lighthouse.lcp", "≤", BUDGET.lighthouseLcp, "ms", "Lighthouse mobile, median"],
  ["cohort.load_200", "≤", BUDGET.cohortLoad, "ms", "200 participant files → group radar drawn, median"],
];
console.log("\n== budget");
let passed = 0;
for (const [name, op, limit, unit, note] of rows) {
  const value = results[name];
  if (value === undefined && only !== SCENARIOS) continue; // a scenario left out by --only
  const fmt = (x) => (unit === "B" ? String(x) : String(Math.round(x * 100) / 100)) + (unit ? ` ${unit}` : "");
  if (value === undefined || Number.isNaN(value)) {
    console.log(`ERROR ${name}: not measured (budget ${op} ${fmt(limit)}; ${note})`);
    continue;
  }
  const ok = op === "≥" ? value >= limit : value <= limit;
  if (ok) passed++;
  console.log(`${ok ? "PASS" : "FAIL"} ${name} ${fmt(value)} ${op} ${fmt(limit)}  (${note})`);
}
console.log(`== ${passed}/${rows.length} within budget${failures.length ? `; not measured: ${failures.join(", ")}` : ""}`);
process.exit(failures.length ? 1 : 0);
