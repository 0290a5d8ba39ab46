// Issue 15: the trainer's cohort page. Generated participants' files (and a Moodle-style .zip of
// them) are added to the built dist/cohort.html in headless Chromium; what the page, its exports
// and its printed report show is checked against an independent computation.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { newPage, ready, save, rate, screenshot, useServerAndBrowser, DIST, OUTPUT } from "../support/browser.mjs";
import { axeViolations, describe } from "../support/axe.mjs";
import { zip } from "../support/zip.mjs";
import { AGILITY, generated, shareFile, expectedFigures, figure } from "../support/cohort.mjs";

const env = useServerAndBrowser();
let tmp;
before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "cermin-cohort-"));
});

const json = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });
const asFiles = (people) => people.map((p, n) => json(`share-${n + 1}.json`, shareFile(p)));

async function openCohort({ width = 1280, lang = "en", url } = {}) {
  const opened = await newPage(env.browser, { locale: "en-US", viewport: { width, height: 900 } });
  await opened.page.goto(url ?? `${env.server.url}cohort.html?lang=${lang}`);
  await opened.page.locator("h1").waitFor({ timeout: 20_000 });
  return opened;
}

/** Adds files through the picker and waits until the page says what it read. */
async function add(page, files) {
  await page.locator("#cohort-files").setInputFiles(files);
  await page.locator(".loaded").waitFor();
}

async function download(page, name) {
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name, exact: true }).click();
  const file = await waiting;
  const where = path.join(tmp, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(where);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(where), path: where };
}

const cells = (page, selector) => page.locator(selector).allInnerTexts();

test("60 generated files give the medians, quartiles and level counts computed independently", async () => {
  const { context, page, errors } = await openCohort();
  const people = generated(60, 11);
  await add(page, asFiles(people));
  assert.match(await page.locator(".loaded").innerText(), /^60 files read: 60 participants, 0 files refused/);
  const expected = expectedFigures(people);
  for (const item of AGILITY) {
    const row = page.locator(`.item-table tr[data-item="${item}"]`);
    const e = expected[item];
    assert.equal(await row.locator("td.rated").innerText(), String(e.rated), `${item} rated`);
    assert.deepEqual(await row.locator("td.count").allInnerTexts(), e.counts.map(String), `${item} counts`);
    assert.equal(await row.locator("td.median").innerText(), figure(e.median), `${item} median`);
    assert.equal(await row.locator("td.iqr").innerText(), `${figure(e.q1)}–${figure(e.q3)}`, `${item} quartiles`);
    // Learning agility has one item per axis: the radar's table shows the same spread.
    const axis = await page.locator(`.axis-table tr[data-axis="${item}"] td`).allInnerTexts();
    assert.equal(axis[0], String(e.rated), `${item} axis people`);
    assert.equal(axis[3], figure(e.median), `${item} axis median`);
    assert.equal(axis[2], figure(e.q1), `${item} axis q1`);
    assert.equal(axis[4], figure(e.q3), `${item} axis q3`);
  }
  // The ranked needs start with the lowest median.
  const lowest = Math.min(...AGILITY.map((i) => expected[i].median));
  const first = await page.locator(".need.lowest li").first().getAttribute("data-item");
  assert.equal(expected[first].median, lowest);
  assert.equal(await page.locator(".people-table tbody tr").count(), 60);
  await screenshot(page, "cohort-60");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a drop of 200 files at once loads them all", async () => {
  const { context, page, errors } = await openCohort();
  const texts = generated(200, 8).map((p) => shareFile(p));
  await page.evaluate((texts) => {
    const transfer = new DataTransfer();
    texts.forEach((text, n) => transfer.items.add(new File([text], `share-${n + 1}.json`, { type: "application/json" })));
    const zone = document.querySelector(".dropzone");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, texts);
  await page.locator(".loaded").waitFor();
  assert.match(await page.locator(".loaded").innerText(), /^200 files read: 200 participants, 0 files refused/);
  assert.equal(await page.locator(".people-table tbody tr").count(), 200);
  assert.equal(await page.locator(".people-table th.person").nth(199).innerText(), "Peserta 200");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a .zip of submissions, as Moodle's Download all gives, loads with the names on its folders", async () => {
  const { context, page, errors } = await openCohort();
  const people = generated(5, 3, { names: false });
  const archive = zip(people.map((p, n) => ({
    name: `Peserta Zip ${n + 1}_${1000 + n}_assignsubmission_file_/cermin-share-2026-10-01.json`,
    data: shareFile(p),
  })));
  await add(page, [{ name: "submissions.zip", mimeType: "application/zip", buffer: archive }]);
  assert.match(await page.locator(".loaded").innerText(), /^5 files read: 5 participants, 0 files refused/);
  const names = await cells(page, ".people-table th.person");
  assert.deepEqual(names, people.map((_, n) => `Peserta Zip ${n + 1}`));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a mix of good and bad files lists every refused one with its reason, and the rest load", async () => {
  const { context, page, errors } = await openCohort();
  const [a, b] = generated(2, 5);
  const good = shareFile(a);
  const backup = JSON.stringify({
    format: "cermin.history", version: 1, exported_at: 5,
    sessions: [{ id: "bk-1", created: a.created, updated: a.created, ratings: { "agility.speed": 2 } }],
  });
  const files = [
    json("good.json", good),
    json("backup.json", backup),
    json("again.json", good), // the same session handed in twice: merged
    json("second.json", shareFile(b)),
    { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) },
    json("other.json", JSON.stringify({ hello: "world" })),
    json("newer.json", shareFile({ ...a, id: "n1", version: 9 })),
    json("cut.json", good.slice(0, good.length / 2)),
    json("big.json", " ".repeat(5 * 1024 * 1024 + 10)),
  ];
  await add(page, files);
  const refused = await cells(page, ".refused li");
  assert.deepEqual(refused, [
    "photo.png: not a Cermin file",
    "other.json: not a Cermin file",
    "newer.json: made by a newer version of Cermin",
    "cut.json: damaged",
    "big.json: too big",
  ]);
  assert.match(await page.locator(".loaded").innerText(), /^9 files read: 3 participants, 5 files refused, 1 copy of the same session merged/);
  // In Indonesian, the reasons follow the language.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  assert.equal(await page.locator(".refused li").nth(3).innerText(), "cut.json: rusak");
  assert.deepEqual(errors, []);
  await context.close();
});

/** Ten people rating before (1 Oct) and after (1 Nov) a training, with known changes. */
function twoWaves() {
  const before = generated(10, 21, { created: Date.UTC(2026, 9, 1) });
  const after = before.map((p, n) => {
    const ratings = {};
    for (const [item, level] of Object.entries(p.ratings)) {
      const step = (n + item.length) % 3 - 1; // −1, 0 or +1, known per person and item
      ratings[item] = Math.max(1, Math.min(5, level + step));
    }
    return { ...p, id: `${p.id}-after`, created: Date.UTC(2026, 10, 1) + n * 60_000, ratings };
  });
  return { before, after };
}

test("two waves, split by date, show each item's movement up, same and down", async () => {
  const { context, page, errors } = await openCohort();
  const { before, after } = twoWaves();
  await add(page, asFiles([...before, ...after]));
  await page.getByRole("radio", { name: "Split by date" }).check();
  await page.locator(`.item-table tr[data-wave="after"]`).first().waitFor();
  for (const item of AGILITY) {
    let up = 0, same = 0, down = 0;
    before.forEach((p, n) => {
      const [b, a] = [p.ratings[item], after[n].ratings[item]];
      if (b === undefined || a === undefined) return;
      if (a > b) up++;
      else if (a === b) same++;
      else down++;
    });
    const row = page.locator(`.item-table tr[data-item="${item}"][data-wave="after"]`);
    const got = [await row.locator("td.up").innerText(), await row.locator("td.same").innerText(), await row.locator("td.down").innerText()];
    assert.deepEqual(got, [up, same, down].map(String), item);
    const medianBefore = expectedFigures(before)[item].median;
    assert.equal(await page.locator(`.item-table tr[data-item="${item}"][data-wave="before"] td.median`).innerText(), figure(medianBefore));
  }
  // Marked by hand instead: every file Before except the "after" ones gives the same counts.
  await page.getByRole("radio", { name: "Mark each file" }).check();
  const selects = page.locator(".file-waves select");
  for (let n = 10; n < 20; n++) await selects.nth(n).selectOption("after");
  const row = page.locator(`.item-table tr[data-item="agility.speed"][data-wave="after"]`);
  await row.waitFor();
  const speed = [0, 0, 0];
  before.forEach((p, n) => {
    const [b, a] = [p.ratings["agility.speed"], after[n].ratings["agility.speed"]];
    if (b !== undefined && a !== undefined) speed[a > b ? 0 : a === b ? 1 : 2]++;
  });
  assert.deepEqual([await row.locator("td.up").innerText(), await row.locator("td.same").innerText(), await row.locator("td.down").innerText()], speed.map(String));
  await screenshot(page, "cohort-waves");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the name switch removes every name from the page, PNG, SVG, CSV and the printed report", async () => {
  const { context, page, errors } = await openCohort();
  const { before, after } = twoWaves();
  const files = asFiles([...before, ...after]).map((f, n) => ({ ...f, name: `cermin-share-${before[n % 10].name.replace(" ", "-")}.json` }));
  await add(page, files);
  await page.getByRole("radio", { name: "Split by date" }).check();
  await page.locator(`.item-table tr[data-wave="after"]`).first().waitFor();
  const names = before.map((p) => p.name);
  const text = () => page.locator("body").innerText();
  assert.ok((await text()).includes(names[0]), "names are shown before the switch");
  const pngShown = await download(page, "Radar as PNG");
  await page.getByRole("checkbox", { name: /^Hide names/ }).check();
  await page.locator(".people-table th.person", { hasText: "P01" }).waitFor();
  const onScreen = await text();
  for (const name of names) {
    assert.ok(!onScreen.includes(name) && !onScreen.includes(name.replace(" ", "-")), `${name} on the page`);
  }
  assert.deepEqual(await cells(page, ".people-table th.person"), names.map((_, n) => `P${String(n + 1).padStart(2, "0")}`));
  const svg = (await download(page, "Radar as SVG")).bytes.toString("utf8");
  const summary = (await download(page, "CSV summary")).bytes.toString("utf8");
  const rows = (await download(page, "CSV per participant and item")).bytes.toString("utf8");
  const png = await download(page, "Radar as PNG");
  for (const name of names) {
    for (const [what, content] of [["SVG", svg], ["summary CSV", summary], ["rows CSV", rows]]) {
      assert.ok(!content.includes(name) && !content.includes("Peserta"), `${name} in the ${what}`);
    }
  }
  assert.ok(rows.includes("\r\nP01,"), "rows name participants by code");
  // The radar image never carries names: the same picture whether or not names are shown.
  assert.ok(png.bytes.length > 10_000 && png.bytes.equals(pngShown.bytes), "the PNG does not change with the name switch");
  await page.emulateMedia({ media: "print" });
  const printed = await text();
  for (const name of names) assert.ok(!printed.includes(name), `${name} in print`);
  assert.ok(printed.includes("Cermin class report"), "the print has its title");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("each export opens and holds what the screen shows", async () => {
  const { context, page, errors } = await openCohort();
  const people = generated(12, 9);
  await add(page, asFiles(people));
  const expected = expectedFigures(people);
  const png = await download(page, "Radar as PNG");
  assert.match(png.name, /^cermin-cohort-radar-agility-\d{4}-\d\d-\d\d\.png$/);
  const image = await page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, png.bytes.toString("base64"));
  assert.ok(image[0] >= 1280 && image[1] > image[0], `PNG ${image}`);
  await fs.copyFile(png.path, path.join(OUTPUT, "cohort-radar.png"));
  const svg = await download(page, "Radar as SVG");
  await fs.copyFile(svg.path, path.join(OUTPUT, "cohort-radar.svg"));
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return { error: doc.querySelector("parsererror")?.textContent ?? null, texts: [...doc.querySelectorAll("text")].map((t) => t.textContent.trim()) };
  }, svg.bytes.toString("utf8"));
  assert.equal(parsed.error, null);
  for (const label of ["Cermin class report", "Flexibility", "Reflecting", "Median", "Minimum", "Maximum", "Middle half (25th–75th percentile)"]) {
    assert.ok(parsed.texts.includes(label), `${label} in the SVG`);
  }
  const summary = (await download(page, "CSV summary")).bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n").map((l) => l.split(","));
  for (const item of AGILITY) {
    const row = summary.find((r) => r[1] === "item" && r[2] === item);
    const e = expected[item];
    assert.deepEqual([row[5], row[7], row[8], row[9]], [e.rated, e.q1, e.median, e.q3].map(figure), item);
    assert.equal(figure(Number(row[8])), await page.locator(`.item-table tr[data-item="${item}"] td.median`).innerText());
    assert.deepEqual(row.slice(11, 16), e.counts.map(String));
  }
  const rows = (await download(page, "CSV per participant and item")).bytes.toString("utf8").split("\r\n").filter(Boolean);
  const ratings = people.reduce((n, p) => n + new Set([...Object.keys(p.ratings), ...Object.keys(p.targets)]).size, 0);
  assert.equal(rows.length, 1 + ratings);
  assert.ok(rows.some((r) => r.startsWith(`${people[0].name},Before,`)));
  // Print: the report, without the controls.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".add-files").isVisible(), false);
  assert.equal(await page.locator(".item-table").isVisible(), true);
  assert.equal(await page.locator("canvas.cohort-radar").isVisible(), true);
  // The caveats are printed with the figures: self-ratings, and the framework's sources.
  assert.equal(await page.locator(".self-ratings").innerText(), "These figures are participants' self-ratings, not assessed competence.");
  const sources = await page.locator(".framework-sources").innerText();
  for (const part of ["Cermin's version of the Learning agility framework", "Burke, W. W.", "not items of the Burke Learning Agility Inventory"]) {
    assert.ok(sources.includes(part), `${part} in print: ${sources}`);
  }
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("Share with trainer in the widget writes one session, the name given, notes only when asked for", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(`${env.server.url}?lang=en`);
  await ready(page);
  await rate(page, "Speed", 2);
  await rate(page, "Reflecting", 5);
  await page.locator(".rating-item", { has: page.getByRole("radiogroup", { name: "Speed", exact: true }) }).locator("summary").click();
  await page.getByRole("textbox", { name: "Note: Speed" }).fill("private note");
  await save(page);
  // A second saved session: it must stay out of the file.
  await page.getByRole("button", { name: "New blank session", exact: true }).click();
  await rate(page, "Speed", 4);
  await page.getByRole("textbox", { name: "Session label" }).fill("not shared");
  await save(page);
  await page.locator(".history-list").getByRole("button", { name: /^Open / }).first().click();
  await page.getByRole("radiogroup", { name: "Speed", exact: true }).getByRole("radio", { name: /^2:/ }).and(page.locator(":checked")).waitFor();
  await page.getByRole("textbox", { name: "Name or pseudonym (optional, for exports)" }).fill("Ani W.");
  const plain = await download(page, "Share with trainer");
  assert.match(plain.name, /^cermin-share-\d{4}-\d\d-\d\d\.json$/);
  const file = JSON.parse(plain.bytes.toString("utf8"));
  // A backup document of the one session on screen, with the name.
  assert.equal(file.format, "cermin.history");
  assert.equal(file.name, "Ani W.");
  assert.equal(file.sessions.length, 1);
  assert.deepEqual(file.sessions[0].ratings, { "agility.reflecting": 5, "agility.speed": 2 });
  assert.ok(!plain.bytes.toString("utf8").includes("private note"));
  assert.ok(!plain.bytes.toString("utf8").includes("not shared"));
  const withNotes = JSON.parse((await download(page, "Share with trainer, with my notes")).bytes.toString("utf8"));
  assert.equal(withNotes.sessions[0].notes["agility.speed"], "private note");
  // The trainer's page is linked, and reads the file.
  const link = page.getByRole("link", { name: /^Trainer's page/ });
  assert.equal(await link.getAttribute("href"), "cohort.html");
  const cohort = await openCohort();
  await add(cohort.page, [{ name: plain.name, mimeType: "application/json", buffer: plain.bytes }]);
  assert.deepEqual(await cells(cohort.page, ".people-table th.person"), ["Ani W."]);
  assert.deepEqual([...errors, ...cohort.errors], []);
  await cohort.context.close();
  await context.close();
});

test("a framework a participant added from a file comes with their share file and shows on the cohort page", async () => {
  const EXAMPLE = path.join(path.dirname(DIST), "examples/frameworks/digcompedu-sample.json");
  const NAME = "Digital competence of educators (sample)";
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(`${env.server.url}?lang=en`);
  await ready(page);
  await page.locator("#framework-file").setInputFiles(EXAMPLE);
  await page.getByRole("button", { name: NAME, exact: true }).waitFor();
  await rate(page, "Organisational communication", 4);
  await save(page);
  const shared = await download(page, "Share with trainer");
  const file = JSON.parse(shared.bytes.toString("utf8"));
  assert.deepEqual(file.frameworks.map((f) => f.file.id), ["digcompedu-sample"]);

  // Two more participants rated the same framework; a fourth handed in a revised file of it.
  const definition = JSON.parse(await fs.readFile(EXAMPLE, "utf8"));
  const item = "digcompedu-sample.engagement.communication";
  const kept = (added, framework = definition) => [{ added, file: framework }];
  const revised = { ...definition, version: definition.version + "-rev" };
  const others = [
    json("b.json", shareFile({ name: "Budi", id: "b1", created: Date.UTC(2026, 9, 2), ratings: { [item]: 2 }, frameworks: kept(1) })),
    json("c.json", shareFile({ name: "Citra", id: "c1", created: Date.UTC(2026, 9, 3), ratings: { [item]: 6 }, frameworks: kept(2) })),
    json("d.json", shareFile({ name: "Dewi", id: "d1", created: Date.UTC(2026, 9, 4), ratings: { [item]: 5 }, frameworks: kept(Date.UTC(2030, 0, 1), revised) })),
  ];
  const cohort = await openCohort();
  await add(cohort.page, [{ name: shared.name, mimeType: "application/json", buffer: shared.bytes }, ...others]);
  await cohort.page.getByRole("button", { name: NAME, exact: true }).click();
  assert.match(await cohort.page.locator("#radar-heading").innerText(), new RegExp(NAME.replace(/[()]/g, "\\$&")));
  const row = cohort.page.locator(`.item-table tr[data-item="${item}"]`);
  // 2, 4, 5, 6: median 4.5, quartiles (type 7) 3.5 and 5.25, six levels counted.
  assert.equal(await row.locator("td.rated").innerText(), "4");
  assert.deepEqual(await row.locator("td.count").allInnerTexts(), ["0", "1", "0", "1", "1", "1"]);
  assert.equal(await row.locator("td.median").innerText(), "4.5");
  assert.equal(await row.locator("td.iqr").innerText(), "3.5–5.25");
  // The two versions handed in are named, with the one shown.
  const note = await cohort.page.locator(".framework-notes li").innerText();
  assert.match(note, new RegExp(`^2 versions of the framework .${NAME.replace(/[()]/g, "\\$&")}. were handed in\\. Shown: version ${revised.version}`));
  await screenshot(cohort.page, "cohort-carried-framework");
  // The radar is drawn for it, and the summary CSV has its rows.
  assert.equal(await cohort.page.locator(".group-radar canvas").count(), 1);
  const csv = (await download(cohort.page, "CSV summary")).bytes.toString("utf8");
  assert.ok(csv.includes(item), csv.slice(0, 400));
  assert.deepEqual([...errors, ...cohort.errors], []);
  await cohort.context.close();
  await context.close();
});

test("Keep this class in this browser: kept across a reload under its own key, forgotten when unticked", async () => {
  const { context, page, errors } = await openCohort();
  await add(page, asFiles(generated(4, 2)));
  const stored = () => page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(await stored(), [], "nothing is stored unless asked");
  await page.getByRole("checkbox", { name: "Keep this class in this browser" }).check();
  await page.getByRole("status").filter({ hasText: "kept in this browser" }).waitFor();
  assert.deepEqual(await stored(), ["cermin:cohort"]);
  await page.reload();
  await page.locator(".people-table tbody tr").nth(3).waitFor();
  assert.equal(await page.getByRole("checkbox", { name: "Keep this class in this browser" }).isChecked(), true);
  await page.getByRole("checkbox", { name: "Keep this class in this browser" }).uncheck();
  await page.getByRole("status").filter({ hasText: "no longer kept" }).waitFor();
  assert.deepEqual(await stored(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("axe finds no violations; the keyboard reaches every control; no horizontal scroll at 320 px", async () => {
  const { context, page, errors } = await openCohort({ width: 320 });
  const { before, after } = twoWaves();
  await add(page, [...asFiles([...before, ...after]), json("bad.json", "{")]);
  await page.getByRole("radio", { name: "Mark each file" }).check();
  await page.locator(".file-waves select").first().waitFor();
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], describe(violations));
  const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(width[0] <= width[1], `page ${width[0]} px wide in a ${width[1]} px window`);
  await screenshot(page, "cohort-320");
  // Tab through the page: every control (and every scrollable table) takes the focus.
  const focusable = await page.evaluate(() => {
    const all = [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex='0']")];
    all.forEach((el, n) => el.setAttribute("data-n", n));
    return all.filter((el) => !(el.type === "radio" && !el.checked)).length;
  });
  const reached = new Set();
  for (let i = 0; i < focusable + 5; i++) {
    await page.keyboard.press("Tab");
    const n = await page.evaluate(() => document.activeElement?.getAttribute("data-n"));
    if (n !== null && n !== undefined) reached.add(n);
  }
  assert.equal(reached.size, focusable, `${reached.size} of ${focusable} controls reached by Tab`);
  // In Indonesian too.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  const id = await axeViolations(page);
  assert.deepEqual(id, [], describe(id));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the single file dist/cermin-cohort.html works from file://", async () => {
  const { context, page, errors } = await openCohort({ url: pathToFileURL(path.join(DIST, "cermin-cohort.html")).href + "?lang=en" });
  await add(page, asFiles(generated(3, 4)));
  assert.equal(await page.locator(".people-table tbody tr").count(), 3);
  assert.equal(await page.getByRole("link", { name: "Back to Cermin" }).getAttribute("href"), "cermin.html");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the widget's single file dist/cermin.html links to the cohort page's single file", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(pathToFileURL(path.join(DIST, "cermin.html")).href + "?lang=en");
  await ready(page);
  await page.getByRole("link", { name: "Trainer's page" }).click();
  const trainer = page;
  await trainer.waitForURL(/cermin-cohort\.html$/);
  await trainer.locator("h1").waitFor({ timeout: 20_000 });
  assert.ok(trainer.url().startsWith(pathToFileURL(path.join(DIST, "cermin-cohort.html")).href), trainer.url());
  assert.equal(await trainer.locator("h1").innerText(), "Cermin for trainers: a class's reflections");
  assert.deepEqual(errors, []);
  await context.close();
});
