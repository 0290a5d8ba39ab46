// Others' feedback (issue 22), as people use it: a person asks from a saved session, raters
// answer from fresh browsers (three colleagues and a supervisor), the person adds the responses
// (files, a response link, a .zip) and sees the others' medians in the table and on the radar,
// with the threshold at 2 and at 3 colleagues. The request file instead of the link, from the
// single file (file://); every refusal of bad input, named, with the rest still counted; the
// PNG, SVG, CSV and the print; a reload and a backup restore; axe at 320 px in both languages;
// a SCORM package; a request link opened before the deferred part has arrived.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { zipSync, unzipSync, strToU8, strFromU8 } from "fflate";
import { DIST, ROOT, OUTPUT, serve, launch, newPage, ready, rate, save, screenshot, countPixels } from "../support/browser.mjs";
import { axeViolations, describe } from "../support/axe.mjs";

const env = {};
let tmp;
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cermin-feedback-"));
  env.server = await serve(DIST);
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const HISTORY = "cermin:default:history";
const HOSTILE = `<img src=x onerror="window.__pwned=1">`;
/** The light theme's colour of the radar's "Others" series (`Palette::LIGHT.others`). */
const OTHERS_RGB = [4, 120, 87];

/** A page with this person's own saved session: Speed and Flexibility rated. */
async function asker({ lang = "en", url, ratings = { Speed: 4, Flexibility: 2 }, viewport } = {}) {
  const opened = await newPage(env.browser, { locale: lang === "id" ? "id-ID" : "en-US", viewport });
  await opened.page.goto(url ?? `${env.server.url}?lang=${lang}&theme=light`);
  await ready(opened.page);
  for (const [item, level] of Object.entries(ratings)) await rate(opened.page, item, level);
  await save(opened.page);
  return opened;
}

/** "Ask for feedback" with a display name; the request link (or null where none is offered). */
async function ask(page, name) {
  const section = page.locator(".feedback");
  await section.getByRole("button", { name: "Ask for feedback" }).click();
  await section.getByLabel("Your name as raters will see it").fill(name);
  await section.getByRole("button", { name: "Make the request" }).click();
  await section.getByText(`Request for ${name}: send the link`).waitFor();
  const link = section.getByRole("textbox", { name: "Request link" });
  return (await link.count()) ? link.inputValue() : null;
}

/** Clicks a button and returns the download's name and text. */
async function download(page, name, scope = page) {
  const waiting = page.waitForEvent("download", { timeout: 20_000 });
  await scope.getByRole("button", { name, exact: true }).click();
  const file = await waiting;
  const where = path.join(tmp, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(where);
  return { name: file.suggestedFilename(), path: where, text: fs.readFileSync(where, "utf8") };
}

/** Everything this page keeps in its storage, as text. */
const storage = (page) =>
  page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));

/**
 * A rater in a fresh browser: opens the request (`open`: the link, or a function that opens the
 * file), answers as `as` and sends. Returns the response file, its link and what the page kept.
 */
async function answer(open, { as, ratings = {}, comments = {}, name, lang = "en", url } = {}) {
  const rater = await newPage(env.browser, { locale: lang === "id" ? "id-ID" : "en-US" });
  const { page } = rater;
  if (typeof open === "string") {
    await page.goto(open);
  } else {
    await page.goto(url ?? `${env.server.url}?lang=${lang}`);
    await ready(page);
    await open(page);
  }
  await page.getByRole("heading", { name: /^Feedback for / }).waitFor({ timeout: 20_000 });
  // The fragment is read, then taken out of the address bar.
  await page.waitForFunction(() => !location.hash);
  // Not the person's own work: no Save, no radar of their own.
  assert.equal(await page.getByRole("button", { name: "Save", exact: true }).count(), 0);
  const before = await storage(page);
  await page.getByRole("radio", { name: as, exact: true }).check();
  for (const [item, level] of Object.entries(ratings)) await rate(page, item, level);
  for (const [aspect, text] of Object.entries(comments)) {
    await page.getByRole("textbox", { name: `A comment on this aspect (optional): ${aspect}` }).fill(text);
  }
  if (name) await page.getByRole("textbox", { name: /^Your name \(optional\)/ }).fill(name);
  const file = await download(page, "Send feedback");
  assert.match(file.name, /^cermin-answer-agility-\d{4}-\d\d-\d\d\.json$/);
  const box = page.getByRole("textbox", { name: "Response link" });
  const link = (await box.count()) ? await box.inputValue() : null;
  // Nothing of the answer went into the rater's own history or storage.
  const response = JSON.parse(file.text);
  const after = await storage(page);
  assert.equal(after, before, "the rater's storage is untouched");
  assert.ok(!after.includes(response.id), "the response is nowhere in the rater's storage");
  return { ...rater, file, link, response };
}

/** Adds files ({name, text|buffer}) with "Add feedback"; returns the report's lines. */
async function addFiles(page, files) {
  const report = page.locator(".feedback-report");
  const previous = await report.innerText();
  await page.locator("#feedback-files").setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: "application/json", buffer: f.buffer ?? Buffer.from(f.text) })),
  );
  return reportLines(page, previous);
}

/** The report's lines once it has changed from `previous`. */
async function reportLines(page, previous) {
  const report = page.locator(".feedback-report");
  await page.waitForFunction((previous) => {
    const now = document.querySelector(".feedback-report")?.innerText ?? "";
    return now !== previous && /added/.test(now);
  }, previous, { timeout: 20_000 });
  return report.locator("li").allInnerTexts();
}

/** A table of others' figures (`feedback-by-item`), as {row name: {column: cell}}. */
async function figures(page, id = "feedback-by-item") {
  return page.locator(`#${id}`).evaluate((table) => {
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
    const rows = {};
    for (const tr of table.querySelectorAll("tbody tr")) {
      const cells = [...tr.children].map((c) => c.textContent.trim());
      rows[cells[0]] = Object.fromEntries(heads.map((h, i) => [h, cells[i]]));
    }
    return rows;
  });
}

/** What the "Others" series of an exported radar SVG shows per axis, read from its markers. */
function othersOnRadar(svg, axes, max) {
  const points = (s) => s.trim().split(/\s+/).map((p) => p.split(",").map(Number));
  // The spokes: from the centre to each axis' outer ring, in the framework's order.
  const spokes = [...svg.matchAll(/<polyline[^>]*stroke="#CBD5E1"[^>]*points="([^"]+)"/g)]
    .map((m) => points(m[1]))
    .filter((p) => p.length === 2);
  const centre = spokes[0][0];
  const ends = spokes.filter((p) => p[0][0] === centre[0] && p[0][1] === centre[1]).map((p) => p[1]);
  assert.equal(ends.length, axes, "one spoke per axis");
  const radius = Math.hypot(ends[0][0] - centre[0], ends[0][1] - centre[1]);
  // The series' triangle markers (filled in its colour), one per axis; the legend's is far below.
  const markers = [...svg.matchAll(/<polygon[^>]*fill="#047857"[^>]*points="([^"]+)"/g)]
    .map((m) => points(m[1]))
    .map((p) => [p.reduce((a, q) => a + q[0], 0) / p.length, p.reduce((a, q) => a + q[1], 0) / p.length])
    .filter(([x, y]) => Math.hypot(x - centre[0], y - centre[1]) <= radius * 1.05);
  return ends.map(([ex, ey]) => {
    const along = markers
      .map(([x, y]) => {
        const d = Math.hypot(x - centre[0], y - centre[1]);
        const cos = d === 0 ? 1 : ((x - centre[0]) * (ex - centre[0]) + (y - centre[1]) * (ey - centre[1])) / (d * radius);
        return { d, cos };
      })
      .filter((m) => m.d < 3 || m.cos > 0.99)
      .map((m) => m.d)
      .sort((a, b) => b - a)[0];
    return along === undefined ? null : Math.round((along / radius) * max * 10) / 10;
  });
}

/** A response file's text, changed (a new id unless `keepId`). */
function altered(response, change, { keepId = false } = {}) {
  const copy = JSON.parse(JSON.stringify(response));
  change(copy);
  if (!keepId) copy.id = `x${Math.random().toString(36).slice(2, 14)}`;
  return JSON.stringify(copy);
}

// The whole flow, kept for the tests after it: exports, print, reload, backup, axe.
const scenario = {};

test("ask, three colleagues and a supervisor answer in fresh browsers, added: the others' medians in the table and on the radar, from 2 and from 3 colleagues", async () => {
  const { context, page, errors } = await asker();
  const link = await ask(page, "Ani Wijaya");
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?lang=en&theme=light#ask=1&id=[\w-]{16}&f=agility&fv=[^&]+&name=Ani\+Wijaya$/);
  // The same link as a QR code: an image (inert whatever it holds), named for a screen reader.
  const qr = page.getByRole("img", { name: /^QR code of the feedback request for Ani Wijaya/ });
  assert.match(await qr.getAttribute("src"), /^data:image\/svg\+xml,%3Csvg /);
  await screenshot(page, "feedback-ask");
  // The request is kept with the session: carried by the stored history.
  const stored = await page.evaluate((key) => localStorage.getItem(key), HISTORY);
  assert.ok(stored.includes("cermin.feedback-request"), "the request is kept with the session");

  const supervisor = await answer(link, { as: "Supervisor", ratings: { Speed: 2, Flexibility: 4 }, comments: { Speed: "Starts before the plan is perfect." } });
  await screenshot(supervisor.page, "feedback-answer");
  const colleagues = [
    await answer(link, { as: "Colleague", ratings: { Speed: 3, Flexibility: 3 }, comments: { Flexibility: "Adapts the lesson on the spot." } }),
    await answer(link, { as: "Colleague", ratings: { Speed: 2, Flexibility: 4 }, comments: { Flexibility: "Tries other tools." }, name: "Budi" }),
    await answer(link, { as: "Colleague", ratings: { Speed: 3, Flexibility: 5 } }),
  ];
  for (const rater of [supervisor, ...colleagues]) {
    assert.match(rater.link, /#answer=1&id=[\w-]+&at=\d+&to=[\w-]+&f=agility&fv=[^&]+&as=(supervisor|colleague)&/);
    assert.deepEqual(rater.errors, []);
    await rater.context.close();
  }
  assert.equal(colleagues[1].response.name, "Budi");
  assert.equal(colleagues[0].response.name, undefined, "no name unless given");

  // The supervisor and 2 colleagues, as files: the supervisor is shown from 1 answer, the
  // colleagues not yet (figures and comments).
  const lines = await addFiles(page, [supervisor, colleagues[0], colleagues[1]].map((r) => r.file));
  assert.deepEqual(lines, ["3 answers added, 0 refused."]);
  const section = page.locator(".feedback");
  await section.getByText("2 of 3 colleagues have answered; figures are shown from 3 answers.").waitFor();
  await section.getByText("Supervisor: 1 answer").waitFor();
  let rows = await figures(page);
  assert.equal(rows.Speed.Self, "4");
  assert.equal(rows.Speed["Others (Median)"], "2");
  assert.equal(rows.Speed.Range, "2–2");
  assert.equal(rows.Speed.Answers, "1");
  assert.equal(rows.Speed["Supervisor (Median)"], "2");
  assert.ok(!("Colleague (Median)" in rows.Speed), "no colleague column below their threshold");
  assert.equal(rows.Speed["Self and others"], "Blind spot");
  assert.equal(rows.Flexibility["Others (Median)"], "4");
  assert.equal(rows.Flexibility["Self and others"], "Hidden strength");
  let text = await section.innerText();
  assert.ok(text.includes("Supervisor: Starts before the plan is perfect."));
  assert.ok(!text.includes("Adapts the lesson") && !text.includes("Budi"), "no colleague comment below the threshold");

  // The third colleague's response link, opened in the asker's browser: added to the session
  // that asked, and taken out of the address bar.
  const previous = await page.locator(".feedback-report").innerText();
  await page.goto(colleagues[2].link);
  assert.deepEqual(await reportLines(page, previous), ["1 answer added, 0 refused."]);
  await page.waitForFunction(() => !location.hash);
  await section.getByText("Colleague: 3 answers").waitFor();
  rows = await figures(page);
  // Others: the supervisor's 2 and the colleagues' 3, 2, 3 pooled.
  assert.deepEqual(
    [rows.Speed["Others (Median)"], rows.Speed.Range, rows.Speed.Answers, rows.Speed["Supervisor (Median)"], rows.Speed["Colleague (Median)"]],
    ["2.5", "2–3", "4", "2", "3"],
  );
  assert.deepEqual(
    [rows.Flexibility.Self, rows.Flexibility["Others (Median)"], rows.Flexibility.Range, rows.Flexibility["Colleague (Median)"]],
    ["2", "4", "3–5", "4"],
  );
  assert.equal(rows.Speed["Self and others"], "Blind spot");
  assert.equal(rows.Flexibility["Self and others"], "Hidden strength");
  assert.equal(rows.Reflecting["Others (Median)"], "–");
  text = await section.innerText();
  assert.ok(text.includes("Colleague: Adapts the lesson on the spot."), "a comment without a name");
  assert.ok(text.includes("Colleague · Budi: Tries other tools."), "a name only where given");
  assert.ok(text.includes("What is anonymous and what is not"));

  // The radar on screen draws the Others series too (its colour, in the light theme).
  await page.waitForFunction(() => document.querySelector("canvas.radar")?.width > 0);
  assert.ok((await countPixels(page, "canvas.radar", OTHERS_RGB, 20)) > 30, "the Others series on the canvas");
  await screenshot(page, "feedback-see");
  assert.deepEqual(errors, []);
  Object.assign(scenario, { context, page, errors, link, supervisor: supervisor.response, colleague: colleagues[0].response });
});

test("the PNG, SVG and CSV exports and the print include others' view", async () => {
  const { page } = scenario;
  // SVG: the same draw function; the Others series at the others' medians.
  const svg = await download(page, "Export SVG");
  const texts = [...svg.text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].trim());
  assert.ok(texts.includes("Others"), "the legend names Others");
  const values = othersOnRadar(svg.text, 9, 5);
  // Agility's first two aspects are flexibility and speed; the others have no figure (no marker).
  assert.deepEqual(values, [4, 2.5, null, null, null, null, null, null, null]);
  fs.copyFileSync(svg.path, path.join(OUTPUT, "feedback-radar.svg"));

  // PNG: drawn by the same function, so the Others colour is in it.
  const png = await download(page, "Export PNG");
  const pngBase64 = fs.readFileSync(png.path).toString("base64");
  const othersInPng = await page.evaluate(async ({ data, rgb }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - rgb[0]) < 20 && Math.abs(pixels[i + 1] - rgb[1]) < 20 && Math.abs(pixels[i + 2] - rgb[2]) < 20) n++;
    }
    return n;
  }, { data: pngBase64, rgb: OTHERS_RGB });
  assert.ok(othersInPng > 100, `Others in the PNG: ${othersInPng} pixels`);

  // CSV: the feedback columns, filled where shown, and a row per comment.
  const csv = await download(page, "Export CSV");
  const lines = csv.text.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const header = lines[0].split(",");
  for (const column of ["others_median", "supervisor_median", "colleague_median", "others_view", "feedback_comment"]) {
    assert.ok(header.includes(column), column);
  }
  const rowOf = (item) => {
    const cells = lines.find((l) => l.includes(`,${item},`)).split(",");
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  };
  const speed = rowOf("agility.speed");
  assert.deepEqual(
    [speed.rating, speed.others_median, speed.others_min, speed.others_max, speed.others_n, speed.supervisor_median, speed.colleague_median, speed.others_view],
    ["4", "2.5", "2", "3", "4", "2", "3", "blind_spot"],
  );
  assert.equal(rowOf("agility.flexibility").others_view, "hidden_strength");
  assert.ok(lines.some((l) => l.includes("colleague,Budi,Tries other tools.")), "a comment row with the name given");

  // The print: the section, its figures and comments; not its buttons and forms.
  await page.emulateMedia({ media: "print" });
  const feedback = page.locator(".feedback");
  assert.ok(await feedback.isVisible());
  assert.ok(await page.locator("#feedback-by-item").isVisible());
  assert.ok(!(await page.locator(".feedback-tools").isVisible()), "no buttons or forms in print");
  assert.ok((await feedback.innerText()).includes("Tries other tools."));
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  fs.writeFileSync(path.join(OUTPUT, "feedback-report.pdf"), pdf);
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(scenario.errors, []);
});

test("a reload and a backup restored elsewhere keep the responses", async () => {
  const { page, context } = scenario;
  await page.reload();
  await ready(page);
  await page.locator(".feedback").getByText("Colleague: 3 answers").waitFor({ timeout: 20_000 });
  assert.equal((await figures(page)).Speed["Others (Median)"], "2.5");
  const backup = await download(page, "Back up (JSON)");
  const document = JSON.parse(backup.text);
  assert.equal(document.version, 3);
  assert.equal(Object.keys(document.sessions[0].feedback).length, 5, "the request and 4 responses");
  scenario.history = await page.evaluate((key) => localStorage.getItem(key), HISTORY);
  await context.close();

  // Another browser: its own session, then the backup imported and the session opened.
  const other = await asker({ ratings: { Reflecting: 3 } });
  await other.page.locator("#import-file").setInputFiles(backup.path);
  await other.page.getByRole("status").filter({ hasText: "Import done: 1 session added" }).waitFor();
  const history = other.page.getByRole("region", { name: "History" });
  await history.getByRole("listitem").last().getByRole("button", { name: /^Open/ }).click();
  await other.page.locator(".feedback").getByText("Colleague: 3 answers").waitFor({ timeout: 20_000 });
  const rows = await figures(other.page);
  assert.deepEqual([rows.Speed["Others (Median)"], rows.Flexibility["Others (Median)"]], ["2.5", "4"]);
  assert.deepEqual(other.errors, []);
  await other.context.close();
});

test("the request file instead of the link, all in the single file opened from disk", async () => {
  const single = `${pathToFileURL(path.join(DIST, "cermin.html")).href}?lang=en&theme=light`;
  const { context, page, errors } = await asker({ url: single });
  // From file:// there is no link another person could open: the file does the job.
  assert.equal(await ask(page, "Sari"), null);
  await page.locator(".feedback").getByText("Cermin is open from a file on this computer").waitFor();
  assert.equal(await page.locator(".feedback img").count(), 0, "no QR code without a link");
  const request = await download(page, "Download the request file");
  assert.match(request.name, /^cermin-ask-agility-\d{4}-\d\d-\d\d\.json$/);
  assert.deepEqual(Object.keys(JSON.parse(request.text)), ["format", "format_version", "id", "name", "framework", "framework_version"]);

  // The rater opens the file in their own Cermin (the single file too).
  const openFile = (p) => p.locator("#feedback-request-file").setInputFiles(request.path);
  const rater = await answer(openFile, { as: "Participant", ratings: { Speed: 5 }, url: single });
  assert.equal(rater.link, null, "no response link from file://");
  // Back to the rater's own work.
  await rater.page.getByRole("button", { name: "Back to my own reflection" }).click();
  await rater.page.getByRole("button", { name: "Save", exact: true }).waitFor();
  assert.deepEqual(rater.errors, []);
  await rater.context.close();

  assert.deepEqual(await addFiles(page, [rater.file]), ["1 answer added, 0 refused."]);
  await page.locator(".feedback").getByText("1 of 3 participants has answered; figures are shown from 3 answers.").waitFor();
  assert.equal((await figures(page)).Speed["Others (Median)"], "–", "no figure below the threshold");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a .zip of responses is read whole; an archive inside it is named and left closed", async () => {
  const { context, page, errors } = await asker();
  const link = await ask(page, "Ani");
  const raters = [];
  for (const level of [2, 3, 5]) raters.push(await answer(link, { as: "Participant", ratings: { Speed: level } }));
  for (const r of raters) await r.context.close();
  const zip = zipSync({
    "answers/one.json": strToU8(raters[0].file.text),
    "answers/two.json": strToU8(raters[1].file.text),
    "three.json": strToU8(raters[2].file.text),
    "inner.zip": zipSync({ "x.json": strToU8(raters[0].file.text) }),
  });
  const lines = await addFiles(page, [{ name: "responses.zip", buffer: Buffer.from(zip) }]);
  assert.deepEqual(lines, [
    "3 answers added, 1 refused.",
    "responses.zip/inner.zip: not added, as it is an archive inside an archive, which is not opened.",
  ]);
  await page.locator(".feedback").getByText("Participant: 3 answers").waitFor();
  const speed = (await figures(page)).Speed;
  assert.deepEqual([speed["Others (Median)"], speed.Range, speed["Participant (Median)"]], ["3", "2–5", "3"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("bad input is refused, each by name with its reason, and the rest still counts; hostile text stays text", async () => {
  const { context, page, errors } = await asker();
  const link = await ask(page, HOSTILE);
  const open = await newPage(env.browser, { locale: "en-US" });
  await open.page.goto(link);
  // The asker's name, whatever it holds, is text on the rater's screen.
  await open.page.getByRole("heading", { name: `Feedback for ${HOSTILE}` }).waitFor();
  await open.context.close();
  const hostile = await answer(link, { as: "Supervisor", ratings: { Speed: 3 }, comments: { Speed: HOSTILE }, name: `<script>window.__pwned=2</script>` });
  const good = await answer(link, { as: "Colleague", ratings: { Speed: 4 } });
  for (const r of [hostile, good]) await r.context.close();
  const r = good.response;
  const files = [
    { name: "good.json", text: good.file.text },
    { name: "again.json", text: good.file.text },
    { name: "other-request.json", text: altered(r, (x) => (x.request = "someoneElsesRequest1")) },
    { name: "other-version.json", text: altered(r, (x) => { x.framework_version = "2027.1"; x.ratings["agility.curiosity"] = 4; }) },
    { name: "out-of-scale.json", text: altered(r, (x) => (x.ratings["agility.speed"] = 7)) },
    { name: "big.json", text: JSON.stringify({ ...r, padding: "x".repeat(70 * 1024) }) },
    { name: "broken.json", text: '{"format":"cermin.feedback-response",' },
    { name: "hostile.json", text: hostile.file.text },
  ];
  const lines = await addFiles(page, files);
  assert.deepEqual(lines, [
    "3 answers added, 5 refused.",
    "again.json: not added, as it is an answer added already.",
    "other-request.json: not added, as it answers another request, not one made from this session.",
    "other-version.json: answered with version 2027.1 of this framework; 1 rating of items this version does not have is kept by item id.",
    "out-of-scale.json: not added, as it gives level 7 for agility.speed, outside this framework's scale.",
    "big.json: not added, as it is too large.",
    "broken.json: not added, as it cannot be read (it is not JSON, or the link was cut).",
  ]);
  // A response link cut short, pasted: named too.
  const previous = await page.locator(".feedback-report").innerText();
  await page.getByRole("textbox", { name: "A response link you received" }).fill(`${good.link.split("&at=")[0]}&at=%Z`);
  await page.getByRole("button", { name: "Add the link" }).click();
  assert.deepEqual(await reportLines(page, previous), [
    "0 answers added, 1 refused.",
    "link: not added, as it cannot be read (it is not JSON, or the link was cut).",
  ]);
  // The item another version had is kept by id; the hostile comment and name are text.
  const rows = await figures(page);
  assert.equal(rows["agility.curiosity"].Answers, "0");
  const section = page.locator(".feedback");
  await section.getByText(`Supervisor · <script>window.__pwned=2</script>: ${HOSTILE}`).waitFor();
  assert.equal(await page.locator('.cermin img[src="x"], .cermin script').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("200 responses at once are added together", async () => {
  const { context, page, errors } = await asker();
  const link = await ask(page, "Ani");
  const one = await answer(link, { as: "Participant", ratings: { Speed: 3, Flexibility: 4 } });
  await one.context.close();
  const entries = {};
  for (let i = 0; i < 200; i++) {
    entries[`r${i}.json`] = strToU8(altered(one.response, (x) => (x.ratings["agility.speed"] = 1 + (i % 5))));
  }
  const started = Date.now();
  const lines = await addFiles(page, [{ name: "class.zip", buffer: Buffer.from(zipSync(entries)) }]);
  console.log(`feedback: 200 responses added and shown in ${Date.now() - started} ms (with the test's own overhead)`);
  assert.deepEqual(lines, ["200 answers added, 0 refused."]);
  assert.equal((await figures(page)).Speed["Others (Median)"], "3");
  assert.deepEqual(errors, []);
  await context.close();
});

test("axe finds nothing on the feedback screens, in both languages, at 320 px", async () => {
  assert.ok(scenario.history, "the first tests kept a history with responses");
  for (const lang of ["id", "en"]) {
    const { context, page, errors } = await newPage(env.browser, { locale: `${lang}-${lang === "id" ? "ID" : "US"}`, viewport: { width: 320, height: 720 } });
    await context.addInitScript(([key, value]) => localStorage.getItem(key) || localStorage.setItem(key, value), [HISTORY, scenario.history]);
    await page.goto(`${env.server.url}?lang=${lang}`);
    await ready(page);
    const section = page.locator(".feedback");
    await section.locator("#feedback-by-item").waitFor({ timeout: 20_000 });
    await section.getByRole("button", { name: lang === "id" ? "Minta umpan balik" : "Ask for feedback" }).click();
    await section.locator("img").waitFor();
    await page.locator("#feedback-files").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{") });
    await section.locator(".feedback-report li").first().waitFor();
    const violations = await axeViolations(page, { include: ".feedback" });
    assert.deepEqual(violations, [], describe(violations));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `the page does not scroll sideways: ${width}px`);
    await screenshot(page, `feedback-320-${lang}`);

    // The rater's form, from the same request, in this language.
    await page.goto(scenario.link.replace(/\?lang=en/, `?lang=${lang}`));
    await page.locator(".answer").waitFor({ timeout: 20_000 });
    await page.locator(".answer").getByRole("button").last().waitFor();
    const answerViolations = await axeViolations(page, { include: ".answer" });
    assert.deepEqual(answerViolations, [], describe(answerViolations));
    const answerWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(answerWidth <= 320, `the rater's form does not scroll sideways: ${answerWidth}px`);
    await screenshot(page, `feedback-answer-320-${lang}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a request link opened before the deferred part has arrived says it is getting ready, then shows the form", async () => {
  // No service worker: it would fetch the parts itself, past the page's request interception.
  const { context, page, errors } = await newPage(env.browser, { locale: "id-ID", serviceWorkers: "block" });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/split_more\.wasm\.gz/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(scenario.link.replace(/\?lang=en/, "?lang=id"));
  await ready(page);
  await page.locator(".getting-ready", { hasText: "Menyiapkan…" }).waitFor();
  release();
  await page.getByRole("heading", { name: "Umpan balik untuk Ani Wijaya" }).waitFor({ timeout: 20_000 });
  await page.getByRole("radio", { name: "Rekan kerja", exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("in a SCORM package the screen says where responses are kept, and suspend_data never holds them", async () => {
  const lms = path.join(tmp, "lms");
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(path.join(DIST, "cermin-scorm12.zip"))))) {
    fs.mkdirSync(path.dirname(path.join(lms, "pkg12", name)), { recursive: true });
    fs.writeFileSync(path.join(lms, "pkg12", name), bytes);
  }
  fs.copyFileSync(path.join(ROOT, "tests/support/scorm-harness.html"), path.join(lms, "scorm-harness.html"));
  for (const runtime of ["scorm12.js", "scorm2004.js"]) {
    fs.copyFileSync(path.join(ROOT, "node_modules/scorm-again/dist", runtime), path.join(lms, runtime));
  }
  const server = await serve(lms);
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(`${server.url}scorm-harness.html?scorm=12`);
  const sco = page.frameLocator("#sco");
  await sco.locator("h1", { hasText: "Cermin" }).waitFor({ timeout: 20_000 });
  await rate(sco, "Speed", 4);
  await save(sco);
  const link = await ask(sco, "Ani");
  await sco.getByText("In this LMS, feedback is kept in this browser only, not in the LMS").waitFor();
  // A response to it, as a rater's Cermin writes it.
  const fields = new URLSearchParams(link.split("#ask=")[1].replace(/^1&/, ""));
  const response = {
    format: "cermin.feedback-response", format_version: 1, id: "scormAnswer0001", at: 1_764_900_000_000,
    request: fields.get("id"), framework: fields.get("f"), framework_version: fields.get("fv"),
    perspective: "supervisor", ratings: { "agility.speed": 3 }, comments: { "agility.speed": "Kept in this browser" },
  };
  await sco.locator("#feedback-files").setInputFiles({ name: "a.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(response)) });
  await sco.locator(".feedback-report").getByText("1 answer added, 0 refused.").waitFor();
  await sco.locator(".feedback").getByText("Supervisor: 1 answer").waitFor();
  // The LMS is written after the change; what it holds has none of the feedback.
  await page.waitForTimeout(500);
  const suspend = await page.evaluate(() => window.lms.getCMIValue("cmi.suspend_data"));
  assert.ok(suspend.length > 0, "the session is in suspend_data");
  for (const kept of ["scormAnswer0001", "Kept in this browser", fields.get("id")]) {
    assert.ok(!suspend.includes(kept), `${kept} is not in suspend_data`);
  }
  const stored = await sco.locator("html").evaluate(() => Object.values(localStorage).join(""));
  assert.ok(stored.includes("scormAnswer0001"), "kept in this browser's copy");
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});
