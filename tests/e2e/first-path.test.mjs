// The light first path (issue 21): the first chart needs only the main wasm; the rest loads after
// it, and a feature reached for before its part has arrived says it is getting ready, then works.
// The wasm arrives compressed whatever the server does: raw bytes as application/octet-stream,
// its own Content-Encoding, or a SCORM package served as Moodle 4.2 serves one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { unzipSync } from "fflate";
import { DIST, ROOT, launch, newPage, ready, rate, save, serve, screenshot } from "../support/browser.mjs";

const env = {};
before(async () => {
  env.server = await serve(DIST, { gzip: true });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const wasmParts = (requests) => requests.map((r) => r.split("?")[0].split("/").pop()).filter((n) => n.endsWith(".wasm.gz"));

/** Clicks an export button and returns the downloaded file's name and text. */
async function exported(page, button) {
  const download = page.waitForEvent("download", { timeout: 20_000 });
  await page.getByRole("button", { name: button }).click();
  const file = await download;
  const where = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cermin-first-path-")), file.suggestedFilename());
  await file.saveAs(where);
  return { name: file.suggestedFilename(), text: fs.readFileSync(where, "utf8") };
}

test("the first chart loads the main wasm only; the rest follows once the page is whole, and the LMS and xAPI parts not at all", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.addInitScript(() => {
    // The wasm parts asked for by the time the first radar is drawn.
    new PerformanceObserver((list) => {
      if (list.getEntriesByName("cermin:draw").length && !window.__atFirstChart) {
        window.__atFirstChart = performance.getEntriesByType("resource").map((e) => e.name);
      }
    }).observe({ type: "measure", buffered: true });
  });
  await page.goto(`${env.server.url}?lang=en`);
  await ready(page);
  await page.waitForFunction(() => performance.getEntriesByName("cermin:more").length > 0);
  const atFirstChart = wasmParts(await page.evaluate(() => window.__atFirstChart));
  assert.deepEqual(atFirstChart, ["cermin_bg.wasm.gz"]);
  // What the page asked for (the service worker, once registered, also fetches every part to
  // keep a copy: its requests are not the page's).
  const loaded = wasmParts(await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name)));
  assert.ok(loaded.includes("split_more.wasm.gz"), loaded.join(", "));
  assert.ok(!loaded.some((n) => /split_(lms|xapi)/.test(n)), `nothing of the LMS or xAPI: ${loaded.join(", ")}`);
  // The deferred part is there: the growth panel and a working export.
  await page.getByRole("heading", { name: "Growth" }).waitFor();
  const svg = await exported(page, "Export SVG");
  assert.match(svg.text, /^<svg[\s\S]*<\/svg>\s*$/);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [lang, button, waiting] of [["en", "Export SVG", "Getting ready…"], ["id", "Ekspor SVG", "Menyiapkan…"]]) {
  test(`an export pressed before its part has arrived says it is getting ready, then gives its file (${lang})`, async () => {
    // No service worker: it would fetch the parts itself, past the page's request interception.
    const { context, page, errors } = await newPage(env.browser, { locale: lang === "id" ? "id-ID" : "en-US", serviceWorkers: "block" });
    // The deferred part is held back until the button has been pressed.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/split_more\.wasm\.gz/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.server.url}?lang=${lang}`);
    await ready(page);
    await rate(page, lang === "id" ? "Kecepatan" : "Speed", 4);
    const download = page.waitForEvent("download", { timeout: 20_000 });
    await page.getByRole("button", { name: button }).click();
    await page.locator(".export .getting-ready", { hasText: waiting }).waitFor();
    await screenshot(page, `first-path-getting-ready-${lang}`, { fullPage: false });
    release();
    const file = await download;
    assert.match(file.suggestedFilename(), /\.svg$/);
    // Once it has, the notice goes.
    await page.locator(".export .getting-ready").waitFor({ state: "detached" });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a deferred part that cannot be fetched is said plainly, and pressing again tries again", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US", serviceWorkers: "block" });
  let fail = true;
  await page.route(/split_more\.wasm\.gz/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`${env.server.url}?lang=en`);
  await ready(page);
  await page.locator(".getting-ready", { hasText: "could not be loaded" }).first().waitFor();
  fail = false;
  const svg = await exported(page, "Export SVG");
  assert.match(svg.name, /\.svg$/);
  // Only the failed fetches were errors; the widget itself went on.
  assert.ok(errors.every((e) => /split_more|Failed to fetch|failed to load|net::ERR/i.test(e)), errors.join("\n"));
  await context.close();
});

/**
 * A server for dist/ that answers as `how` says: `encoding` adds its own `Content-Encoding: gzip`
 * to the .gz files (the browser then decodes them before the page sees them), as Apache does
 * with `AddEncoding gzip .gz`.
 */
async function serveGzEncoded(root) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const name = decodeURIComponent(new URL(req.url, "http://x").pathname.slice(1)) || "index.html";
    const file = path.join(root, name);
    if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404).end();
    const type = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".gz": "application/wasm" }[path.extname(file)];
    const headers = { "content-type": type ?? "application/octet-stream", "cache-control": "no-store" };
    if (file.endsWith(".gz")) headers["content-encoding"] = "gzip";
    res.writeHead(200, headers).end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((r) => server.close(r)) };
}

test("the wasm arrives whole whatever the server does: raw octet-stream, or its own Content-Encoding", async () => {
  const raw = await serve(DIST);
  const encoded = await serveGzEncoded(DIST);
  try {
    for (const server of [raw, encoded]) {
      const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
      await page.goto(`${server.url}?lang=en`);
      await ready(page);
      await rate(page, "Speed", 5);
      await save(page);
      const png = await exported(page, "Export SVG");
      assert.match(png.text, /<svg/);
      assert.deepEqual(errors, [], server.url);
      await context.close();
    }
  } finally {
    await raw.close();
    await encoded.close();
  }
});

test("a browser that cannot decompress (before 2023) is told so in both languages, and nothing breaks", async () => {
  const { context, page } = await newPage(env.browser, { locale: "en-US" });
  await page.addInitScript(() => delete window.DecompressionStream);
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${env.server.url}?lang=en`);
  const root = page.locator("#cermin");
  await page.waitForFunction(() => /newer browser/.test(document.getElementById("cermin").textContent));
  const text = await root.innerText();
  assert.match(text, /Cermin memerlukan versi browser yang lebih baru/);
  assert.match(text, /Cermin needs a newer browser/);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

/** Moodle 4.2's types by extension (`lib/classes/filetypes.php`): no `.wasm`, `.gz` as g-zip. */
const MOODLE_TYPES = {
  ".html": "text/html",
  ".js": "application/x-javascript",
  ".css": "text/css",
  ".xml": "application/xml",
  ".gz": "application/g-zip",
};
/** What Apache's default mod_deflate compresses: text types only. */
const DEFLATED = /^(text\/|application\/(x-)?javascript|application\/xml|application\/json)/;

/** A SCORM package's files as Moodle's pluginfile.php sends them, behind Apache's mod_deflate. */
async function serveAsMoodle(root) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const name = decodeURIComponent(new URL(req.url, "http://x").pathname.slice(1));
    const file = path.join(root, name);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    const type = MOODLE_TYPES[path.extname(file)] ?? "application/octet-stream";
    let body = fs.readFileSync(file);
    const headers = { "content-type": type };
    if (DEFLATED.test(type) && /gzip/.test(req.headers["accept-encoding"] ?? "")) {
      body = zlib.gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((r) => server.close(r)) };
}

test("the SCORM package served as Moodle serves it: the widget works, saves to the LMS, and exports", async () => {
  const lms = fs.mkdtempSync(path.join(os.tmpdir(), "cermin-moodle-"));
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(path.join(DIST, "cermin-scorm2004.zip"))))) {
    const file = path.join(lms, "pkg2004", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
  }
  fs.copyFileSync(path.join(ROOT, "tests/support/scorm-harness.html"), path.join(lms, "scorm-harness.html"));
  fs.copyFileSync(path.join(ROOT, "node_modules/scorm-again/dist/scorm2004.js"), path.join(lms, "scorm2004.js"));
  fs.writeFileSync(path.join(lms, "scorm12.js"), "");
  const moodle = await serveAsMoodle(lms);
  try {
    const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
    await page.goto(`${moodle.url}scorm-harness.html?scorm=2004`);
    const sco = page.frameLocator("#sco");
    await sco.locator("h1", { hasText: "Cermin" }).waitFor({ timeout: 30_000 });
    await sco.locator(".saved-in", { hasText: "LMS" }).waitFor();
    await rate(sco, "Speed", 4);
    await save(sco);
    const data = await page.evaluate(() => window.lms.getCMIValue("cmi.suspend_data"));
    assert.ok(data.length > 0, "the LMS keeps the history");
    // The deferred part loads there too, and its exports work.
    const download = page.waitForEvent("download", { timeout: 20_000 });
    await sco.getByRole("button", { name: "Export SVG" }).click();
    assert.match((await download).suggestedFilename(), /\.svg$/);
    // The wasm went out as Moodle sends it: typed g-zip, not compressed again.
    const parts = moodle.requests.filter((r) => r.includes(".wasm.gz"));
    assert.ok(parts.some((r) => r.includes("cermin_bg.wasm.gz")) && parts.some((r) => r.includes("split_lms")), parts.join(", "));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await moodle.close();
  }
});
