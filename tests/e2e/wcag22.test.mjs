// WCAG 2.2's new success criteria at levels A and AA (issue 23, section 2), on the built widget and
// trainer's page, in both languages, at phone and desktop widths, with text at 200 %, with the
// sticky parts of the page in place (the widget's save bar; on wide screens its chart column):
// 2.4.11 Focus Not Obscured (Minimum), 2.5.7 Dragging Movements, 2.5.8 Target Size (Minimum),
// 3.3.7 Redundant Entry. What a test cannot check (3.2.6, 3.3.8, a screen reader) is in the
// README's "Accessibility" section.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { newPage, ready, rate, save, screenshot, useServerAndBrowser, OUTPUT } from "../support/browser.mjs";
import { generated, shareFile } from "../support/cohort.mjs";

const env = useServerAndBrowser();

const LOCALES = { id: "id-ID", en: "en-US" };
const PHONES = [320, 360, 412];
const DESKTOP = 1280;
const HEIGHT = 800;
const KEY = "cermin:default:history";
/** Two sessions, a label, targets and notes: the history list, compare and growth have controls. */
const HISTORY = JSON.stringify({
  format: "cermin.history",
  version: 1,
  sessions: [
    { id: "w22-1", created: 1761000000000, updated: 1761000000000, label: "Sebelum pelatihan",
      ratings: { "agility.speed": 2, "agility.flexibility": 3, "digcomp.1.1": 3 } },
    { id: "w22-2", created: 1764300000000, updated: 1764300000000,
      ratings: { "agility.speed": 4, "agility.flexibility": 3, "agility.reflecting": 5, "digcomp.1.1": 4 },
      targets: { "agility.speed": 5 }, notes: { "agility.speed": "Lebih cepat mencoba fitur LMS." },
      reflection: "Saya lebih berani.", next_step: "Mencoba kuis daring." },
  ],
});

/**
 * Text at 200 %, two ways a person gets it: `root` doubles the root font size (as a user style
 * sheet does; the layout's breakpoints stay where they were), `setting` doubles the browser's
 * default font size (Chrome's Settings → Appearance → Font size; breakpoints in rem move with it).
 */
async function enlargeText(page, how) {
  if (how === "root") await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  if (how === "setting") {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
  }
  if (how !== "normal") {
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), "32px", `text enlarged (${how})`);
  }
}

/** The widget with a history, compare on, every disclosure open: all its controls exist. */
async function widgetWithHistory(page, lang, text) {
  await page.goto(`${env.server.url}?lang=${lang}`);
  await ready(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, HISTORY]);
  await page.reload();
  await ready(page);
  // The growth panel comes with the deferred part: the page is whole.
  await page.locator("section.growth").waitFor();
  await page.locator(".compare-bar button").click();
  await page.locator(".compare-bar button[aria-pressed=true], table.compare, .chart-panel table").first().waitFor();
  await page.evaluate(() => document.querySelectorAll(".cermin details").forEach((d) => (d.open = true)));
  await enlargeText(page, text);
}

/** The trainer's page with a class's files read, the waves set by file: all its controls exist. */
async function cohortLoaded(page, lang, text) {
  await page.goto(`${env.server.url}cohort.html?lang=${lang}`);
  await page.locator("h1").waitFor({ timeout: 20_000 });
  const people = generated(6, 23);
  await page.locator("#cohort-files").setInputFiles(
    people.map((p, n) => ({ name: `share-${n + 1}.json`, mimeType: "application/json", buffer: Buffer.from(shareFile(p)) })),
  );
  await page.locator(".loaded").waitFor();
  await page.locator("input[name=wave-rule][value=file]").check();
  await page.locator(".file-waves select").first().waitFor();
  await enlargeText(page, text);
}

// ---------------------------------------------------------------------------------------------
// 2.4.11 Focus Not Obscured (Minimum): a component that receives keyboard focus is not entirely
// hidden by author-created content.

/**
 * Run in the page at each focus stop: how much of the focused component is visible, and what
 * hides the rest. The component's box is clipped to the viewport and to every clipping ancestor
 * (a scrolling list or panel), and every sticky or fixed element that does not contain it is cut
 * out of it. A hidden file input is shown by its label: the label's box counts.
 */
function focusStop() {
  const e = document.activeElement;
  if (!e || e === document.body || e === document.documentElement) return null;
  let box = e;
  let r = e.getBoundingClientRect();
  if (r.width * r.height < 4 && e.labels?.length) {
    box = e.labels[0];
    r = box.getBoundingClientRect();
  }
  const clip = (a, b) => ({ l: Math.max(a.l, b.l), t: Math.max(a.t, b.t), r: Math.min(a.r, b.r), b: Math.min(a.b, b.b) });
  const area = (a) => Math.max(0, a.r - a.l) * Math.max(0, a.b - a.t);
  const root = document.documentElement;
  let parts = [clip({ l: r.left, t: r.top, r: r.right, b: r.bottom }, { l: 0, t: 0, r: root.clientWidth, b: root.clientHeight })];
  for (let a = box.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX === "visible" && s.overflowY === "visible") continue;
    const ar = a.getBoundingClientRect();
    const inner = { l: ar.left + a.clientLeft, t: ar.top + a.clientTop };
    parts = parts.map((p) => clip(p, { ...inner, r: inner.l + a.clientWidth, b: inner.t + a.clientHeight }));
  }
  parts = parts.filter((p) => area(p) > 0);
  const coveredBy = [];
  for (const x of document.querySelectorAll("body *")) {
    const s = getComputedStyle(x);
    if ((s.position !== "sticky" && s.position !== "fixed") || x.contains(box) || x.contains(e)) continue;
    if (!x.checkVisibility({ visibilityProperty: true })) continue;
    const c = x.getBoundingClientRect();
    const cr = { l: c.left, t: c.top, r: c.right, b: c.bottom };
    const next = [];
    for (const p of parts) {
      const i = clip(p, cr);
      if (area(i) <= 0) {
        next.push(p);
        continue;
      }
      if (!coveredBy.includes(x.className)) coveredBy.push(x.className);
      if (p.t < i.t) next.push({ l: p.l, t: p.t, r: p.r, b: i.t });
      if (i.b < p.b) next.push({ l: p.l, t: i.b, r: p.r, b: p.b });
      if (p.l < i.l) next.push({ l: p.l, t: i.t, r: i.l, b: i.b });
      if (i.r < p.r) next.push({ l: i.r, t: i.t, r: p.r, b: i.b });
    }
    parts = next;
  }
  const visible = parts.reduce((sum, p) => sum + area(p), 0);
  const name = (e.getAttribute("aria-label") || e.labels?.[0]?.textContent || e.textContent || e.value || "").trim().slice(0, 40);
  // Whether the sticky parts stood over the page here: the save bar stuck to the screen's bottom
  // above its place in the page, or the chart column stuck to the top with the page scrolled.
  const bar = document.querySelector(".cermin .actions");
  const panel = document.querySelector(".cermin .chart-panel");
  const barStuck = !!bar && getComputedStyle(bar).position === "sticky" &&
    Math.abs(bar.getBoundingClientRect().bottom - root.clientHeight) < 1 && e.closest(".workspace") !== null;
  const panelStuck = !!panel && getComputedStyle(panel).position === "sticky" && scrollY > 0 &&
    panel.getBoundingClientRect().top > 0 && panel.getBoundingClientRect().top < 20;
  return {
    what: `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${e.className} "${name}"`,
    area: r.width * r.height,
    visible,
    coveredBy,
    barStuck,
    panelStuck,
  };
}

/** Run in the page: every element the Tab key should reach (one radio per group), in DOM order. */
function tabbables() {
  const selector = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), " +
    "textarea:not([disabled]), details > summary:first-of-type, [tabindex]:not([tabindex^='-'])";
  const groups = new Set();
  return [...document.querySelectorAll(selector)].filter((e) => {
    if (e.closest("[inert], details:not([open]) > :not(summary), dialog:not([open])")) return false;
    const shown = e.matches(".visually-hidden") && e.labels?.length ? e.labels[0] : e;
    if (!shown.checkVisibility({ visibilityProperty: true })) return false;
    if (e.type === "radio") {
      if (groups.has(e.name)) return false;
      groups.add(e.name);
    }
    return true;
  });
}

/**
 * Presses Tab (or Shift+Tab) from the first (or last) focusable element through the whole page,
 * as a keyboard user does, checking every focus stop. Returns the stops and the elements that
 * should have been reached and were not.
 */
async function tabThrough(page, { back = false } = {}) {
  // An expression evaluated by the driver, which the page's own content-security policy allows.
  await page.evaluate(`window.__tabbables = ${tabbables}`);
  await page.evaluate((back) => {
    window.__reached = new Set();
    document.addEventListener("focusin", (e) => window.__reached.add(e.target));
    const all = window.__tabbables();
    const start = back ? all.at(-1) : all[0];
    window.scrollTo(0, back ? document.documentElement.scrollHeight : 0);
    start.focus();
  }, back);
  const stops = [await page.evaluate(focusStop)];
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const stop = await page.evaluate(focusStop);
    if (!stop) break; // past the page's last (or first) element
    stops.push(stop);
  }
  const missed = await page.evaluate(() => {
    const all = window.__tabbables();
    const reachedGroups = new Set([...window.__reached].filter((e) => e.type === "radio").map((e) => e.name));
    return all
      .filter((e) => !window.__reached.has(e) && !(e.type === "radio" && reachedGroups.has(e.name)))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}.${e.className}`);
  });
  return { stops, missed };
}

/**
 * A screenshot of the case the save bar makes: a target list lies just under the bar, and Tab
 * comes to it from the item's levels.
 */
async function focusShot(page, name) {
  await page.evaluate(() => {
    const item = document.querySelectorAll(".rating-item")[2];
    const select = item.querySelector("select");
    window.scrollBy(0, select.getBoundingClientRect().bottom - document.documentElement.clientHeight);
    item.querySelector("input[type=radio]").focus({ preventScroll: true });
  });
  for (let i = 0; i < 4 && !(await page.evaluate(() => document.activeElement.matches("select"))); i++) {
    await page.keyboard.press("Tab");
  }
  await page.screenshot({ path: path.join(OUTPUT, `${name}.png`) });
}

/** The stops where the focused component was entirely hidden. */
const hidden = (stops) =>
  stops.filter((s) => s.area > 0 && s.visible <= 0).map((s) => `${s.what} (behind: ${s.coveredBy.join(", ") || "off screen"})`);

for (const width of [...PHONES, DESKTOP]) {
  test(`2.4.11: at ${width} px, every focus stop of the widget and the trainer's page is at least partly in view, in both languages, text at 100 % and 200 %`, async () => {
    for (const lang of ["id", "en"]) {
      for (const text of ["normal", "root", ...(width === 360 || width === DESKTOP ? ["setting"] : [])]) {
        const where = `${width} px, ${lang}, text ${text}`;
        const { context, page, errors } = await newPage(env.browser, { locale: LOCALES[lang], viewport: { width, height: HEIGHT } });
        await widgetWithHistory(page, lang, text);
        const widget = await tabThrough(page);
        assert.deepEqual(hidden(widget.stops), [], `widget (${where}): focused and entirely hidden`);
        assert.deepEqual(widget.missed, [], `widget (${where}): never reached by Tab`);
        assert.ok(widget.stops.length >= 40, `widget (${where}): only ${widget.stops.length} focus stops`);
        // The test means something only if the sticky parts stood over the page while it ran.
        assert.ok(widget.stops.some((s) => s.barStuck), `widget (${where}): the save bar never stood over the items`);
        const twoColumns = await page.evaluate(() => getComputedStyle(document.querySelector(".chart-panel")).position === "sticky");
        if (width === DESKTOP && text !== "setting") {
          assert.ok(twoColumns, `widget (${where}): the chart column is sticky`);
          assert.ok(widget.stops.some((s) => s.panelStuck), `widget (${where}): the chart column never stuck while the page scrolled`);
        }
        if (lang === "id" && text !== "setting") await focusShot(page, `wcag22-focus-${width}-${text}`);
        await cohortLoaded(page, lang, text);
        const cohort = await tabThrough(page);
        assert.deepEqual(hidden(cohort.stops), [], `trainer's page (${where}): focused and entirely hidden`);
        assert.deepEqual(cohort.missed, [], `trainer's page (${where}): never reached by Tab`);
        assert.ok(cohort.stops.length >= 15, `trainer's page (${where}): only ${cohort.stops.length} focus stops`);
        assert.deepEqual(errors, []);
        await context.close();
      }
    }
  });
}

test("2.4.11: backwards (Shift+Tab) too, on a phone and a desktop, with text at 200 %", async () => {
  for (const width of [360, DESKTOP]) {
    for (const text of ["normal", "root"]) {
      const where = `${width} px, text ${text}`;
      const { context, page, errors } = await newPage(env.browser, { locale: "id-ID", viewport: { width, height: HEIGHT } });
      await widgetWithHistory(page, "id", text);
      const widget = await tabThrough(page, { back: true });
      assert.deepEqual(hidden(widget.stops), [], `widget (${where}): focused and entirely hidden`);
      assert.deepEqual(widget.missed, [], `widget (${where}): never reached by Shift+Tab`);
      await cohortLoaded(page, "id", text);
      const cohort = await tabThrough(page, { back: true });
      assert.deepEqual(hidden(cohort.stops), [], `trainer's page (${where}): focused and entirely hidden`);
      assert.deepEqual(cohort.missed, [], `trainer's page (${where}): never reached by Shift+Tab`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test("2.4.11: on a short desktop window the chart column's controls scroll into view inside it", async () => {
  // 1280 × 560: the chart column is taller than the window; its compare controls lie below it.
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US", viewport: { width: DESKTOP, height: 560 } });
  await widgetWithHistory(page, "en", "normal");
  const { stops, missed } = await tabThrough(page);
  assert.deepEqual(hidden(stops), []);
  assert.deepEqual(missed, []);
  // The compare button is fully in view when focused: nothing of it under the save bar.
  const compare = stops.find((s) => s.what.startsWith("button") && /Compare with previous/.test(s.what));
  assert.ok(compare, "the compare button was a focus stop");
  assert.ok(compare.visible >= compare.area - 1, `the compare button: ${compare.visible} of ${compare.area} px² in view`);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// 2.5.8 Target Size (Minimum): every target is at least 24 × 24 CSS px, or passes the spacing
// exception, or is inline (in a sentence). (tests/e2e/mobile.test.mjs holds the widget's own,
// stricter promise of 44 × 44 px for its buttons and fields at 360 px.)

/**
 * Run in the page: the targets that fail 2.5.8, and how many targets there are. A checkbox or
 * radio button is targeted through its label (a click anywhere on it works), as is a hidden file
 * input; a rating level is its whole box; a field is its own box. An undersized target passes with spacing (a 24 px circle on its
 * centre meets no other target and no other undersized target's circle) or when inline: shown
 * inline, in a block whose own text, without any target's, holds words (a sentence).
 */
function targetSizes() {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex^='-'])";
  const seen = new Set();
  const targets = [];
  for (let e of document.querySelectorAll(selector)) {
    if (e.matches("input[type=checkbox], input[type=radio], input.visually-hidden") && e.labels?.length) e = e.closest("label") ?? e.labels[0];
    if (e.matches("input[type=radio]") && e.closest(".level")) e = e.closest(".level");
    if (seen.has(e)) continue;
    seen.add(e);
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !e.checkVisibility({ visibilityProperty: true })) continue;
    targets.push({ e, r });
  }
  const small = (t) => t.r.width < 24 || t.r.height < 24;
  const centre = (t) => [t.r.left + t.r.width / 2, t.r.top + t.r.height / 2];
  const inline = (t) => {
    if (getComputedStyle(t.e).display !== "inline") return false;
    const block = t.e.parentElement.closest("p, li, dd, td, th, div, section, label, figcaption");
    if (!block) return false;
    const copy = block.cloneNode(true);
    copy.querySelectorAll("a, button, input, select, textarea, summary, label").forEach((x) => x.remove());
    return /\p{L}{2,}/u.test(copy.textContent);
  };
  const failures = [];
  const exempt = [];
  for (const t of targets.filter(small)) {
    const [cx, cy] = centre(t);
    const near = targets.filter((o) => o !== t && !o.e.contains(t.e) && !t.e.contains(o.e)).filter((o) => {
      const dx = Math.max(o.r.left - cx, 0, cx - o.r.right);
      const dy = Math.max(o.r.top - cy, 0, cy - o.r.bottom);
      if (Math.hypot(dx, dy) < 12) return true;
      if (!small(o)) return false;
      const [ox, oy] = centre(o);
      return Math.hypot(ox - cx, oy - cy) < 24;
    });
    const what = `${t.e.tagName.toLowerCase()}.${t.e.className} "${t.e.textContent.trim().slice(0, 40)}" ${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)}`;
    if (near.length === 0) exempt.push(`spacing: ${what}`);
    else if (inline(t)) exempt.push(`inline: ${what}`);
    else failures.push(`${what}, too close to ${near.map((o) => o.e.tagName.toLowerCase()).join(", ")}`);
  }
  return { count: targets.length, failures, exempt };
}

for (const lang of ["id", "en"]) {
  test(`2.5.8: every target of the widget and the trainer's page is 24 × 24 px or spaced or inline, 320–430 px and desktop (${lang})`, async () => {
    for (const width of [320, 360, 412, 430, DESKTOP]) {
      for (const text of width === 320 ? ["normal", "root"] : ["normal"]) {
        const where = `${width} px, ${lang}, text ${text}`;
        const { context, page, errors } = await newPage(env.browser, { locale: LOCALES[lang], viewport: { width, height: HEIGHT } });
        await widgetWithHistory(page, lang, text);
        const widget = await page.evaluate(targetSizes);
        assert.deepEqual(widget.failures, [], `widget (${where})`);
        assert.ok(widget.count >= 40, `widget (${where}): ${widget.count} targets measured`);
        // Undersized targets let through are only the links in a source's citation (a sentence).
        for (const e of widget.exempt) assert.match(e, /^inline: a\./, `widget (${where})`);
        await page.getByRole("button", { name: lang === "id" ? "Sematkan" : "Embed", exact: true }).click();
        await page.locator("dialog[open]").waitFor();
        assert.deepEqual((await page.evaluate(targetSizes)).failures, [], `widget's embed dialog (${where})`);
        await page.keyboard.press("Escape");
        await cohortLoaded(page, lang, text);
        for (const rule of ["file", "date"]) {
          await page.locator(`input[name=wave-rule][value=${rule}]`).check();
          await page.locator(rule === "file" ? ".file-waves select" : "input[type=date]").first().waitFor();
          const cohort = await page.evaluate(targetSizes);
          assert.deepEqual(cohort.failures, [], `trainer's page, waves ${rule} (${where})`);
          // Undersized targets let through are only the sources' addresses (links that are a URL),
          // which pass by their spacing.
          for (const e of cohort.exempt) assert.match(e, /^(spacing|inline): a\. "https?:\/\//, `trainer's page, waves ${rule} (${where})`);
          assert.ok(cohort.count >= 10, `trainer's page (${where}): ${cohort.count} targets measured`);
        }
        if (width === 320 && text === "normal") await screenshot(page, `wcag22-cohort-320-${lang}`, { fullPage: false });
        assert.deepEqual(errors, []);
        await context.close();
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 2.5.7 Dragging Movements: no function needs a dragging movement; where the trainer's page
// takes a drop of files, one click (or a key) on "Add files" does the same.

/** Records the type of every event listener the page adds (yew delegates them to its root). */
function recordListeners() {
  window.__listened = new Set();
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    window.__listened.add(type);
    return add.call(this, type, ...rest);
  };
}
const MOVING = /^(drag|dragstart|dragend|dragenter|dragleave|dragover|drop|pointermove|mousemove|touchmove|gesturechange)$/;

test("2.5.7: the widget needs no dragging anywhere: it listens to no drag or move of a pointer", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US", viewport: { width: 360, height: HEIGHT } });
  await context.addInitScript(recordListeners);
  await widgetWithHistory(page, "en", "normal");
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  await page.locator("dialog[open]").waitFor();
  await page.keyboard.press("Escape");
  const listened = await page.evaluate(() => [...window.__listened]);
  assert.ok(listened.includes("click") && listened.includes("input"), `the recording works: ${listened}`);
  assert.deepEqual(listened.filter((t) => MOVING.test(t)), []);
  assert.equal(await page.locator("[draggable=true]").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("2.5.7: the trainer's page's only dragging is the drop of files, and Add files does the same by a click or a key", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US", viewport: { width: 360, height: HEIGHT } });
  await context.addInitScript(recordListeners);
  await page.goto(`${env.server.url}cohort.html?lang=en`);
  await page.locator("h1").waitFor({ timeout: 20_000 });
  const listened = await page.evaluate(() => [...window.__listened]);
  assert.deepEqual(listened.filter((t) => MOVING.test(t)).sort(), ["dragleave", "dragover", "drop"]);
  assert.equal(await page.locator("[draggable=true]").count(), 0);

  const people = generated(3, 57);
  const texts = people.map((p) => shareFile(p));
  const files = texts.map((text, n) => ({ name: `share-${n + 1}.json`, mimeType: "application/json", buffer: Buffer.from(text) }));
  // Dropped.
  await page.evaluate((texts) => {
    const transfer = new DataTransfer();
    texts.forEach((text, n) => transfer.items.add(new File([text], `share-${n + 1}.json`, { type: "application/json" })));
    const zone = document.querySelector(".dropzone");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, texts);
  await page.locator(".loaded").waitFor();
  const dropped = await page.locator(".loaded").innerText();
  const droppedPeople = await page.locator(".people-table tbody tr").count();
  assert.match(dropped, /^3 files read: 3 participants/);
  const clear = async () => {
    await page.getByRole("button", { name: "Clear the class" }).click();
    await page.locator(".loaded").waitFor({ state: "detached" });
  };
  await clear();
  // One click on the visible "Add files", no dragging: the same files give the same result.
  const picked = page.waitForEvent("filechooser");
  await page.locator("label[for=cohort-files]").click();
  await (await picked).setFiles(files);
  await page.locator(".loaded").waitFor();
  assert.equal(await page.locator(".loaded").innerText(), dropped);
  assert.equal(await page.locator(".people-table tbody tr").count(), droppedPeople);
  await clear();
  // And by keyboard: the file input takes focus and opens the picker with Space.
  await page.locator("#cohort-files").focus();
  const byKey = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await byKey).setFiles(files);
  await page.locator(".loaded").waitFor();
  assert.equal(await page.locator(".loaded").innerText(), dropped);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// 3.3.7 Redundant Entry: what a person entered earlier in the same process is not asked again.

/** Clicks an export button and returns the downloaded file's text. */
async function exported(page, name) {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name, exact: true }).click();
  return fs.readFile(await (await download).path(), "utf8");
}

test("3.3.7: the name for the files is typed once and kept for every export, a new session and the other language; a new session starts from the last ratings", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(`${env.server.url}?lang=en`);
  await ready(page);
  await rate(page, "Speed", 4);
  await page.getByRole("combobox", { name: "Target: Speed" }).selectOption("5");
  await save(page);
  const name = page.getByRole("textbox", { name: /^Name or pseudonym/ });
  await name.fill("Ani Wijaya");
  assert.equal(JSON.parse(await exported(page, "Share with trainer")).name, "Ani Wijaya");
  assert.match(await exported(page, "Export SVG"), /Ani Wijaya/);
  assert.equal(JSON.parse(await exported(page, "Share with trainer, with my notes")).name, "Ani Wijaya");

  // A new session: the name is still there, and the ratings and targets are offered again
  // (prefilled) rather than asked for from nothing.
  await page.getByRole("button", { name: "New session", exact: true }).click();
  await page.getByRole("status").filter({ hasText: /new session/i }).waitFor();
  assert.equal(await name.inputValue(), "Ani Wijaya");
  const speed = page.getByRole("radiogroup", { name: "Speed", exact: true });
  assert.equal(await speed.getByRole("radio", { name: /^4:/ }).isChecked(), true);
  assert.equal(await page.getByRole("combobox", { name: "Target: Speed" }).inputValue(), "5");
  await rate(page, "Reflecting", 3);
  await save(page);
  assert.equal(JSON.parse(await exported(page, "Share with trainer")).name, "Ani Wijaya");

  // The other language: the same field, still filled.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  const nama = page.getByRole("textbox", { name: /^Nama atau nama samaran/ });
  assert.equal(await nama.inputValue(), "Ani Wijaya");
  assert.equal(JSON.parse(await exported(page, "Bagikan kepada pengajar")).name, "Ani Wijaya");
  assert.deepEqual(errors, []);
  await context.close();
});

test("3.3.7: on the trainer's page, adding more files keeps the waves, the marks and the name switch already chosen", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(`${env.server.url}cohort.html?lang=en`);
  await page.locator("h1").waitFor({ timeout: 20_000 });
  const people = generated(4, 61);
  const files = people.map((p, n) => ({ name: `share-${n + 1}.json`, mimeType: "application/json", buffer: Buffer.from(shareFile(p)) }));
  await page.locator("#cohort-files").setInputFiles(files.slice(0, 2));
  await page.locator(".loaded").filter({ hasText: /^2 files read/ }).waitFor();
  await page.locator("input[name=wave-rule][value=file]").check();
  await page.locator("#wave-1").selectOption("after");
  await page.locator(".hide-names input").check();
  await page.locator("#cohort-files").setInputFiles(files.slice(2));
  await page.locator(".loaded").filter({ hasText: /^4 files read/ }).waitFor();
  assert.equal(await page.locator("input[name=wave-rule][value=file]").isChecked(), true);
  assert.equal(await page.locator("#wave-1").inputValue(), "after");
  assert.equal(await page.locator("#wave-0").inputValue(), "before");
  assert.equal(await page.locator(".hide-names input").isChecked(), true);
  assert.equal(await page.locator(".file-waves select").count(), 4);
  assert.deepEqual(errors, []);
  await context.close();
});
