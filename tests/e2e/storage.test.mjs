// A history that is never lost: faults under our key, a full disk, a newer version, two tabs, CSP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, newPage, ready, screenshot, rate, openWidget, useServerAndBrowser } from "../support/browser.mjs";

const KEY = "cermin:default:history";
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";

const env = useServerAndBrowser();


/** Clicks Save without waiting for success: some of these saves must fail. */
async function clickSave(page) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
}

const storageDump = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

/** Opens the widget with `raw` stored under our key beforehand. */
async function openWith(raw) {
  const opened = await newPage(env.browser, { locale: "en-US" });
  await opened.page.goto(`${env.server.url}?lang=en`);
  await ready(opened.page);
  await opened.page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, raw]);
  await opened.page.reload();
  await ready(opened.page);
  return opened;
}

const VALID_SESSION = { id: "good-1", created: 1764300000000, updated: 1764300000000, ratings: { "agility.speed": 4 } };

for (const [name, raw] of [
  ["broken JSON", '{"format":"cermin.history","version":1,"sessions":[{"id":'],
  ["a different app's data", JSON.stringify({ todos: [{ title: "milk", done: false }] })],
  ["the wrong shape", JSON.stringify({ format: "cermin.history", version: 1, sessions: "none" })],
  // Nesting deeper than the decoder's limit (128) is refused, not followed.
  ["nesting 10,000 deep", `{"format":"cermin.history","version":1,"sessions":[${"[".repeat(10_000)}${"]".repeat(10_000)}]}`],
]) {
  test(`${name} is set aside, never deleted, and a fresh history works`, async () => {
    const { context, page, errors } = await openWith(raw);
    await page.getByRole("alert").filter({ hasText: "could not be read" }).waitFor();
    // The person can download what was set aside.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the set-aside data" }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^cermin-quarantine-\d{4}-\d\d-\d\d\.txt$/);

    await rate(page, "Speed", 3);
    await clickSave(page);
    await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
    const stored = await storageDump(page);
    const quarantined = Object.entries(stored).filter(([k]) => k.startsWith("cermin:default:quarantine:"));
    assert.equal(quarantined.length, 1);
    assert.equal(quarantined[0][1], raw, "the original text is kept exactly");
    assert.equal(JSON.parse(stored[KEY]).sessions.length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("individually damaged sessions are skipped with a count; the good ones stay", async () => {
  const raw = JSON.stringify({
    format: "cermin.history",
    version: 1,
    sessions: [
      VALID_SESSION,
      { id: "bad", created: 1, updated: 1, ratings: { "agility.speed": 99 } },
      // A lone surrogate: a JavaScript string may hold one, a Rust string cannot.
      { id: "lone", created: 1, updated: 1, label: "broken \ud800 text" },
    ],
  });
  assert.match(raw, /\\ud800/, "JSON.stringify writes the lone surrogate escaped");
  const { context, page, errors } = await openWith(raw);
  await page.getByRole("alert").filter({ hasText: "2 damaged sessions were skipped" }).waitFor();
  await screenshot(page, "skipped-sessions", { fullPage: false });
  const history = page.getByRole("region", { name: "History" });
  assert.equal(await history.getByRole("listitem").count(), 1);
  const stored = await storageDump(page);
  const quarantined = Object.entries(stored).filter(([k]) => k.startsWith("cermin:default:quarantine:"));
  assert.deepEqual(quarantined.map(([, text]) => text), [raw], "the original text is kept exactly");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a document from a newer Cermin opens read-only and is never overwritten", async () => {
  const raw = JSON.stringify({ format: "cermin.history", version: 99, sessions: [], future: true });
  const { context, page, errors } = await openWith(raw);
  await page.getByRole("alert").filter({ hasText: "newer version of Cermin" }).waitFor();
  await rate(page, "Speed", 2);
  await clickSave(page);
  await page.getByRole("status").filter({ hasText: "read-only" }).waitFor();
  assert.equal((await storageDump(page))[KEY], raw);
  // Export still works: the stored document as it is, and what is on screen.
  const stored = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the stored history (JSON)" }).click();
  const file = await stored;
  assert.equal(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()), raw);
  const png = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export PNG" }).click();
  assert.match((await png).suggestedFilename(), /\.png$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("hostile text is shown as text and never breaks the layout", async () => {
  const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> ]]> & "q" \u202Eevil\u200B`;
  const long = "panjang".repeat(14_000); // 98,000 characters: long, within what is kept
  const raw = JSON.stringify({
    format: "cermin.history", version: 1,
    sessions: [{ id: "h-1", created: 1764300000000, updated: 1764300000000, label: hostile + long,
      ratings: { "agility.speed": 5, "agility.flexibility": 4 },
      notes: { "agility.speed": hostile, "agility.flexibility": long }, reflection: hostile, next_step: long }],
  });
  const { context, page, errors } = await openWith(raw);
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await page.getByRole("region", { name: "Strengths" }).getByText("onerror", { exact: false }).first().waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing ran");
  assert.equal(await page.locator(".cermin img, .cermin script").count(), 0);
  assert.equal(dialogs, 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "no horizontal scrolling");
  assert.equal(await page.getByRole("textbox", { name: "Note: Speed" }).inputValue(), hostile);
  await screenshot(page, "hostile-text", { fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a full storage: clear message, earlier history intact, session still on screen", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  await rate(page, "Speed", 4);
  await clickSave(page);
  await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
  const before = (await storageDump(page))[KEY];

  // Fill the origin's storage until not even a small write fits.
  await page.evaluate(() => {
    let chunk = "x".repeat(1 << 20);
    let n = 0;
    while (chunk.length > 16) {
      try {
        localStorage.setItem(`filler-${n++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await page.getByRole("button", { name: "New session" }).click();
  await rate(page, "Reflecting", 5);
  await clickSave(page);
  await page.getByRole("status").filter({ hasText: "storage is full" }).waitFor();
  assert.equal((await storageDump(page))[KEY], before, "the stored history is unchanged");
  assert.equal(
    await page.getByRole("radiogroup", { name: "Reflecting", exact: true }).getByRole("radio", { name: /^5:/ }).isChecked(),
    true,
  );
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs saving alternately keep both sessions, and a deletion is not undone by a stale tab", async () => {
  const { context, page: tab1, errors } = await newPage(env.browser, { locale: "en-US" });
  const tab2 = await context.newPage();
  const errors2 = [];
  tab2.on("pageerror", (e) => errors2.push(String(e)));
  for (const tab of [tab1, tab2]) {
    await tab.goto(`${env.server.url}?lang=en`);
    await ready(tab);
  }
  await rate(tab1, "Speed", 2);
  await clickSave(tab1);
  await tab1.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
  await rate(tab2, "Flexibility", 5);
  await clickSave(tab2);
  await tab2.getByRole("status").filter({ hasText: "Session saved" }).waitFor();

  const stored = JSON.parse((await storageDump(tab1))[KEY]);
  assert.equal(stored.sessions.length, 2, "both tabs' sessions are stored");
  // Tab 1 hears of tab 2's save through the storage event.
  const history1 = tab1.getByRole("region", { name: "History" });
  await history1.getByRole("listitem").nth(1).waitFor();

  // Tab 1 deletes the session tab 2 has open; tab 2 then starts and saves another session.
  const tab2Session = stored.sessions.find((s) => s.ratings["agility.flexibility"] === 5);
  await history1.getByRole("listitem").filter({ hasNot: tab1.getByText("open now") }).getByRole("button", { name: /^Delete/ }).click();
  await tab1.getByRole("status").filter({ hasText: "Session deleted" }).waitFor();
  const afterDelete = JSON.parse((await storageDump(tab1))[KEY]);
  assert.ok(afterDelete.deleted[tab2Session.id], "a tombstone records the deletion");
  await tab2.getByRole("button", { name: "New session" }).click();
  await rate(tab2, "Speed", 1);
  await clickSave(tab2);
  await tab2.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
  const final = JSON.parse((await storageDump(tab1))[KEY]);
  const ids = final.sessions.map((s) => s.id);
  assert.equal(ids.length, 2);
  assert.ok(!ids.includes(tab2Session.id), "the deleted session stays deleted");
  assert.equal(await tab2.getByRole("region", { name: "History" }).getByRole("listitem").count(), 2);
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

test("works under the strict Content-Security-Policy, with no violation", async () => {
  const strict = await serve(undefined, { headers: { "content-security-policy": CSP } });
  try {
    const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${strict.url}?lang=en`);
    await ready(page);
    await rate(page, "Speed", 4);
    await clickSave(page);
    await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await screenshot(page, "csp");
    await context.close();
  } finally {
    await strict.close();
  }
});
