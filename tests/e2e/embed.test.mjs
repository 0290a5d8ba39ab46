// Embedding in an LMS page, configuration by URL, storage that is not there, the single file
// opened from disk, and no network traffic of our own.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { newPage, ready, ROOT, DIST, screenshot, waitForPixels, CURRENT_FILL_LIGHT, rate, useServerAndBrowser } from "../support/browser.mjs";

// The repository root, so that examples/ and dist/ are both served; CORS open, as a host must
// do for a sandboxed frame (its origin is opaque, so its module and wasm loads are cross-origin).
const env = useServerAndBrowser(ROOT, { headers: { "access-control-allow-origin": "*" } });

/** The host page with the widget framed; returns the page, the frame and the iframe element. */
async function host(query) {
  const opened = await newPage(env.browser, { locale: "en-US", viewport: { width: 1100, height: 800 } });
  await opened.page.goto(`${env.server.url}examples/lms-host.html?${query}`);
  const frame = opened.page.frameLocator("#cermin-frame");
  await frame.locator("h1", { hasText: "Cermin" }).waitFor({ timeout: 20_000 });
  return { ...opened, frame, iframe: opened.page.locator("#cermin-frame") };
}

const frameHeight = (iframe) => iframe.evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (iframe) =>
  iframe.evaluate((f) => Math.ceil(f.contentDocument.getElementById("cermin").getBoundingClientRect().height));

async function settles(iframe) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const h = await frameHeight(iframe);
    if (h === last && Math.abs(h - (await contentHeight(iframe))) <= 2) return h;
    last = h;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the frame height did not settle on the content (${last} vs ${await contentHeight(iframe)})`);
}

for (const protocol of ["plain", "h5p"]) {
  test(`the frame's height follows the widget (${protocol} protocol) and stays still when nothing changes`, async () => {
    const { context, page, errors, frame, iframe } = await host(`protocol=${protocol}`);
    const first = await settles(iframe);
    assert.ok(first > 1000, `the frame grew from 600 to the content (${first})`);
    await frame.getByRole("button", { name: "Digital competence" }).click();
    const taller = await settles(iframe);
    assert.ok(taller > first + 500, `DigComp is taller (${first} → ${taller})`);
    await frame.getByRole("button", { name: "Widyaiswara competence" }).click();
    const shorter = await settles(iframe);
    assert.ok(shorter < taller - 500, `nine items are shorter than DigComp's 21 (${shorter} < ${taller})`);
    // Nothing changes: no growth, no messages.
    const messages = await page.evaluate(() => {
      window.__count = 0;
      window.addEventListener("message", () => window.__count++);
    });
    await page.waitForTimeout(1500);
    assert.equal(await frameHeight(iframe), shorter);
    assert.equal(await page.evaluate(() => window.__count), 0, messages);
    await screenshot(page, `embed-${protocol}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a frame with a huge initial height shrinks to the content instead of growing", async () => {
  const { context, page, errors, iframe } = await host("protocol=plain");
  await iframe.evaluate((f) => (f.style.height = "5000px"));
  await page.getByRole("heading", { name: /Literasi Digital/ }).hover();
  await iframe.evaluate((f) => f.contentWindow.dispatchEvent(new Event("resize")));
  const settled = await settles(iframe);
  assert.ok(settled < 5000);
  await page.waitForTimeout(500);
  assert.equal(await frameHeight(iframe), settled);
  assert.deepEqual(errors, []);
  await context.close();
});

test("at top level the widget posts no resize messages", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener("message", (e) => window.__messages.push(e.data));
  });
  await page.goto(`${env.server.url}dist/index.html?lang=en`);
  await ready(page);
  await page.getByRole("button", { name: "Digital competence" }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__messages), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a sandboxed frame without storage: a notice, and rating, chart and PNG export still work", async () => {
  const { context, page, frame, iframe } = await host("protocol=plain&sandbox=allow-scripts");
  await frame.getByRole("alert").filter({ hasText: "not saved" }).waitFor();
  assert.equal(await frame.locator(".saved-in").getAttribute("data-saved-in"), "none");
  await rate(frame, "Speed", 4);
  await rate(frame, "Flexibility", 5);
  // The frame is opaque to its host; its own document sees the radar drawn.
  assert.equal(await iframe.evaluate((f) => f.contentDocument), null);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  await waitForPixels(inner, "canvas.radar", CURRENT_FILL_LIGHT, 100);
  assert.equal(await inner.evaluate(() => getComputedStyle(document.querySelector(".level")).minWidth), "44px", "styled");
  await frame.getByRole("button", { name: "Save", exact: true }).click();
  await frame.getByRole("status").filter({ hasText: "not saved in this browser" }).waitFor();
  await frame.getByRole("button", { name: "Export PNG" }).click();
  const image = frame.locator(".export-preview img");
  await image.waitFor();
  const src = await image.getAttribute("src");
  assert.ok(src.startsWith("data:image/png;base64,iVBORw0KGgo"), "a PNG, shown where downloads are blocked");
  const width = Buffer.from(src.split(",")[1], "base64").readUInt32BE(16);
  assert.ok(width >= 1280, `PNG width ${width}`);
  await screenshot(page, "embed-sandboxed");
  await context.close();
});

test("the single file opens from disk: rate, save, reload, history present", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const url = `file://${path.join(DIST, "cermin.html")}?lang=en&theme=light`;
  await page.goto(url);
  await ready(page);
  await rate(page, "Speed", 3);
  await rate(page, "Flexibility", 4);
  await waitForPixels(page, "canvas.radar", CURRENT_FILL_LIGHT, 100);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole("region", { name: "History" }).getByRole("listitem").count(), 1);
  assert.deepEqual(requests.filter((r) => !r.startsWith("file://") && !r.startsWith("data:") && !r.startsWith("blob:")), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("URL parameters each have their effect, and bad values are ignored with a warning", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "id-ID", viewport: { width: 1280, height: 900 } });
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const open = async (query) => {
    await page.goto(`${env.server.url}dist/index.html?${query}`);
    await ready(page);
  };

  await open("lang=en");
  await page.getByRole("button", { name: "Save", exact: true }).waitFor();

  await open("lang=en&framework=widyaiswara,agility");
  assert.deepEqual(await page.getByRole("navigation", { name: "Frameworks" }).getByRole("button").allInnerTexts(), ["Widyaiswara competence", "Learning agility"]);
  assert.equal(await page.getByRole("button", { name: "Widyaiswara competence" }).getAttribute("aria-pressed"), "true");
  await open("lang=en&framework=digcomp");
  assert.equal(await page.getByRole("navigation", { name: "Frameworks" }).count(), 0, "one framework needs no switch");
  await page.getByRole("radiogroup", { name: "Programming", exact: true }).waitFor();

  await open("lang=en&compact=1");
  const columns = await page.locator(".workspace").evaluate((e) => getComputedStyle(e).gridTemplateColumns.split(" ").length);
  assert.equal(columns, 1, "compact: one column even on a wide screen");

  await open("lang=en&theme=dark");
  const background = await page.locator(".cermin").evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, "rgb(17, 24, 39)");
  await open("lang=en&theme=light");
  assert.equal(await page.locator(".cermin").evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(255, 255, 255)");

  await open("lang=en&ns=course-a");
  await rate(page, "Speed", 2);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.includes("cermin:course-a:history"));
  await open("lang=en&ns=course-b");
  assert.equal(await page.getByRole("region", { name: "History" }).getByRole("listitem").count(), 0, "another namespace, another history");

  warnings.length = 0;
  await open("lang=xx&theme=pink&framework=nope&ns=bad%20ns&compact=maybe&zzz=1");
  await page.getByRole("button", { name: "Simpan", exact: true }).waitFor();
  assert.equal(warnings.filter((w) => w.startsWith("Cermin:")).length, 6, warnings.join("\n"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("nothing leaves the device: no foreign host at load, no request at all after it", async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${env.server.url}dist/index.html?lang=en`);
  await ready(page);
  await page.waitForLoadState("networkidle");
  const atLoad = requests.splice(0);
  assert.ok(atLoad.length > 0);
  assert.deepEqual(atLoad.filter((r) => !r.startsWith(env.server.origin) && !r.startsWith("data:")), []);
  await rate(page, "Speed", 3);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("button", { name: "Digital competence" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export SVG" }).click();
  await download;
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((r) => /^(https?|wss?):/.test(r)), []);
  assert.deepEqual(errors, []);
  await context.close();
});
