// The first paint (issue 16): before the wasm has arrived, the page shows what Cermin is, in both
// languages, and the radar's frame; that static shell is the page's largest contentful paint;
// the widget, once its radar is drawn, takes its place without moving anything on screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, ready, screenshot, useServerAndBrowser } from "../support/browser.mjs";

const env = useServerAndBrowser();
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

/** Records the page's largest-contentful-paint entries and layout shifts, from the first paint on. */
function recordPaints() {
  window.__lcp = [];
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__lcp.push({ time: e.startTime, size: e.size, shell: !!e.element?.closest(".shell"), text: e.element?.textContent.slice(0, 40) });
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push(e.value);
  }).observe({ type: "layout-shift", buffered: true });
  // When the widget is shown, how many radars it had drawn by then.
  window.__shownAfterDraws = [];
  new MutationObserver((changes) => {
    for (const { target, oldValue } of changes) {
      if (target.parentElement?.id === "cermin" && oldValue === "behind" && !target.classList.contains("behind")) {
        window.__shownAfterDraws.push(performance.getEntriesByName("cermin:draw").length);
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["class"], attributeOldValue: true });
}

test("before the wasm arrives: the shell shows the radar's frame and what Cermin is, in both languages", async () => {
  const { context, page } = await newPage(env.browser, { ...PHONE, locale: "en-US" });
  // The wasm never arrives: what is on screen is the static shell alone.
  await page.route(/cermin_bg\.wasm/, () => {});
  await page.goto(`${env.server.url}?lang=en`, { waitUntil: "domcontentloaded" });
  const shell = page.locator("#cermin > .shell");
  await shell.waitFor();
  assert.equal(await shell.getAttribute("aria-hidden"), "true");
  const tagline = await shell.locator(".tagline").innerText();
  assert.match(tagline, /refleksi diri/);
  assert.match(tagline, /self-reflection/);
  // The frame: nine spokes and five rings of the learning-agility radar, drawn as the widget draws it.
  const polylines = await shell.locator("svg.radar polyline").count();
  assert.ok(polylines >= 14, `${polylines} lines in the shell's frame`);
  const box = await shell.locator("svg.radar").boundingBox();
  assert.ok(box.width > 300 && box.height > 300, `the frame is ${box.width} × ${box.height}`);
  // Nothing but the shell is on screen while the wasm is awaited.
  assert.equal(await page.locator("#cermin > :not(.shell, noscript)").count(), 0);
  await screenshot(page, "first-paint-shell-412", { fullPage: false });
  await context.close();
});

test("the shell is the largest contentful paint; the widget replaces it, radar drawn, without a layout shift", async () => {
  for (const lang of ["id", "en"]) {
    const { context, page, errors } = await newPage(env.browser, { ...PHONE, locale: lang === "id" ? "id-ID" : "en-US" });
    await page.addInitScript(recordPaints);
    await page.goto(`${env.server.url}?lang=${lang}`);
    await ready(page);
    // The shell is gone once the page is whole, and the widget is shown in its place.
    assert.equal(await page.locator("#cermin > .shell").count(), 0);
    assert.equal(await page.locator("#cermin > .behind").count(), 0);
    await page.locator("canvas.radar").waitFor({ state: "visible" });
    const { lcp, shifts, firstPaint, shownAfterDraws } = await page.evaluate(() => ({
      lcp: window.__lcp,
      shifts: window.__shifts,
      shownAfterDraws: window.__shownAfterDraws,
      firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    }));
    // Shown once, with its radar already drawn: the screen never has an empty chart.
    assert.deepEqual(shownAfterDraws, [1], `${lang}: the widget is shown after its first radar is drawn`);
    const last = lcp.at(-1);
    assert.ok(last, `${lang}: a largest contentful paint`);
    // Painted with the first paint, from the HTML alone: nothing the widget paints later is larger.
    assert.ok(last.shell, `${lang}: the largest paint is the shell's, not ${JSON.stringify(last)}`);
    assert.equal(Math.round(last.time), Math.round(firstPaint), `${lang}: the largest paint is the first paint`);
    assert.deepEqual(shifts, [], `${lang}: no layout shift while the widget takes the shell's place`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
