// Helpers for the browser tests: a static server that records requests, and headless Chromium.
import { chromium } from "playwright-core";
import { before, after } from "node:test";
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = path.join(ROOT, "dist");
export const OUTPUT = path.join(ROOT, "tests/output");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** What a server compresses. */
const GZIP_TYPES = Object.fromEntries(Object.values(TYPES).map((t) => [t, true]));

/**
 * The types Moodle 4.2 gives a SCORM package's files (`lib/classes/filetypes.php`, by extension;
 * `pluginfile.php` sends a file with the type it was stored with). It knows no `.wasm`: anything
 * not listed goes out as `application/octet-stream`.
 */
const MOODLE_TYPES = {
  ".html": "text/html",
  ".htm": "text/html",
  ".js": "application/x-javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".gz": "application/g-zip",
  ".zip": "application/zip",
  ".txt": "text/plain",
};

/**
 * What Apache's mod_deflate compresses as Debian enables it (`mods-available/deflate.conf`, plus
 * JSON): text types only, never `application/octet-stream` or `application/g-zip`.
 */
const DEFLATE_TYPES = new Set([
  "text/html", "text/plain", "text/xml", "text/css", "text/javascript", "application/x-javascript",
  "application/javascript", "application/ecmascript", "application/rss+xml", "application/xml", "application/json",
]);

/**
 * Serves `root` on 127.0.0.1 under `prefix` (e.g. "/lms/course/7/"), with extra `headers`.
 * Every request is recorded in `requests`. With `gzip`, text and wasm go out gzip-compressed
 * (level 9) to a browser that accepts it, as a real server sends them.
 *
 * With `moodle`, files go out as Moodle 4.2 behind Apache serves a SCORM package's files: with
 * Moodle's own types (`MOODLE_TYPES`: `.wasm` as `application/octet-stream`, `.gz` as
 * `application/g-zip`) and compressed as mod_deflate's default does, gzip at its default level
 * (6) for the text types of `DEFLATE_TYPES` only; every other file raw. (`gzip` is then ignored.)
 */
export async function serve(root = DIST, { prefix = "/", headers = {}, gzip = false, moodle = false } = {}) {
  const requests = [];
  const zipped = new Map(); // file → [mtime, gzip bytes]
  const server = http.createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, "http://localhost");
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (url.pathname.endsWith("/")) file = path.join(file, "index.html");
    try {
      let body = await fs.readFile(file);
      const type = (moodle ? MOODLE_TYPES : TYPES)[path.extname(file)] ?? "application/octet-stream";
      const compress = moodle ? DEFLATE_TYPES.has(type) : gzip && type in GZIP_TYPES;
      const encoding = {};
      if (compress && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        const mtime = (await fs.stat(file)).mtimeMs;
        const cached = zipped.get(file);
        if (cached?.[0] !== mtime) zipped.set(file, [mtime, zlib.gzipSync(body, { level: moodle ? 6 : 9 })]);
        body = zipped.get(file)[1];
        encoding["content-encoding"] = "gzip";
        encoding.vary = "accept-encoding";
      }
      res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...encoding, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--allow-file-access-from-files",
    ],
  });
}

/**
 * A fresh context and page that collects console errors and page errors into `errors`.
 * `locale` sets the browser's preferred language.
 */
export async function newPage(browser, { locale = "id-ID", viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ locale, viewport, acceptDownloads: true, ...options });
  const page = await context.newPage();
  return { context, page, errors: collectErrors(page) };
}

/** The console errors and uncaught exceptions of a page, as they happen. */
export function collectErrors(page) {
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return errors;
}

/**
 * For one test file: serves `root` (see `serve`) and launches Chromium before its tests, and
 * closes both after them. Read `env.server` and `env.browser` inside the tests.
 */
export function useServerAndBrowser(root = DIST, serveOptions = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(root, serveOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A fresh page (see `newPage`) with the widget at `url`, mounted. */
export async function openWidget(browser, url, options) {
  const opened = await newPage(browser, options);
  await opened.page.goto(url);
  await ready(opened.page);
  return opened;
}

/**
 * Waits until `condition(arg)`, run in the page, is true; it may be async. (`page.waitForFunction`
 * takes the promise an async function returns for a true value, so it would not wait at all.)
 */
export async function waitUntil(page, condition, arg, { timeout = 30_000, polling = 100 } = {}) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(condition, arg))) {
    if (Date.now() > end) throw new Error(`waitUntil: not true after ${timeout} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, polling));
  }
}

/** Waits until the widget has mounted (its h1 is there). */
export async function ready(page) {
  await page.locator("h1", { hasText: "Cermin" }).waitFor({ timeout: 20_000 });
}

/**
 * How many canvas pixels are close to `rgb`: the radar's polygon fill shows up as a blend of the
 * series colour with the background.
 */
export async function countPixels(page, selector, rgb, tolerance = 12) {
  return page.evaluate(
    ({ selector, rgb, tolerance }) => {
      const canvas = document.querySelector(selector);
      if (!canvas || canvas.width === 0) return 0;
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs(data[i] - rgb[0]) <= tolerance &&
          Math.abs(data[i + 1] - rgb[1]) <= tolerance &&
          Math.abs(data[i + 2] - rgb[2]) <= tolerance
        ) n++;
      }
      return n;
    },
    { selector, rgb, tolerance },
  );
}

/** Waits until at least `min` canvas pixels are close to `rgb` (drawing follows a render). */
export async function waitForPixels(page, selector, rgb, min, tolerance = 12) {
  const deadline = Date.now() + 10_000;
  let found = 0;
  while (Date.now() < deadline) {
    found = await countPixels(page, selector, rgb, tolerance).catch(() => 0);
    if (found >= min) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${selector}: ${found} pixels near rgb(${rgb}), fewer than ${min}`);
}

// The widget's controls, found as a person (and a screen reader) finds them: by role and name.

/** The rating control of an item, by its name in the page's language. */
export const group = (scope, item) => scope.getByRole("radiogroup", { name: item, exact: true });

/** Chooses a level of an item's rating. */
export const rate = (scope, item, level) =>
  group(scope, item).getByRole("radio", { name: new RegExp(`^${level}:`) }).check();

/** Clicks Save (English UI) and waits until the session is saved. */
export async function save(scope) {
  await scope.getByRole("button", { name: "Save", exact: true }).click();
  await scope.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
}

/** The light theme's "current" fill: rgb(29, 78, 216) at 25 % over white. */
export const CURRENT_FILL_LIGHT = [199, 211, 246];

export async function screenshot(page, name, { fullPage = true } = {}) {
  await fs.mkdir(OUTPUT, { recursive: true });
  // From the top: sticky parts of a full-page shot are drawn where the page was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`), fullPage });
}
