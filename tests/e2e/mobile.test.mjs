// Laid out for a thumb (issue 16): radar labels never split inside a word on a phone, the save
// bar is one row, tap targets are at least 44 × 44 px, the ratings are in reach at 320 px with
// text at 200 %; screenshots at 360 px in both languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { newPage, ready, rate, screenshot, useServerAndBrowser, OUTPUT } from "../support/browser.mjs";

const env = useServerAndBrowser();

const FRAMEWORKS = ["agility", "digcomp", "widyaiswara"];
const LOCALES = { id: "id-ID", en: "en-US" };

/**
 * Records every text drawn on the radar's canvas (or on the detached canvas its frame is kept
 * on), with its box as the browser measures it and the number of the draw it belongs to.
 */
function recordRadarText() {
  const drawn = (window.__radarText = []);
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
    const canvas = this.canvas;
    if (canvas.classList.contains("radar") || !canvas.isConnected) {
      const m = this.measureText(text);
      drawn.push({
        text: String(text),
        draw: performance.getEntriesByName("cermin:draw-start").length,
        left: x - m.actualBoundingBoxLeft,
        right: x + m.actualBoundingBoxRight,
        top: y - m.actualBoundingBoxAscent,
        bottom: y + m.actualBoundingBoxDescent,
        width: canvas.width,
        height: canvas.height,
        font: this.font,
      });
    }
    return fillText.call(this, text, x, y, ...rest);
  };
}

/** The radar's label lines of its last draw, matched to the axis names in the table. */
async function labelLines(page) {
  const table = page.locator(".chart-panel table.scores").first();
  await table.waitFor();
  const names = await table.locator("tbody th[scope=row]").allInnerTexts();
  const drawn = await page.evaluate(() => window.__radarText);
  const last = Math.max(...drawn.map((t) => t.draw));
  // Level numbers come first, the legend last; the labels are in between, axis by axis.
  const texts = drawn.filter((t) => t.draw === last && !/^\d+$/.test(t.text));
  let at = 0;
  const labels = names.map((name) => {
    const lines = [];
    const words = name.split(" ").length;
    while (lines.map((l) => l.text).join(" ").split(" ").length < words || lines.length === 0) {
      assert.ok(at < texts.length, `the radar ran out of text before "${name}"`);
      lines.push(texts[at++]);
    }
    return { name, lines };
  });
  return labels;
}

for (const width of [320, 360, 390]) {
  for (const lang of ["id", "en"]) {
    test(`radar labels at ${width} px (${lang}): whole words, inside the canvas, every framework`, async () => {
      const { context, page, errors } = await newPage(env.browser, { locale: LOCALES[lang], viewport: { width, height: 800 } });
      await context.addInitScript(recordRadarText);
      for (const framework of FRAMEWORKS) {
        await page.goto(`${env.server.url}?lang=${lang}&framework=${framework}`);
        await ready(page);
        const labels = await labelLines(page);
        for (const { name, lines } of labels) {
          const text = lines.map((l) => l.text);
          assert.equal(text.join(" "), name, `${framework}: "${name}" drawn as ${JSON.stringify(text)}`);
          for (const line of lines) {
            assert.ok(
              line.left >= 0 && line.right <= line.width && line.top >= 0 && line.bottom <= line.height,
              `${framework}: "${line.text}" leaves the ${line.width}×${line.height} canvas: ${JSON.stringify(line)}`,
            );
          }
        }
        const fonts = new Set(labels.flatMap((l) => l.lines.map((x) => x.font)));
        const ratio = await page.evaluate(() => devicePixelRatio);
        const px = [...fonts].map((f) => Number(/([\d.]+)px/.exec(f)?.[1]) / ratio);
        assert.ok(px.every((p) => p >= 10), `${framework}: label font ${[...fonts]}`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

/** The save bar's children sit in one row, and the bar is no taller than that row. */
async function oneRow(page) {
  return page.locator(".actions").evaluate((bar) => {
    const rows = [...bar.children].filter((c) => c.getBoundingClientRect().height > 0).map((c) => c.getBoundingClientRect());
    const button = bar.querySelector("button").getBoundingClientRect();
    const middles = rows.map((r) => r.top + r.height / 2);
    return {
      children: rows.length,
      spread: Math.max(...middles) - Math.min(...middles),
      bar: bar.getBoundingClientRect().height,
      button: button.height,
    };
  });
}

for (const width of [320, 360, 390, 430]) {
  test(`the save bar is one row at ${width} px, in both languages, with a status and unsaved changes`, async () => {
    for (const lang of ["id", "en"]) {
      const { context, page, errors } = await newPage(env.browser, { locale: LOCALES[lang], viewport: { width, height: 800 } });
      await page.goto(`${env.server.url}?lang=${lang}`);
      await ready(page);
      const item = lang === "en" ? "Interpersonal risk taking" : "Berani mengambil risiko interpersonal";
      await rate(page, item, 3);
      await page.locator(".actions .unsaved").waitFor();
      assert.notEqual(await page.locator(".actions .status").innerText(), "");
      const row = await oneRow(page);
      assert.ok(row.children >= 2, JSON.stringify(row));
      assert.ok(row.spread <= 4 && row.bar <= row.button + 16, `two rows: ${JSON.stringify(row)}`);
      // It stays at the bottom of the screen while the items scroll under it.
      const bottom = await page.locator(".actions").evaluate((bar) => bar.getBoundingClientRect().bottom);
      assert.ok(Math.abs(bottom - 800) <= 1, `the bar ends at ${bottom}`);
      assert.ok(row.bar / 800 < 0.1, `the bar takes ${((row.bar / 800) * 100).toFixed(1)} % of the screen`);
      await page.getByRole("button", { name: lang === "en" ? "Save" : "Simpan", exact: true }).click();
      await page.locator(".actions .unsaved").waitFor({ state: "detached" });
      const saved = await oneRow(page);
      assert.ok(saved.spread <= 4 && saved.bar <= saved.button + 16, `two rows after saving: ${JSON.stringify(saved)}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

test("every tap target at 360 px is at least 44 × 44 px", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US", viewport: { width: 360, height: 800 } });
  for (const framework of FRAMEWORKS) {
    await page.goto(`${env.server.url}?lang=en&framework=${framework}`);
    await ready(page);
    await page.locator(".rating-panel").waitFor();
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll(
        ".cermin button, .cermin select, .cermin textarea, .cermin summary, .cermin input:not([type=radio]):not(.visually-hidden), .cermin .level, .cermin .file-button",
      );
      // A checkbox inside its label is tapped through the label: the label is the target.
      return [...targets]
        .map((e) => (e.matches("input[type=checkbox]") && e.closest("label")) || e)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ e, r }) => r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden")
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ e, r }) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 30)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
    });
    assert.deepEqual(small, [], `${framework}: targets under 44 × 44 px`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("at 320 px with text at 200 %, every rating control is in reach without horizontal scrolling", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "id-ID", viewport: { width: 320, height: 800 } });
  for (const framework of FRAMEWORKS) {
    await page.goto(`${env.server.url}?lang=id&framework=${framework}`);
    await ready(page);
    await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
    await page.locator(".rating-panel").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${framework}: ${overflow} px of horizontal scroll`);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll(".level, .levels button, .target select, .note summary, .actions button")]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.left < 0 || r.right > document.documentElement.clientWidth).length,
    );
    assert.equal(outside, 0, `${framework}: ${outside} controls reach past the screen's edge`);
    // A level is chosen by a tap where it is.
    const first = page.locator(".rating-item").first();
    await first.scrollIntoViewIfNeeded();
    await first.locator(".level").nth(2).click();
    assert.equal(await first.locator(".level input").nth(2).isChecked(), true);
    if (framework === "digcomp") await screenshot(page, "mobile-320-text-200", { fullPage: false });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of ["id", "en"]) {
  test(`screenshots at 360 px (${lang}): the radar, and the items with the save bar`, async () => {
    const { context, page, errors } = await newPage(env.browser, { locale: LOCALES[lang], viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
    await page.goto(`${env.server.url}?lang=${lang}`);
    await ready(page);
    await rate(page, lang === "en" ? "Experimenting" : "Eksperimen", 4);
    await rate(page, lang === "en" ? "Collaborating" : "Kolaborasi", 5);
    await screenshot(page, `mobile-360-${lang}-radar`, { fullPage: false });
    await page.locator(".rating-item").nth(3).evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: path.join(OUTPUT, `mobile-360-${lang}-items.png`) });
    await page.goto(`${env.server.url}?lang=${lang}&framework=digcomp`);
    await ready(page);
    await page.locator(".chart-panel table.scores").first().waitFor();
    await screenshot(page, `mobile-360-${lang}-digcomp`, { fullPage: false });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
