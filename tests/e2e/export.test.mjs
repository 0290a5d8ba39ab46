// Export and print: PNG and SVG images, a printable report, JSON backup with import, CSV.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { newPage, ready, OUTPUT, group, rate, save, openWidget, useServerAndBrowser } from "../support/browser.mjs";

const env = useServerAndBrowser();
let tmp;
before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "cermin-export-"));
});

const HOSTILE = `<script>alert(1)</script> ]]> & "q" 'a' \u202Eevil\u200B`;
const TODAY = /\d{4}-\d\d-\d\d/;


/** Clicks a button and returns the download's file name and bytes. */
async function download(page, name) {
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name, exact: true }).click();
  const file = await waiting;
  const where = path.join(tmp, file.suggestedFilename());
  await file.saveAs(where);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(where), path: where };
}

async function prepared() {
  const opened = await newPage(env.browser, { locale: "en-US" });
  const { page } = opened;
  await page.goto(`${env.server.url}?lang=en&theme=light`);
  await ready(page);
  await rate(page, "Speed", 2);
  await rate(page, "Flexibility", 4);
  await page.getByRole("combobox", { name: "Target: Speed" }).selectOption("4");
  await page.locator(".rating-item", { has: group(page, "Speed") }).locator("summary").click();
  await page.getByRole("textbox", { name: "Note: Speed" }).fill(`=HYPERLINK("http://x") ${HOSTILE}`);
  await page.getByRole("textbox", { name: "Session label" }).fill(HOSTILE);
  await page.getByRole("textbox", { name: "Next step" }).fill("Try a new quiz tool, line one\nline two");
  await save(page);
  return opened;
}

test("PNG export: a real PNG at least twice the on-screen pixel size, with the right name", async () => {
  const { context, page, errors } = await prepared();
  const onScreen = await page.evaluate(() => document.querySelector("canvas.radar").width);
  const png = await download(page, "Export PNG");
  assert.match(png.name, /^cermin-agility-\d{4}-\d\d-\d\d\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  assert.ok(width >= 2 * onScreen, `PNG ${width}px wide, screen canvas ${onScreen}px`);
  assert.ok(height > width * 0.8);
  await fs.copyFile(png.path, path.join(OUTPUT, "export.png"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("SVG export: parses as XML, has the title and legend, and hostile text stays text", async () => {
  const { context, page, errors } = await prepared();
  await page.getByRole("textbox", { name: "Name or pseudonym (optional, for exports)" }).fill(`Ani & <b>Budi</b>`);
  const svg = await download(page, "Export SVG");
  assert.match(svg.name, /^cermin-agility-\d{4}-\d\d-\d\d\.svg$/);
  const text = svg.bytes.toString("utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      scripts: doc.getElementsByTagName("script").length,
      bold: doc.getElementsByTagName("b").length,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent.trim()),
    };
  }, text);
  assert.equal(parsed.error, null);
  assert.equal(parsed.scripts, 0);
  assert.equal(parsed.bold, 0);
  assert.ok(parsed.texts.includes("Learning agility"), "title");
  assert.ok(parsed.texts.some((t) => t.includes("Ani & <b>Budi</b>") && t.includes("<script>alert(1)</script>")), "subtitle kept as text");
  for (const legend of ["Current", "Target"]) assert.ok(parsed.texts.includes(legend), legend);
  await fs.copyFile(svg.path, path.join(OUTPUT, "export.svg"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("CSV export: UTF-8 with a header, one row per session × item, formulas neutralised", async () => {
  const { context, page, errors } = await prepared();
  const csv = await download(page, "Export CSV");
  assert.match(csv.name, /^cermin-all-\d{4}-\d\d-\d\d\.csv$/);
  const text = csv.bytes.toString("utf8");
  assert.ok(text.startsWith("\uFEFFsession_date,label,framework,item_id,item_name,rating,target,note\r\n"));
  assert.match(text, /agility\.speed,Speed,2,4,"'=HYPERLINK\(""http:\/\/x""\)/);
  assert.match(text, /agility\.flexibility,Flexibility,4,,/);
  assert.match(text, /next_step,Next step,,,"Try a new quiz tool, line one\nline two"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("JSON backup re-imports elsewhere: merged by id, nothing duplicated, with a summary", async () => {
  const source = await prepared();
  const backup = await download(source.page, "Back up (JSON)");
  assert.match(backup.name, /^cermin-backup-\d{4}-\d\d-\d\d\.json$/);
  const document = JSON.parse(backup.bytes.toString("utf8"));
  assert.equal(document.format, "cermin.history");
  assert.equal(document.version, 3);
  assert.ok(Number.isInteger(document.exported_at));
  await source.context.close();

  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  await rate(page, "Reflecting", 3);
  await save(page);
  const history = page.getByRole("region", { name: "History" });
  await page.locator("#import-file").setInputFiles(backup.path);
  await page.getByRole("status").filter({ hasText: "Import done: 1 session added, 0 updated, 0 unchanged" }).waitFor();
  assert.equal(await history.getByRole("listitem").count(), 2);
  await page.locator("#import-file").setInputFiles(backup.path);
  await page.getByRole("status").filter({ hasText: "0 sessions added, 0 updated, 1 unchanged" }).waitFor();
  assert.equal(await history.getByRole("listitem").count(), 2);
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole("region", { name: "History" }).getByRole("listitem").count(), 2, "the import is saved");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file that is not a valid backup is refused with a clear message; the history stays", async () => {
  const { context, page, errors } = await openWidget(env.browser, env.server.url, { locale: "id-ID" });
  await rate(page, "Kecepatan", 3);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  const stored = () => page.evaluate(() => localStorage.getItem("cermin:default:history"));
  const before = await stored();
  const cases = [
    ["broken.json", "{ not json", "bukan JSON yang valid"],
    ["other.json", JSON.stringify({ todos: [] }), "bukan cadangan Cermin"],
    ["newer.json", JSON.stringify({ format: "cermin.history", version: 7, sessions: [] }), "versi Cermin yang lebih baru"],
    ["huge.json", "x".repeat(5 * 1024 * 1024 + 1), "terlalu besar"],
    ["deep.json", `{"format":"cermin.history","version":1,"sessions":[],"x":${"[".repeat(5000)}${"]".repeat(5000)}}`, "bertingkat terlalu dalam"],
  ];
  for (const [name, content, message] of cases) {
    const file = path.join(tmp, name);
    await fs.writeFile(file, content);
    await page.locator("#import-file").setInputFiles(file);
    await page.getByRole("status").filter({ hasText: message }).waitFor();
    assert.equal(await stored(), before, `${name} changed nothing`);
  }
  // Values out of range: that session is skipped, the rest of the file is imported.
  const mixed = path.join(tmp, "mixed.json");
  await fs.writeFile(mixed, JSON.stringify({
    format: "cermin.history", version: 1, sessions: [
      { id: "ok-1", created: 1764300000000, updated: 1764300000000, ratings: { "agility.speed": 5 } },
      { id: "bad-1", created: 1764300000000, updated: 1764300000000, ratings: { "agility.speed": 50 } },
    ],
  }));
  await page.locator("#import-file").setInputFiles(mixed);
  await page.getByRole("status").filter({ hasText: "1 sesi ditambahkan, 0 diperbarui, 0 tidak berubah, 1 dilewati" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("printing gives a clean A4 report: charts, table, strengths, notes, next step, no buttons", async () => {
  const { context, page, errors } = await prepared();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: "Save", exact: true }).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Learning agility" }).isVisible(), false);
  const report = page.locator(".print-report");
  assert.equal(await report.isVisible(), true);
  assert.match(await report.innerText(), /Note[\s\S]*Speed\s+2\s+4\s+=HYPERLINK[\s\S]*Next step\s+Try a new quiz tool/);
  // The report opens with its title, the session's date and its label.
  const title = page.locator(".report-title");
  assert.equal(await title.isVisible(), true);
  assert.match(await title.innerText(), /^Cermin reflection report · \d+ \w+ \d{4}, \d\d:\d\d · <script>/);
  assert.equal(await page.locator("canvas.radar").isVisible(), true);
  assert.equal(await page.getByRole("region", { name: "Strengths" }).isVisible(), true);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  await fs.writeFile(path.join(OUTPUT, "report.pdf"), pdf);
  assert.deepEqual(errors, []);
  await context.close();
});
