// Usable by everyone: axe audits of every screen in both languages and themes, the whole flow by
// keyboard alone, small and large screens, text zoom, and the language switch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ready, screenshot, waitForPixels, openWidget, useServerAndBrowser } from "../support/browser.mjs";
import { axeViolations, describe } from "../support/axe.mjs";

const env = useServerAndBrowser();

const KEY = "cermin:default:history";
const SESSIONS = JSON.stringify({
  format: "cermin.history",
  version: 1,
  sessions: [
    { id: "a11y-1", created: 1761000000000, updated: 1761000000000, label: "Sebelum pelatihan",
      ratings: { "agility.speed": 2, "agility.flexibility": 3, "digcomp.1.1": 3, "digcomp.4.1": 5 } },
    { id: "a11y-2", created: 1764300000000, updated: 1764300000000,
      ratings: { "agility.speed": 4, "agility.flexibility": 3, "agility.reflecting": 5, "digcomp.1.1": 4 },
      targets: { "agility.speed": 5 }, notes: { "agility.speed": "Lebih cepat mencoba fitur LMS." },
      reflection: "Saya lebih berani.", next_step: "Mencoba kuis daring." },
  ],
});

async function check(page, screen) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${screen}:\n${describe(violations)}`);
}

for (const lang of ["id", "en"]) {
  for (const theme of ["light", "dark"]) {
    test(`axe finds no violation on any screen (${lang}, ${theme})`, async () => {
      const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=${lang}&theme=auto`, { locale: "en-US", colorScheme: theme });
      await check(page, "rating, empty");
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, SESSIONS]);
      await page.reload();
      await ready(page);
      await page.locator("details.note").first().evaluate((d) => (d.open = true));
      await check(page, "rating with history, targets and notes");
      await page.locator(".compare-bar button").click();
      await page.locator(".growth-switch button").nth(1).click();
      await check(page, "compare and growth per axis");
      await page.locator(".framework-tabs button").nth(1).click();
      await check(page, "digital competence");
      await page.locator(".framework-tabs button").nth(2).click();
      await check(page, "widyaiswara competence");
      await page.locator(".history-list .danger").last().click();
      await check(page, "deleted, with undo");
      await page.locator(".export-buttons > button", { hasText: lang === "id" ? "Sematkan" : "Embed" }).click();
      await page.locator("dialog[open]").waitFor();
      await check(page, "embed dialog");
      await page.keyboard.press("Escape");
      // Notices: data set aside, and a newer version read-only.
      await page.evaluate((k) => localStorage.setItem(k, "{broken"), KEY);
      await page.reload();
      await ready(page);
      await check(page, "quarantine notice");
      await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ format: "cermin.history", version: 9, sessions: [] })), KEY);
      await page.reload();
      await ready(page);
      await check(page, "read-only notice");
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test("the whole flow works with the keyboard alone, with a visible focus ring", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  const active = () =>
    page.evaluate(() => {
      const e = document.activeElement;
      return `${e.tagName.toLowerCase()}|${e.getAttribute("aria-label") ?? ""}|${e.textContent.trim().slice(0, 40)}|${e.id}`;
    });
  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(pattern, { max = 400, back = false } = {}) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
      if (pattern.test(await active())) return;
    }
    throw new Error(`never reached ${pattern} by Tab (last: ${await active()})`);
  }

  await tabTo(/^button\|\|Digital competence/);
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return [s.outlineStyle, parseFloat(s.outlineWidth)];
  });
  assert.ok(ring[0] !== "none" && ring[1] >= 2, `focus ring: ${ring}`);
  await page.keyboard.press("Enter");
  assert.equal(await page.getByRole("button", { name: "Digital competence" }).getAttribute("aria-pressed"), "true");
  await tabTo(/^button\|\|Learning agility/, { back: true });
  await page.keyboard.press("Enter");

  // Rate every item: Tab into each radio group, arrow keys choose a level.
  for (const item of ["Flexibility", "Speed", "Experimenting", "Performance risk taking", "Interpersonal risk taking",
    "Collaborating", "Information gathering", "Feedback seeking", "Reflecting"]) {
    await tabTo(new RegExp(`^input\\|[1-5]: .*\\|\\|agility\\.`));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const checked = await page.getByRole("radiogroup", { name: item, exact: true }).getByRole("radio", { checked: true }).count();
    assert.equal(checked, 1, `${item} rated by keyboard`);
    // On to the next group: past this one's Clear, Target and Note.
    await tabTo(/^summary\|/);
  }
  assert.match(await page.locator(".progress").innerText(), /9 of 9 items rated/);
  // The live region announced the last rating.
  assert.match(await page.getByRole("status").first().innerText(), /Reflecting: /);

  // A target and a note by keyboard.
  await tabTo(/^select\|Target: Flexibility/, { back: true });
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.notEqual(await page.getByRole("combobox", { name: "Target: Flexibility" }).inputValue(), "");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Typed with the keyboard only.");
  assert.equal(await page.getByRole("textbox", { name: "Note: Flexibility" }).inputValue(), "Typed with the keyboard only.");

  // Save, start another, save, compare with the previous.
  await tabTo(/^button\|\|Save\|/);
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
  await tabTo(/^button\|\|New session\|/);
  await page.keyboard.press("Enter");
  await tabTo(/^button\|\|Save\|/);
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
  await tabTo(/^button\|\|Compare with previous/, { back: true });
  await page.keyboard.press("Enter");
  await page.getByRole("table", { name: /^Change/ }).waitFor();

  // History: open the older session.
  await tabTo(/^button\|Open /);
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Session opened" }).waitFor();

  // Export by keyboard.
  await tabTo(/^button\|\|Export SVG/, { back: true });
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  assert.match((await download).suggestedFilename(), /\.svg$/);

  // The embed dialog traps focus, closes with Escape and gives focus back.
  await tabTo(/^button\|\|Embed\|/);
  await page.keyboard.press("Enter");
  await page.locator("dialog[open]").waitFor();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const inside = await page.evaluate(() => document.activeElement.closest("dialog") !== null || document.activeElement === document.body);
    assert.ok(inside, "focus stays in the dialog");
  }
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("dialog[open]").count(), 0);
  assert.match(await active(), /^button\|\|Embed\|/);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const width of [320, 768, 1440, 1920]) {
  test(`no horizontal scrolling at ${width} px, and the radar stays legible`, async () => {
    const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=id`, { locale: "id-ID", viewport: { width, height: 900 } });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, SESSIONS]);
    await page.reload();
    await ready(page);
    await page.locator(".framework-tabs button").nth(1).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${overflow}px of horizontal scroll`);
    const canvas = await page.locator("canvas.radar").evaluate((c) => c.getBoundingClientRect().width);
    assert.ok(canvas >= Math.min(280, width - 40), `radar ${canvas}px wide`);
    if (width !== 1920) await screenshot(page, `width-${width}`, { fullPage: false });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("text zoomed to 200 % keeps everything reachable without horizontal scrolling", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US", viewport: { width: 1280, height: 900 } });
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await screenshot(page, "zoom-200", { fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the automatic theme follows the system switching to dark, charts included", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en&theme=auto`, { locale: "en-US", colorScheme: "light" });
  const corner = () => page.evaluate(() => [...document.querySelector("canvas.radar").getContext("2d").getImageData(2, 2, 1, 1).data.slice(0, 3)]);
  await waitForPixels(page, "canvas.radar", [255, 255, 255], 1000, 0);
  assert.deepEqual(await corner(), [255, 255, 255]);
  await page.emulateMedia({ colorScheme: "dark" });
  await waitForPixels(page, "canvas.radar", [17, 24, 39], 1000, 0);
  assert.deepEqual(await corner(), [17, 24, 39]);
  assert.equal(await page.locator(".cermin").evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(17, 24, 39)");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the language switch keeps the person's data; dates, numbers and lang follow", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, SESSIONS]);
  await page.reload();
  await ready(page);
  await page.getByRole("radiogroup", { name: "Collaborating", exact: true }).getByRole("radio", { name: /^2:/ }).check();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.getByRole("region", { name: "History" }).innerText(), /Oct 2025/);
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  assert.equal(await page.getAttribute("html", "lang"), "id");
  assert.equal(await page.getByRole("radiogroup", { name: "Kolaborasi", exact: true }).getByRole("radio", { name: /^2:/ }).isChecked(), true);
  assert.match(await page.getByRole("region", { name: "Riwayat" }).innerText(), /Okt 2025/);
  const table = page.getByRole("table", { name: "Kelincahan belajar: nilai per aspek" });
  assert.match(await table.innerText(), /4,0 \/ 5/);
  await page.getByRole("button", { name: "English" }).click();
  assert.equal(await page.getByRole("radiogroup", { name: "Collaborating", exact: true }).getByRole("radio", { name: /^2:/ }).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
