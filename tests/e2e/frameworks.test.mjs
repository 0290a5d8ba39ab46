// Frameworks as data: each framework's sources on the page and in print, in both languages;
// framework files loaded by `?frameworks=` and by "Add framework file", used end to end; files
// refused with the field and the reason; markup kept inert; an old widyaiswara session opened.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import {
  ROOT, OUTPUT, serve, newPage, ready, screenshot, group, rate, save, useServerAndBrowser,
} from "../support/browser.mjs";

// The repository root is served, so that a framework file beside dist/ has a relative URL.
const env = useServerAndBrowser(ROOT);
const widget = (query = "") => `${env.server.url}dist/${query}`;
const KEY = "cermin:default:history";
const EXAMPLE_PATH = path.join(ROOT, "examples/frameworks/digcompedu-sample.json");
const EXAMPLE = JSON.parse(await fs.readFile(EXAMPLE_PATH, "utf8"));
const EXAMPLE_NAME = "Digital competence of educators (sample)";
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "cermin-frameworks-"));

const copy = (value) => JSON.parse(JSON.stringify(value));
const asFile = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });

async function download(page, name) {
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name, exact: true }).click();
  const file = await waiting;
  const where = path.join(tmp, file.suggestedFilename());
  await file.saveAs(where);
  return { name: file.suggestedFilename(), text: await fs.readFile(where, "utf8"), bytes: await fs.readFile(where) };
}

/** The status line, once it says `text`. */
const status = (page, text) => page.getByRole("status").filter({ hasText: text }).waitFor();

test("the framework files follow the JSON Schema: the example and the three built-ins", async () => {
  const schema = JSON.parse(await fs.readFile(path.join(ROOT, "schema/cermin-framework.schema.json"), "utf8"));
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  for (const file of ["examples/frameworks/digcompedu-sample.json", "frameworks/agility.json", "frameworks/digcomp.json", "frameworks/widyaiswara.json"]) {
    const ok = validate(JSON.parse(await fs.readFile(path.join(ROOT, file), "utf8")));
    assert.ok(ok, `${file}: ${JSON.stringify(validate.errors)}`);
  }
  // The schema refuses what Cermin refuses, for the rules a schema can say.
  for (const [what, edit] of [
    ["a missing prompt", (f) => delete f.axes[0].items[0].prompt],
    ["an unknown field", (f) => (f.colour = "red")],
    ["13 axes", (f) => { while (f.axes.length < 13) f.axes.push(copy(f.axes[1])); }],
    ["11 levels", (f) => { while (f.scale.levels.length < 11) f.scale.levels.push(copy(f.scale.levels[0])); }],
    ["a script URL", (f) => (f.sources[0].url = "javascript:alert(1)")],
    ["a newer format", (f) => (f.format_version = 2)],
    ["an observer prompt over 400 characters", (f) => (f.axes[0].items[0].observer = { en: "x".repeat(401) })],
    ["an empty observer question", (f) => (f.scale.observer_question = {})],
  ]) {
    const file = copy(EXAMPLE);
    edit(file);
    assert.equal(validate(file), false, what);
  }
});

test("each framework shows its sources and version, in both languages, on the page and in print", async () => {
  const expected = {
    id: {
      "Kelincahan belajar": ["Burke, W. W., dkk. (2016)", "bukan butir Burke Learning Agility Inventory", "Hakim, L. N. (2019)", "Ashari, H., & Sancoko, B."],
      "Kompetensi digital": ["Vuorikari, R., Kluzer, S., & Punie, Y. (2022). DigComp 2.2", "saduran yang disederhanakan dan tidak resmi", "DigComp 3.0", "JRC144121", "DigComp 2.0", "Ashari, H., & Sancoko, B."],
      "Kompetensi widyaiswara": ["Peraturan Kepala Lembaga Administrasi Negara Nomor 5 Tahun 2008", "Nomor 42 Tahun 2021", "Nomor 22 Tahun 2014", "sebagaimana dinyatakan studi awal", "Ashari, H., & Sancoko, B."],
    },
    en: {
      "Learning agility": ["Burke, W. W., et al. (2016)", "not items of the Burke Learning Agility Inventory", "Hakim, L. N. (2019)", "Ashari, H., & Sancoko, B."],
      "Digital competence": ["Vuorikari, R., Kluzer, S., & Punie, Y. (2022). DigComp 2.2", "simplified, unofficial paraphrase", "DigComp 3.0", "JRC144121", "DigComp 2.0", "Ashari, H., & Sancoko, B."],
      "Widyaiswara competence": ["Regulation of the Head of the National Institute of Public Administration (LAN) No. 5 of 2008", "PermenPANRB No. 42/2021", "No. 22/2014", "as the seed study states them", "Ashari, H., & Sancoko, B."],
    },
  };
  for (const [lang, frameworks] of Object.entries(expected)) {
    const { context, page, errors } = await newPage(env.browser, { locale: lang === "id" ? "id-ID" : "en-US" });
    await page.goto(widget(`?lang=${lang}`));
    await ready(page);
    for (const [name, citations] of Object.entries(frameworks)) {
      await page.getByRole("button", { name, exact: true }).click();
      const about = page.locator("details.about-framework");
      await about.locator("summary").click();
      const text = await about.innerText();
      assert.ok(text.includes(lang === "id" ? `Versi Cermin untuk kerangka ${name}: 2026.3.` : `Cermin's version of the ${name} framework: 2026.3.`), `${lang} ${name}: ${text}`);
      for (const citation of citations) assert.ok(text.includes(citation), `${lang} ${name} page: ${citation}`);
      if (name === "Digital competence" || name === "Kompetensi widyaiswara") {
        await fs.mkdir(OUTPUT, { recursive: true });
        await about.screenshot({ path: path.join(OUTPUT, `frameworks-about-${lang}-${name.split(" ").pop()}.png`) });
      }
      await page.emulateMedia({ media: "print" });
      const references = page.locator(".print-report .references");
      assert.equal(await references.isVisible(), true);
      assert.equal(await about.isVisible(), false, "the disclosure is not printed; the reference list is");
      const printed = await references.innerText();
      for (const citation of citations) assert.ok(printed.includes(citation), `${lang} ${name} print: ${citation}`);
      await page.emulateMedia({ media: "screen" });
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a framework file added with the button is rated, saved, kept over a reload and exported", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(widget("?lang=en&theme=light"));
  await ready(page);
  await page.locator("#framework-file").setInputFiles(EXAMPLE_PATH);
  await status(page, `Framework “${EXAMPLE_NAME}” added.`);
  const tab = page.getByRole("button", { name: EXAMPLE_NAME, exact: true });
  assert.equal(await tab.getAttribute("aria-pressed"), "true");
  await rate(page, "Organisational communication", 4);
  await rate(page, "Accessibility and inclusion", 6);
  await page.getByRole("textbox", { name: "Session label" }).fill("With my own framework");
  await save(page);
  await screenshot(page, "frameworks-added-by-button");

  await page.reload();
  await ready(page);
  await page.getByRole("button", { name: EXAMPLE_NAME, exact: true }).click();
  const communication = group(page, "Organisational communication");
  assert.equal(await communication.getByRole("radio", { name: /^4:/ }).isChecked(), true);
  const table = page.getByRole("table", { name: `${EXAMPLE_NAME}: score per aspect` });
  assert.match(await table.getByRole("row", { name: /Professional engagement/ }).innerText(), /4\.0 \/ 6/);

  const csv = await download(page, "Export CSV");
  assert.ok(csv.text.includes("digcompedu-sample,digcompedu-sample.engagement.communication,Organisational communication,4,,"), csv.text);
  const svg = await download(page, "Export SVG");
  assert.match(svg.name, /^cermin-digcompedu-sample-\d{4}-\d\d-\d\d\.svg$/);
  assert.ok(svg.text.includes(EXAMPLE_NAME));
  const png = await download(page, "Export PNG");
  assert.equal(png.bytes.subarray(1, 4).toString(), "PNG");
  // The backup carries the framework, so that its sessions read elsewhere.
  const backup = await download(page, "Back up (JSON)");
  assert.ok(JSON.parse(backup.text).frameworks.some((f) => f.file.id === "digcompedu-sample"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("?frameworks= loads a file from the page's own site: the one request after loading", async () => {
  const requests = env.server.requests;
  const start = requests.length;
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(widget("?lang=en&frameworks=../examples/frameworks/digcompedu-sample.json"));
  await ready(page);
  await page.getByRole("button", { name: EXAMPLE_NAME, exact: true }).click();
  await rate(page, "Guidance", 3);
  await save(page);
  await page.reload();
  await ready(page);
  await page.getByRole("button", { name: EXAMPLE_NAME, exact: true }).click();
  assert.equal(await group(page, "Guidance").getByRole("radio", { name: /^3:/ }).isChecked(), true);
  const csv = await download(page, "Export CSV");
  assert.ok(csv.text.includes(",digcompedu-sample.teaching.guidance,Guidance,3,"));
  const framework = requests.slice(start).filter((url) => new URL(url, "http://x").pathname.endsWith("digcompedu-sample.json"));
  assert.equal(framework.length, 2, "fetched once per page load");
  assert.deepEqual(errors, []);
  await context.close();

  // Without the parameter, the same page asks for nothing but its own files.
  const plain = requests.length;
  const again = await newPage(env.browser, { locale: "en-US" });
  await again.page.goto(widget("?lang=en"));
  await ready(again.page);
  await again.page.waitForTimeout(300);
  const asked = requests.slice(plain).map((url) => new URL(url, "http://x").pathname);
  assert.ok(asked.every((p) => p.startsWith("/dist/")), asked.join(" "));
  await again.context.close();
});

test("?frameworks= refuses another site, with a console warning and no request", async () => {
  const other = await serve(path.join(ROOT, "examples"));
  try {
    const { context, page } = await newPage(env.browser, { locale: "en-US" });
    const warnings = [];
    page.on("console", (msg) => msg.type() === "warning" && warnings.push(msg.text()));
    const hostile = [`${other.url}frameworks/digcompedu-sample.json`, `//127.0.0.1:${new URL(other.url).port}/frameworks/digcompedu-sample.json`, "javascript:alert(1)", "data:application/json,{}"];
    await page.goto(widget(`?lang=en&frameworks=${hostile.map(encodeURIComponent).join(",")}`));
    await ready(page);
    await page.waitForTimeout(500);
    assert.deepEqual(other.requests, [], "nothing asked of the other site");
    for (const url of hostile) assert.ok(warnings.some((w) => w.includes(url)), `warned about ${url}: ${warnings}`);
    assert.equal(await page.getByRole("button", { name: EXAMPLE_NAME }).count(), 0);
    await context.close();
  } finally {
    await other.close();
  }
});

test("malformed and hostile framework files are refused, each with its message, and the widget keeps working", async () => {
  const edit = (change) => { const f = copy(EXAMPLE); change(f); return JSON.stringify(f); };
  const many = (n, make) => Array.from({ length: n }, (_, i) => make(i));
  const cases = [
    ["not JSON", "{ nope", "the file is not valid JSON"],
    ["a backup file", JSON.stringify({ format: "cermin.history", version: 1, sessions: [] }), "not a Cermin framework"],
    ["a newer format", edit((f) => (f.format_version = 2)), "field format_version uses format version 2, and this Cermin reads up to version 1"],
    ["a missing prompt", edit((f) => delete f.axes[2].items[0].prompt), "field axes[2].items[0].prompt is required"],
    ["an unknown field", edit((f) => (f.axes[1].colour = "red")), "field axes[1].colour is not part of the format"],
    ["a wrong type", edit((f) => (f.axes[0].items[1].prompt.en = 5)), "field axes[0].items[1].prompt.en has the wrong type"],
    ["a missing language", edit((f) => delete f.axes[3].items[0].prompt.id), "field axes[3].items[0].prompt.id has no Indonesian text"],
    ["a prompt too long", edit((f) => (f.axes[0].items[0].prompt.en = "x".repeat(401))), "field axes[0].items[0].prompt.en is too long (at most 400 characters)"],
    ["13 axes", edit((f) => f.axes.push(...many(7, (i) => ({ ...copy(f.axes[3]), id: `digcompedu-sample.x${i}`, items: [{ ...copy(f.axes[3].items[0]), id: `digcompedu-sample.x${i}.1` }] })))), "field axes has too many entries (at most 12)"],
    ["61 items", edit((f) => f.axes[0].items.push(...many(60, (i) => ({ ...copy(f.axes[0].items[0]), id: `digcompedu-sample.engagement.x${i}` })))), "at most 60"],
    ["11 levels", edit((f) => f.scale.levels.push(...many(5, () => copy(f.scale.levels[0])))), "field scale.levels has too many entries (at most 10)"],
    ["a duplicate item id", edit((f) => (f.axes[0].items[1].id = f.axes[0].items[0].id)), "field axes[0].items[1].id is used twice in this file"],
    ["an item of another framework", edit((f) => (f.axes[1].items[0].id = "agility.speed")), "field axes[1].items[0].id must start with \"digcompedu-sample.\""],
    ["a built-in's id", edit((f) => { f.id = "agility"; for (const a of f.axes) { a.id = a.id.replace("digcompedu-sample", "agility"); for (const i of a.items) i.id = i.id.replace("digcompedu-sample", "agility"); } }), "field id is the id of a framework built into Cermin"],
    ["a script URL", edit((f) => (f.sources[0].url = "javascript:alert(document.domain)")), "field sources[0].url must be an https:// or http:// address"],
    ["markup for an id", edit((f) => (f.id = "<img src=x onerror=alert(1)>")), "field id may hold only lowercase letters"],
    ["a control character", edit((f) => (f.name.en = "Evil\u0007")), "field name.en holds an invisible control character"],
    ["a file over 256 KB", " ".repeat(300 * 1024), "the file is over 256 KB"],
    ["deeply nested arrays", "[".repeat(100000), "The framework file was not loaded"],
  ];
  assert.ok(cases.length >= 10);
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(widget("?lang=en"));
  await ready(page);
  for (const [what, text, message] of cases) {
    await page.locator("#framework-file").setInputFiles(asFile(`${what}.json`, text));
    const line = page.getByRole("status");
    await line.filter({ hasText: message }).waitFor({ timeout: 5000 }).catch(async () => {
      assert.fail(`${what}: expected “${message}”, got “${await line.innerText()}”`);
    });
    assert.match(await line.innerText(), /^The framework file was not loaded: /, what);
  }
  // Indonesian, too.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await page.locator("#framework-file").setInputFiles(asFile("x.json", cases[7][1]));
  await status(page, "Berkas kerangka tidak dimuat: kolom axes[0].items[0].prompt.en terlalu panjang (paling banyak 400 karakter)");
  // Nothing was added, and the widget works as before.
  assert.equal(await page.locator(".framework-tabs button").count(), 3);
  await rate(page, "Kecepatan", 4);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await status(page, "Sesi disimpan di browser ini.");
  assert.deepEqual(errors, []);
  await context.close();
});

test("markup and script in a framework file stay inert: page, SVG, PNG, print and CSV", async () => {
  const HOSTILE = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>`;
  const file = copy(EXAMPLE);
  file.name.en = `${HOSTILE} Framework`;
  file.axes[0].name.en = `${HOSTILE} axis`;
  file.axes[0].items[0].name.en = `=HYPERLINK("http://evil.example")`;
  file.axes[0].items[0].prompt.en = `${HOSTILE} prompt`;
  file.sources[0].citation.en = `${HOSTILE} citation`;
  file.scale.levels[0].name.en = `<i>low</i>`;
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(widget("?lang=en"));
  await ready(page);
  await page.locator("#framework-file").setInputFiles(asFile("hostile.json", JSON.stringify(file)));
  await status(page, "added");
  await rate(page, `=HYPERLINK("http://evil.example")`, 1);
  await page.locator("details.about-framework summary").click();
  await save(page);
  // The page shows the text as text; nothing ran, no element was made from it.
  assert.ok((await page.locator(".framework-tabs").innerText()).includes(`${HOSTILE} Framework`));
  assert.ok((await page.locator("details.about-framework").innerText()).includes(`${HOSTILE} citation`));
  assert.equal(await page.locator("img[src=x]").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  // SVG: escaped, and still well-formed XML.
  const svg = await download(page, "Export SVG");
  assert.ok(!svg.text.includes("<img") && !svg.text.includes("<script"));
  assert.ok(svg.text.includes("&lt;img"));
  const parsed = await page.evaluate((text) => new DOMParser().parseFromString(text, "image/svg+xml").querySelector("parsererror") === null, svg.text);
  assert.ok(parsed, "the SVG parses");
  const png = await download(page, "Export PNG");
  assert.equal(png.bytes.subarray(1, 4).toString(), "PNG");
  // CSV: a cell a spreadsheet would run is prefixed with an apostrophe.
  const csv = await download(page, "Export CSV");
  assert.ok(csv.text.includes(`"'=HYPERLINK(""http://evil.example"")"`), csv.text);
  await page.emulateMedia({ media: "print" });
  assert.ok((await page.locator(".print-report .references").innerText()).includes(`${HOSTILE} citation`));
  assert.equal(await page.locator("img[src=x]").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an old widyaiswara session (one item per standard) opens and charts after the revision", async () => {
  const fixture = await fs.readFile(path.join(ROOT, "tests/fixtures/history-v1.json"), "utf8");
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(widget("?lang=en&theme=light"));
  await ready(page);
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, fixture]);
  await page.reload();
  await ready(page);
  // The older of the two sessions rated the whole social standard 4.
  const history = page.getByRole("region", { name: "History" });
  await history.getByRole("listitem").last().getByRole("button", { name: /^Open/ }).click();
  await status(page, "Session opened.");
  await page.getByRole("button", { name: "Widyaiswara competence", exact: true }).click();
  const social = page.getByRole("region", { name: "Social", exact: true });
  assert.match(await social.innerText(), /Earlier rating of this whole aspect: 4 · Often\. The chart uses it until you rate its items\./);
  const table = page.getByRole("table", { name: "Widyaiswara competence: score per aspect" });
  assert.match(await table.getByRole("row", { name: /Social/ }).innerText(), /4\.0 \/ 5/);
  await screenshot(page, "frameworks-old-widyaiswara-session");
  // Rating a new item takes over on the chart; the old rating is still kept.
  await rate(page, "Working with fellow widyaiswara", 2);
  assert.match(await table.getByRole("row", { name: /Social/ }).innerText(), /2\.0 \/ 5/);
  await save(page);
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  const old = stored.sessions.find((s) => s.id === "18e0000000-00000001");
  assert.equal(old.ratings["widyaiswara.social"], 4);
  assert.equal(old.ratings["widyaiswara.social.colleagues"], 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test("ratings of a framework not loaded here are kept and shown by item id, then by name once it is added", async () => {
  const document = {
    format: "cermin.history", version: 1,
    sessions: [{ id: "mine-1", created: 1764300000000, updated: 1764300000000,
      ratings: { "digcompedu-sample.engagement.communication": 5, "agility.speed": 2 },
      notes: { "digcompedu-sample.engagement.communication": "<b>kept</b>" } }],
  };
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(widget("?lang=en"));
  await ready(page);
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, JSON.stringify(document)]);
  await page.reload();
  await ready(page);
  const unknown = page.getByRole("region", { name: "Ratings whose texts are not available here" });
  assert.match(await unknown.innerText(), /digcompedu-sample\.engagement\.communication\s+5\s+–\s+<b>kept<\/b>/);
  await page.locator("#framework-file").setInputFiles(EXAMPLE_PATH);
  await status(page, "added");
  assert.equal(await unknown.count(), 0);
  assert.equal(await group(page, "Organisational communication").getByRole("radio", { name: /^5:/ }).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a session rated with an earlier version of a framework says so, and keeps what it rated", async () => {
  const document = {
    format: "cermin.history", version: 2,
    sessions: [{ id: "old-version", created: 1764300000000, updated: 1764300000000,
      ratings: { "digcompedu-sample.engagement.practice": 3, "digcompedu-sample.engagement.retired": 2 },
      frameworks: { "digcompedu-sample": "0.0" } }],
    frameworks: [{ added: 1764200000000, file: EXAMPLE }],
  };
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(widget("?lang=en"));
  await ready(page);
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, JSON.stringify(document)]);
  await page.reload();
  await ready(page);
  await page.getByRole("button", { name: EXAMPLE_NAME, exact: true }).click();
  await page.getByText("This session was rated with version 0.0 of this framework; version 0.2 is loaded now.").waitFor();
  assert.equal(await group(page, "Reflective practice").getByRole("radio", { name: /^3:/ }).isChecked(), true);
  const unknown = page.getByRole("region", { name: "Ratings whose texts are not available here" });
  assert.match(await unknown.innerText(), /digcompedu-sample\.engagement\.retired\s+2/);
  assert.deepEqual(errors, []);
  await context.close();
});
