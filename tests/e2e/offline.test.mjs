// Offline after one visit (issue 16): a service worker, only where it is safe. The widget with its
// history opens with the network cut, under the strict CSP; a new version is taken on the next
// load and a page never gets files of two versions; no service worker from a file, in a
// sandboxed frame, under a SCORM API, or where the page switches it off.
import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serve, launch, newPage, ready, rate, save, waitUntil, DIST, ROOT } from "../support/browser.mjs";
import { widgetFiles } from "../../scripts/widget-files.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";
const FILES = widgetFiles(DIST);

/** A copy of dist/ that a test may change. */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermin-offline-"));
  for (const name of [...FILES, "sw.js", "cermin.html"]) fs.copyFileSync(path.join(DIST, name), path.join(dir, name));
  return dir;
}

const manifestOf = (dir) => JSON.parse(/\/\* manifest \*\/(.*)\/\* end \*\//.exec(fs.readFileSync(path.join(dir, "sw.js"), "utf8"))?.[1] ?? "null");
const sha256 = (bytes) => crypto.createHash("sha256").update(bytes).digest("hex");

/** What `boot.js` decided about the offline copy (the `cermin:offline` mark's detail). */
async function offlineDecision(target) {
  await target.waitForFunction(() => performance.getEntriesByName("cermin:offline").length > 0, null, { timeout: 20_000 });
  return target.evaluate(() => performance.getEntriesByName("cermin:offline")[0].detail);
}

/** Every service worker registration the browser has for this context (CDP: all origins). */
async function registrations(context, page) {
  const cdp = await context.newCDPSession(page);
  const found = new Map();
  cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
    for (const r of registrations) if (!r.isDeleted) found.set(r.registrationId, r.scopeURL);
  });
  await cdp.send("ServiceWorker.enable");
  await new Promise((r) => setTimeout(r, 300));
  await cdp.detach();
  return [...found.values()];
}

/**
 * Waits until the service worker of `scope` (by default the page's) that serves `version` is in
 * place, with its cache: `active` (in charge, nothing installing or waiting behind it), or
 * `installed` (waiting, or already active).
 */
async function versionReady(page, version, { state, scope = undefined }) {
  await waitUntil(
    page,
    async ([version, state, scope]) => {
      const registration = await navigator.serviceWorker.getRegistration(scope);
      const worker = state === "active" ? registration?.active : (registration?.waiting ?? registration?.active);
      if (!worker || registration.installing) return false;
      if (state === "active" && (worker.state !== "activated" || registration.waiting)) return false;
      const served = await new Promise((resolve) => {
        const listen = (event) => {
          if (event.source !== worker) return;
          navigator.serviceWorker.removeEventListener("message", listen);
          resolve(event.data?.["cermin:version"]);
        };
        navigator.serviceWorker.addEventListener("message", listen);
        worker.postMessage("cermin:version");
        setTimeout(() => resolve(null), 1000);
      });
      return served === version && (await caches.keys()).some((name) => name.endsWith(` ${version}`));
    },
    [version, state, scope],
    { timeout: 30_000, polling: 100 },
  );
}

const activeVersion = (page, version, scope) => versionReady(page, version, { state: "active", scope });
const installedVersion = (page, version) => versionReady(page, version, { state: "installed" });

/** The widget's files this page loaded: name → version asked for, and the body it got. */
async function loadedFiles(page) {
  return page.evaluate(async () => {
    const entries = performance.getEntriesByType("resource").map((e) => new URL(e.name));
    const files = entries.filter((u) => /\/([\w-]+\.js|[\w]+\.wasm\.gz|style\.css)$/.test(u.pathname) && !u.pathname.endsWith('/sw.js'));
    const out = [];
    for (const url of files) {
      const body = new Uint8Array(await (await fetch(url)).arrayBuffer());
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
      out.push({
        name: url.pathname.split("/").pop(),
        version: url.searchParams.get("v"),
        sha256: [...digest].map((b) => b.toString(16).padStart(2, "0")).join(""),
      });
    }
    return { files: out, controlled: navigator.serviceWorker.controller !== null };
  });
}

/** All of a page's files are of one version, and are that version's bytes. */
function assertOneVersion(loaded, manifest, when) {
  // The first path's scripts, stylesheet and wasm (index.html is the navigation, not a resource),
  // and any part loaded after it.
  const names = loaded.files.map((f) => f.name);
  for (const name of ["boot.js", "cermin.js", "__wasm_split.js", "wasm-fetch.js", "cermin_bg.wasm.gz", "style.css"]) {
    assert.ok(names.includes(name), `${when}: ${name} loaded (${names.join(", ")})`);
  }
  for (const file of loaded.files) {
    assert.equal(file.version, manifest.version, `${when}: ${file.name} of version ${file.version}, the page is ${manifest.version}`);
    assert.equal(file.sha256, manifest.files[file.name], `${when}: ${file.name} is not the bytes of version ${manifest.version}`);
  }
}

test("after one visit the widget opens with its history with the network cut (strict CSP), and caches only its own files", async () => {
  const server = await serve(DIST, { headers: { "content-security-policy": CSP } });
  const browser = await launch();
  try {
    const { context, page, errors } = await newPage(browser, { locale: "en-US" });
    await page.goto(`${server.url}?lang=en`);
    await ready(page);
    await rate(page, "Speed", 4);
    await page.getByLabel("Session label").fill("Before the flight");
    await save(page);
    assert.equal(await offlineDecision(page), "on");
    const manifest = manifestOf(DIST);
    await activeVersion(page, manifest.version);
    // The cache holds the widget's files of this version (its later parts too), and nothing else.
    const cached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith("cermin "));
      const keys = await (await caches.open(names[0])).keys();
      return { names, keys: keys.map((r) => new URL(r.url).pathname.split("/").pop() + new URL(r.url).search).sort() };
    });
    assert.equal(cached.names.length, 1, cached.names.join(", "));
    assert.deepEqual(cached.keys, FILES.map((f) => `${f}?v=${manifest.version}`).sort());

    // The network goes: the server stops and the browser is offline.
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await page.getByRole("region", { name: "History" }).getByText("Before the flight").waitFor();
    assert.equal(await page.getByRole("radiogroup", { name: "Speed", exact: true }).getByRole("radio", { name: /^4:/ }).isChecked(), true);
    await page.locator("canvas.radar").waitFor();
    assertOneVersion(await loadedFiles(page), manifest, "offline");
    // A second, fresh tab in the same browser profile, offline too.
    const tab = await context.newPage();
    await tab.goto(`${server.url}?lang=en`);
    await ready(tab);
    await tab.getByRole("region", { name: "History" }).getByText("Before the flight").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
});

test("a new version is taken on the next load, files of two versions are never mixed, and a half-deployed one is refused", async () => {
  const dir = copyOfDist();
  // Under a path, so that a page of the same origin outside the worker's scope can watch it.
  const server = await serve(dir, { prefix: "/app/", headers: { "content-security-policy": CSP } });
  const browser = await launch();
  try {
    const { context, page, errors } = await newPage(browser, { locale: "en-US" });
    const v1 = manifestOf(dir);
    await page.goto(`${server.url}?lang=en`);
    await ready(page);
    assert.equal(await offlineDecision(page), "on");
    await activeVersion(page, v1.version);

    // Version 2 is deployed: a changed stylesheet, built as scripts/build.sh builds.
    fs.appendFileSync(path.join(dir, "style.css"), "\n.cermin-v2-marker { color: inherit; }\n");
    execFileSync("node", [path.join(ROOT, "scripts/offline.mjs"), dir]);
    const v2 = manifestOf(dir);
    assert.notEqual(v2.version, v1.version);

    // A load while the browser finds version 2 (it checks sw.js on navigations, in the
    // background) is one version or the other, whole: never a mix.
    await page.reload();
    await ready(page);
    const during = await loadedFiles(page);
    assertOneVersion(during, during.files[0]?.version === v2.version ? v2 : v1, "the load that finds version 2");
    // Version 2's worker installs beside version 1's and waits while a page uses version 1.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await installedVersion(page, v2.version);
    // The next load is version 2, whole, though version 1's worker serves it (from version 2's
    // cache). Every reload after that too.
    for (let load = 1; load <= 2; load++) {
      await page.reload();
      await ready(page);
      assertOneVersion(await loadedFiles(page), v2, `load ${load} after version 2 is cached`);
    }
    const marker = await page.evaluate(() =>
      [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.selectorText === ".cermin-v2-marker")),
    );
    assert.ok(marker, "version 2's stylesheet is applied");

    // Version 3 half deployed: sw.js names files the server does not have yet (loader changed
    // afterwards). Its install fails; version 2 stays, whole.
    fs.appendFileSync(path.join(dir, "style.css"), "\n.cermin-v3-marker { color: inherit; }\n");
    execFileSync("node", [path.join(ROOT, "scripts/offline.mjs"), dir]);
    const v3 = manifestOf(dir);
    fs.appendFileSync(path.join(dir, "cermin.js"), "\n// changed after sw.js was written\n");
    const failed = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration.update().then(
        () => new Promise((resolve) => {
          const worker = registration.installing;
          if (!worker) return resolve("no install");
          worker.addEventListener("statechange", () => worker.state === "redundant" && resolve("redundant"));
        }),
        (error) => String(error),
      );
    });
    assert.equal(failed, "redundant", "the install of a half-deployed version fails");
    await page.reload();
    await ready(page);
    assertOneVersion(await loadedFiles(page), v2, "after a half-deployed version 3");
    // That reload tried version 3 again (the browser checks sw.js on navigations): once no
    // install is under way, no cache of version 3 is left.
    await waitUntil(
      page,
      async (v) => {
        const registration = await navigator.serviceWorker.getRegistration();
        return !registration.installing && !(await caches.keys()).some((n) => n.endsWith(` ${v}`));
      },
      v3.version,
      { timeout: 20_000, polling: 200 },
    );

    // Once no page uses version 1, version 2's worker takes over, watched from a page of the
    // same origin outside its scope; a new tab is then served by it.
    await page.close();
    const outside = await context.newPage();
    await outside.route(`${server.origin}/outside`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>outside</title>" }));
    await outside.goto(`${server.origin}/outside`);
    await activeVersion(outside, v2.version, server.url);
    const tab = await context.newPage();
    tab.on("pageerror", (error) => errors.push(String(error)));
    await tab.goto(`${server.url}?lang=en`);
    await ready(tab);
    assertOneVersion(await loadedFiles(tab), v2, "a new tab once version 2 is in charge");
    // Version 1's cache stays one version longer (for a page still loading it), older ones go.
    const names = await tab.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("cermin ")));
    assert.deepEqual(names.map((n) => n.split(" ").pop()).sort(), [v1.version, v2.version].sort());
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("no service worker from a file, in a sandboxed frame, under a SCORM API, or switched off", async () => {
  const server = await serve(ROOT, { headers: { "access-control-allow-origin": "*" } });
  const browser = await launch();
  const dir = copyOfDist();
  try {
    // The single file from disk: it has no registration code at all.
    assert.ok(!fs.readFileSync(path.join(DIST, "cermin.html"), "utf8").includes("serviceWorker"));
    {
      const { context, page, errors } = await newPage(browser, { locale: "en-US" });
      await page.goto(`file://${path.join(DIST, "cermin.html")}?lang=en`);
      await ready(page);
      await page.waitForTimeout(1000);
      assert.deepEqual(await registrations(context, page), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
    // A sandboxed frame (opaque origin) inside an LMS page; the same page unsandboxed registers.
    for (const [query, expected] of [
      ["sandbox=allow-scripts", "off: sandboxed frame"],
      ["sandbox=allow-scripts%20allow-same-origin", "off: sandboxed frame"],
      ["", "on"],
    ]) {
      const { context, page } = await newPage(browser, { locale: "en-US" });
      await page.goto(`${server.url}examples/lms-host.html?protocol=plain&${query}`);
      const frame = page.frameLocator("#cermin-frame");
      await frame.locator("h1", { hasText: "Cermin" }).waitFor({ timeout: 20_000 });
      const inner = page.frames().find((f) => f !== page.mainFrame());
      assert.equal(await offlineDecision(inner), expected, query);
      const found = await registrations(context, page);
      if (expected === "on") {
        await waitUntil(page, async () => (await navigator.serviceWorker.getRegistrations()).length > 0);
      } else {
        assert.deepEqual(found, [], `${query}: ${found}`);
      }
      await context.close();
    }
    // Inside a SCORM package: the LMS's API is in a window above.
    {
      const { context, page } = await newPage(browser, { locale: "en-US" });
      await context.addInitScript(() => {
        if (window === window.top) window.API_1484_11 = { Initialize: () => "true" };
      });
      await page.goto(`${server.url}examples/lms-host.html?protocol=plain`);
      const frame = page.frameLocator("#cermin-frame");
      await frame.locator("h1", { hasText: "Cermin" }).waitFor({ timeout: 20_000 });
      const inner = page.frames().find((f) => f !== page.mainFrame());
      assert.equal(await offlineDecision(inner), "off: SCORM");
      assert.deepEqual(await registrations(context, page), []);
      await context.close();
    }
    // A package that switches it off (and may leave sw.js out).
    {
      const index = path.join(dir, "index.html");
      fs.writeFileSync(index, fs.readFileSync(index, "utf8").replace('content="on"', 'content="off"'));
      fs.rmSync(path.join(dir, "sw.js"));
      const own = await serve(dir);
      const { context, page, errors } = await newPage(browser, { locale: "en-US" });
      await page.goto(`${own.url}?lang=en`);
      await ready(page);
      assert.equal(await offlineDecision(page), "off: switched off");
      assert.deepEqual(await registrations(context, page), []);
      assert.ok(!own.requests.some((r) => r.includes("sw.js")), own.requests.join(", "));
      assert.deepEqual(errors, []);
      await context.close();
      await own.close();
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
