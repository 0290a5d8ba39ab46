// The walking skeleton as a person uses it: rate, see the radar, save, reload, find it in History.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, newPage, ready, countPixels, CURRENT_FILL_LIGHT, screenshot, rate, waitForPixels, openWidget, save, useServerAndBrowser } from "../support/browser.mjs";

const env = useServerAndBrowser();


test("rate, see the polygon, save, reload, reopen from history", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en&theme=light`, { locale: "en-US" });
  await page.getByRole("button", { name: "Learning agility" }).waitFor();

  const before = await countPixels(page, "canvas.radar", CURRENT_FILL_LIGHT);
  await rate(page, "Flexibility", 4);
  await rate(page, "Speed", 3);
  await rate(page, "Reflecting", 5);
  await rate(page, "Collaborating", 2);
  // The chosen level's descriptor is visible next to the control.
  const flexibility = page.getByRole("radiogroup", { name: "Flexibility", exact: true });
  assert.match(await flexibility.locator(".chosen").innerText(), /Often/);
  await waitForPixels(page, "canvas.radar", CURRENT_FILL_LIGHT, 2000);
  const after = await countPixels(page, "canvas.radar", CURRENT_FILL_LIGHT);
  assert.ok(before < 50, `no polygon before rating (${before} fill pixels)`);
  assert.ok(after > 2000, `a filled polygon after rating (${after} fill pixels)`);

  // DigComp shows a radar of the five areas, and its competences are rated 1–8.
  await page.getByRole("button", { name: "Digital competence" }).click();
  await page.getByRole("heading", { name: "Digital competence", level: 2 }).first().waitFor();
  await rate(page, "Protecting devices", 7);
  await rate(page, "Programming", 2);
  const scores = page.getByRole("table", { name: "Digital competence: score per aspect" });
  assert.equal(await scores.locator("tbody tr").count(), 5);
  assert.match(await scores.innerText(), /Safety\s+7\.0 \/ 8/);
  await screenshot(page, "skeleton-digcomp");

  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();

  await page.reload();
  await ready(page);
  const history = page.getByRole("region", { name: "History" });
  assert.equal(await history.getByRole("listitem").count(), 1);
  // The saved session opens on start, with its ratings.
  assert.equal(await page.getByRole("radiogroup", { name: "Flexibility", exact: true }).getByRole("radio", { name: /^4:/ }).isChecked(), true);

  // A new session (prefilled from the open one), changed and saved, then the first reopened.
  await page.getByRole("button", { name: "New session" }).click();
  await rate(page, "Flexibility", 1);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Session saved" }).waitFor();
  assert.equal(await history.getByRole("listitem").count(), 2);
  await history.getByRole("button", { name: /^Open/ }).click();
  assert.equal(await page.getByRole("radiogroup", { name: "Flexibility", exact: true }).getByRole("radio", { name: /^4:/ }).isChecked(), true);
  await page.getByRole("button", { name: "Digital competence" }).click();
  assert.equal(await page.getByRole("radiogroup", { name: "Protecting devices", exact: true }).getByRole("radio", { name: /^7:/ }).isChecked(), true);
  await screenshot(page, "skeleton-reopened");

  assert.deepEqual(errors, []);
  await context.close();
});

test("Indonesian by default, English when the browser prefers it", async () => {
  const id = await newPage(env.browser, { locale: "id-ID" });
  await id.page.goto(env.server.url);
  await ready(id.page);
  assert.equal(await id.page.getAttribute("html", "lang"), "id");
  await id.page.getByRole("button", { name: "Simpan" }).waitFor();
  await id.page.getByRole("button", { name: "Kelincahan belajar" }).waitFor();
  await id.context.close();

  const en = await newPage(env.browser, { locale: "en-GB" });
  await en.page.goto(env.server.url);
  await ready(en.page);
  assert.equal(await en.page.getAttribute("html", "lang"), "en");
  await en.page.getByRole("button", { name: "Save" }).waitFor();
  assert.deepEqual([...id.errors, ...en.errors], []);
  await en.context.close();
});

test("dist works from a sub-path of a web server (relative URLs)", async () => {
  const sub = await serve(undefined, { prefix: "/lms/course/7/cermin/" });
  try {
    const { context, page, errors } = await openWidget(env.browser, `${sub.url}?lang=en`, { locale: "en-US" });
    await rate(page, "Speed", 5);
    assert.ok(sub.requests.some((r) => /cermin_bg\.wasm\.gz\?v=[0-9a-f]+$/.test(r)), sub.requests.join(", "));
    assert.ok(sub.requests.every((r) => r.startsWith("/lms/course/7/cermin/")), sub.requests.join(", "));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await sub.close();
  }
});

test("unsaved ratings and notes survive a reload in the same tab, and stay out of other tabs", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  await rate(page, "Speed", 2);
  await save(page);
  await rate(page, "Speed", 5);
  await page.locator(".rating-item", { has: page.getByRole("radiogroup", { name: "Speed", exact: true }) }).locator("summary").click();
  await page.getByRole("textbox", { name: "Note: Speed" }).fill("Written, not saved yet.");
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole("radiogroup", { name: "Speed", exact: true }).getByRole("radio", { name: /^5:/ }).isChecked(), true);
  assert.equal(await page.getByRole("textbox", { name: "Note: Speed" }).inputValue(), "Written, not saved yet.");
  await page.getByText("You have unsaved changes.").waitFor();
  // Another tab opens the saved session, not this tab's unsaved edits.
  const other = await context.newPage();
  await other.goto(`${env.server.url}?lang=en`);
  await ready(other);
  assert.equal(await other.getByRole("radiogroup", { name: "Speed", exact: true }).getByRole("radio", { name: /^2:/ }).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
