// The SCORM packages, unzipped, inside a harness page that plays the LMS with scorm-again
// (Scorm12API / Scorm2004API, lmsCommitUrl: false): completion, suspend_data, likert
// interactions, a second launch in a fresh browser, a history too big for 4,096 characters,
// damaged suspend_data, and the manifests.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { ROOT, DIST, OUTPUT, serve, launch, newPage, rate, save, screenshot } from "../support/browser.mjs";
import { widgetFiles } from "../../scripts/widget-files.mjs";

const LMS = path.join(OUTPUT, "scorm-lms");
const VERSIONS = ["12", "2004"];
const KEY = "cermin:default:history";
const env = {};
/** Each package's entries, name → bytes. */
const packages = {};
/** The first attempt's data per version, as the LMS would keep it (renderCMIToJSONObject). */
const attempts = {};

before(async () => {
  fs.rmSync(LMS, { recursive: true, force: true });
  for (const version of VERSIONS) {
    const entries = unzipSync(fs.readFileSync(path.join(DIST, `cermin-scorm${version}.zip`)));
    packages[version] = entries;
    for (const [name, bytes] of Object.entries(entries)) {
      const file = path.join(LMS, `pkg${version}`, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    }
  }
  fs.copyFileSync(path.join(ROOT, "tests/support/scorm-harness.html"), path.join(LMS, "scorm-harness.html"));
  for (const runtime of ["scorm12.js", "scorm2004.js"]) {
    fs.copyFileSync(path.join(ROOT, "node_modules/scorm-again/dist", runtime), path.join(LMS, runtime));
  }
  env.server = await serve(LMS);
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/**
 * Launches the package of `version` in the harness, in a fresh browser context: `preload` is an
 * earlier attempt's data for the LMS, `stored` a history document already in this browser.
 */
async function launchSco(version, { preload, stored } = {}) {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  if (preload) {
    await context.addInitScript((data) => {
      if (window === window.top) window.cerminPreload = data;
    }, preload);
  }
  if (stored) {
    await context.addInitScript(([key, value]) => {
      if (window === window.top && !localStorage.getItem(key)) localStorage.setItem(key, value);
    }, [KEY, stored]);
  }
  await page.goto(`${env.server.url}scorm-harness.html?scorm=${version}`);
  const sco = page.frameLocator("#sco");
  await sco.locator("h1", { hasText: "Cermin" }).waitFor({ timeout: 20_000 });
  return { context, page, sco, errors };
}

const lmsValue = (page, element) => page.evaluate((element) => window.lms.getCMIValue(element), element);
const completion = (page, version) =>
  lmsValue(page, version === "12" ? "cmi.core.lesson_status" : "cmi.completion_status");

/** The interactions the SCO wrote, by index: {id, type, response, result}. */
async function interactions(page) {
  const sets = await page.evaluate(() => window.sets);
  const byIndex = new Map();
  for (const [element, value] of sets) {
    const m = /^cmi\.interactions\.(\d+)\.(\w+)$/.exec(element);
    if (!m) continue;
    const entry = byIndex.get(m[1]) ?? {};
    entry[m[2].replace(/^(student|learner)_/, "")] = value;
    byIndex.set(m[1], entry);
  }
  return [...byIndex.values()];
}

/** Leaves the SCO (its frame navigates away): pagehide, then Finish / Terminate. */
async function leave(page, version) {
  await page.evaluate(() => (document.getElementById("sco").src = "about:blank"));
  await page.waitForFunction((finish) => window.calls.includes(finish), version === "12" ? "Finish" : "Terminate");
}

for (const version of VERSIONS) {
  const dotted = (id) => (version === "12" ? id.replaceAll(".", "-") : id);

  test(`SCORM ${version}: rating and saving completes the attempt, keeps the history, records one likert interaction per rated item`, async () => {
    const { context, page, sco, errors } = await launchSco(version);
    await sco.locator(`.saved-in[data-saved-in="lms"]`).waitFor();
    assert.match(await sco.locator(".saved-in").innerText(), /saved in this LMS/);
    assert.equal(await completion(page, version), "incomplete", "opened, not yet saved");
    assert.match(await sco.locator("footer.privacy").innerText(), /kept by the LMS that opened Cermin/);
    await rate(sco, "Speed", 2);
    await rate(sco, "Flexibility", 4);
    await sco.getByRole("button", { name: "Digital competence" }).click();
    await rate(sco, "Browsing, searching and filtering data, information and digital content", 6);
    await save(sco);
    await sco.getByRole("status").filter({ hasText: "Session saved in this LMS" }).waitFor();

    assert.equal(await completion(page, version), "completed");
    const suspend = JSON.parse(await lmsValue(page, "cmi.suspend_data"));
    assert.equal(suspend.cermin, 1);
    assert.equal(suspend.s.length, 1);
    assert.deepEqual(suspend.k, ["agility.flexibility", "agility.speed", "digcomp.1.1"]);
    assert.equal(suspend.s[0].r, "426");

    const recorded = await interactions(page);
    assert.deepEqual(
      recorded.map((i) => [i.id, i.type, i.response, i.result]).sort(),
      [
        [dotted("agility.flexibility"), "likert", "4", "neutral"],
        [dotted("agility.speed"), "likert", "2", "neutral"],
        [dotted("digcomp.1.1"), "likert", "6", "neutral"],
      ],
    );
    const sets = await page.evaluate(() => window.sets);
    assert.ok(!sets.some(([e]) => /score|success_status/.test(e)), "no score, no success status");
    const exit = version === "12" ? "cmi.core.exit" : "cmi.exit";
    assert.ok(sets.some(([e, v]) => e === exit && v === "suspend"));
    const time = sets.findLast(([e]) => e.endsWith("session_time"))[1];
    assert.match(time, version === "12" ? /^\d{4}:\d{2}:\d{2}\.\d{2}$/ : /^PT(\d+H)?(\d+M)?\d+(\.\d+)?S$/);

    // Saving again rewrites the same interactions rather than adding more.
    await rate(sco, "Browsing, searching and filtering data, information and digital content", 7);
    await save(sco);
    await page.waitForFunction(() => window.sets.some(([e, v]) => /interactions\.\d+\.(student|learner)_response/.test(e) && v === "7"));
    assert.equal((await interactions(page)).length, 3);
    await screenshot(page, `scorm${version}-saved`);

    await leave(page, version);
    attempts[version] = await page.evaluate(() => window.lms.renderCMIToJSONObject());
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`SCORM ${version}: a second launch in a fresh browser brings the history back from the LMS`, async () => {
    assert.ok(attempts[version], "the first attempt ran");
    const { context, page, sco, errors } = await launchSco(version, { preload: attempts[version] });
    const history = sco.getByRole("region", { name: "History" });
    await history.getByRole("listitem").first().waitFor();
    assert.equal(await history.getByRole("listitem").count(), 1);
    // The newest session opens: its levels are back.
    assert.ok(await sco.getByRole("radiogroup", { name: "Speed", exact: true }).getByRole("radio", { name: /^2:/ }).isChecked());
    assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing was in this browser");
    assert.match(await sco.locator(".saved-in").innerText(), /saved in this LMS/);
    await screenshot(page, `scorm${version}-second-launch`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`SCORM ${version}: damaged suspend_data is kept, not overwritten, and can be downloaded`, async () => {
    const damaged = '{"cermin":1,"s":[{"i":"x"'; // cut off mid-way
    const preload = { cmi: { suspend_data: damaged } };
    const { context, page, sco, errors } = await launchSco(version, { preload });
    const notice = sco.getByRole("alert").filter({ hasText: "could not be read" });
    await notice.waitFor();
    assert.match(await sco.locator(".saved-in").innerText(), /saved in this browser/);
    await rate(sco, "Speed", 3);
    await save(sco);
    assert.equal(await completion(page, version), "completed");
    assert.equal(await lmsValue(page, "cmi.suspend_data"), damaged, "never overwritten");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      notice.getByRole("button", { name: "Download the LMS data" }).click(),
    ]);
    assert.equal(fs.readFileSync(await download.path(), "utf8"), damaged);
    await screenshot(page, `scorm${version}-damaged`);
    await leave(page, version);
    assert.equal(await lmsValue(page, "cmi.suspend_data"), damaged, "not even when leaving");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`SCORM ${version}: the manifest has the right schema version and lists every file`, () => {
    const entries = packages[version];
    const manifest = strFromU8(entries["imsmanifest.xml"]);
    const files = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    const inZip = Object.keys(entries).filter((n) => n !== "imsmanifest.xml" && !n.endsWith("/"));
    assert.deepEqual(files.slice().sort(), inZip.slice().sort(), "every file listed, and only those");
    for (const needed of widgetFiles(DIST)) {
      assert.ok(files.includes(needed), needed);
    }
    assert.ok(!files.includes("cermin.html") && !files.some((f) => f.endsWith(".zip")));
    if (version === "12") {
      assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/);
      assert.match(manifest, /xmlns="http:\/\/www\.imsproject\.org\/xsd\/imscp_rootv1p1p2"/);
      assert.match(manifest, /xmlns:adlcp="http:\/\/www\.adlnet\.org\/xsd\/adlcp_rootv1p2"/);
      assert.match(manifest, /adlcp:scormtype="sco"/);
    } else {
      assert.match(manifest, /<schemaversion>2004 4th Edition<\/schemaversion>/);
      assert.match(manifest, /xmlns="http:\/\/www\.imsglobal\.org\/xsd\/imscp_v1p1"/);
      assert.match(manifest, /xmlns:adlcp="http:\/\/www\.adlnet\.org\/xsd\/adlcp_v1p3"/);
      assert.match(manifest, /adlcp:scormType="sco"/);
    }
    assert.match(manifest, /<schema>ADL SCORM<\/schema>/);
    assert.match(manifest, /<resource identifier="cermin-sco" type="webcontent" [^>]*href="index\.html">/);
    assert.match(manifest, /<item identifier="cermin-item" identifierref="cermin-sco">/);
    assert.match(strFromU8(entries["index.html"]), new RegExp(`<html lang="id" data-scorm="${version}">`));
  });
}

/** A history document of `n` typical sessions (every agility item rated, three notes), a day apart. */
function bigHistory(n) {
  const items = ["flexibility", "speed", "experimenting", "performance_risk", "interpersonal_risk",
    "collaborating", "information_gathering", "feedback_seeking", "reflecting"].map((i) => `agility.${i}`);
  const sessions = Array.from({ length: n }, (_, i) => {
    const created = Date.UTC(2025, 0, 1) + i * 86_400_000;
    return {
      id: `s${String(i).padStart(3, "0")}`,
      created,
      updated: created + 600_000,
      label: `Session ${i}`,
      ratings: Object.fromEntries(items.map((item, j) => [item, ((i + j) % 5) + 1])),
      notes: Object.fromEntries(items.slice(0, 3).map((item) => [item, `Something I noticed in week ${i}, in class.`])),
    };
  });
  return JSON.stringify({ format: "cermin.history", version: 1, sessions });
}

test("SCORM 1.2: a history too big for 4,096 characters keeps the newest sessions in the LMS, says which are only in this browser, and loses nothing", async () => {
  const stored = bigHistory(40);
  const { context, page, sco, errors } = await launchSco("12", { stored });
  await sco.getByRole("button", { name: "New blank session" }).click();
  await rate(sco, "Speed", 5);
  await save(sco);
  const notice = sco.locator(".lms-left-out");
  await notice.waitFor();
  const text = await notice.innerText();

  const suspend = await lmsValue(page, "cmi.suspend_data");
  assert.ok(suspend.length <= 4096, `${suspend.length} characters`);
  const kept = JSON.parse(suspend).s.map((s) => s.i);
  const seeded = JSON.parse(stored).sessions.map((s) => s.id).reverse(); // newest first
  assert.ok(kept.length > 5 && kept.length < 41, `${kept.length} kept`);
  // The session just saved first, then the newest others in order.
  assert.deepEqual(kept.slice(1), seeded.slice(0, kept.length - 1));
  const leftOut = 41 - kept.length;
  assert.match(text, new RegExp(`Kept only in this browser \\(${leftOut}\\): `));
  assert.match(text, /“Session \d+”/);

  // Nothing lost in this browser: every session is in its storage, and in the backup offered.
  const local = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(local.sessions.length, 41);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    notice.getByRole("button", { name: "Download a backup (JSON)" }).click(),
  ]);
  assert.equal(JSON.parse(fs.readFileSync(await download.path(), "utf8")).sessions.length, 41);
  await screenshot(page, "scorm12-too-big");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the package without an LMS works as the plain widget, saved in this browser", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(`${env.server.url}pkg12/index.html`);
  await page.locator("h1", { hasText: "Cermin" }).waitFor();
  await page.locator('.saved-in[data-saved-in="browser"]').waitFor();
  await rate(page, "Speed", 3);
  await save(page);
  await page.getByRole("status").filter({ hasText: "Session saved in this browser." }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
