// Reflection depth: notes and targets, the target polygon, compare, growth, delete with undo,
// the table alternative, and the third framework.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ready, countPixels, screenshot, group, rate, save, openWidget, useServerAndBrowser } from "../support/browser.mjs";

const env = useServerAndBrowser();

const openNote = (page, item) =>
  page.locator(".rating-item", { has: group(page, item) }).locator("summary").click();
/** Light theme colours of the target (dashed) and compared (dotted) outlines. */
const TARGET = [180, 83, 9];
const COMPARE = [75, 85, 99];

test("a note and a target are kept, and the target is drawn as its own polygon", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en&theme=light`, { locale: "en-US" });
  await rate(page, "Speed", 2);
  await rate(page, "Flexibility", 3);
  const before = await countPixels(page, "canvas.radar", TARGET, 30);
  await page.getByRole("combobox", { name: "Target: Speed" }).selectOption("5");
  await page.getByRole("combobox", { name: "Target: Flexibility" }).selectOption("4");
  await openNote(page, "Flexibility");
  await page.getByRole("textbox", { name: "Note: Flexibility" }).fill("I changed my lesson plan when the projector failed.");
  await page.getByRole("textbox", { name: "Session label" }).fill("Before the digital-literacy course");
  await page.getByRole("textbox", { name: "Next step" }).fill("Try one online quiz tool by March.");
  await page.waitForFunction(() => document.querySelector("canvas.radar") !== null);
  const after = await countPixels(page, "canvas.radar", TARGET, 30);
  assert.ok(before === 0 && after > 100, `target polygon pixels: ${before} → ${after}`);

  // Strengths and focus areas are computed and shown with the note.
  const focus = page.getByRole("region", { name: "Focus areas" });
  assert.match(await focus.innerText(), /Speed[\s\S]*gap to target: 3/);
  const strengths = page.getByRole("region", { name: "Strengths" });
  assert.match(await strengths.innerText(), /Flexibility[\s\S]*projector failed/);

  // The table alternative has the same numbers, with a Target column.
  const table = page.getByRole("table", { name: "Learning agility: score per aspect" });
  assert.deepEqual(await table.getByRole("columnheader").allInnerTexts(), ["Aspect", "Current", "Target"]);
  assert.match(await table.getByRole("row", { name: /Speed/ }).innerText(), /2\.0 \/ 5\s+5\.0 \/ 5/);

  await save(page);
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole("textbox", { name: "Note: Flexibility" }).inputValue(), "I changed my lesson plan when the projector failed.");
  assert.equal(await page.getByRole("combobox", { name: "Target: Speed" }).inputValue(), "5");
  assert.equal(await page.getByRole("textbox", { name: "Session label" }).inputValue(), "Before the digital-literacy course");
  assert.match(await page.getByRole("region", { name: "History" }).innerText(), /Before the digital-literacy course/);
  await screenshot(page, "reflection-target");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a long note shows a counter near the limit and stops at 5,000 characters", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  await openNote(page, "Flexibility");
  const note = page.getByRole("textbox", { name: "Note: Flexibility" });
  await note.fill("x".repeat(4600));
  await page.getByText("4600 of 5000 characters").waitFor();
  await note.fill("y".repeat(6000));
  assert.equal((await note.inputValue()).length, 5000);
  assert.deepEqual(errors, []);
  await context.close();
});

test("compare with previous overlays the earlier session and lists the change per item", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en&theme=light`, { locale: "en-US" });
  await rate(page, "Speed", 2);
  await rate(page, "Reflecting", 4);
  await save(page);
  await page.getByRole("button", { name: "New session", exact: true }).click();
  await rate(page, "Speed", 4);
  await rate(page, "Reflecting", 3);
  await save(page);

  const before = await countPixels(page, "canvas.radar", COMPARE, 6);
  await page.getByRole("button", { name: "Compare with previous" }).click();
  await page.getByRole("table", { name: /^Change/ }).waitFor();
  const after = await countPixels(page, "canvas.radar", COMPARE, 6);
  assert.ok(after > before + 30, `the compared polygon is drawn (${before} → ${after} pixels)`);
  const deltas = page.getByRole("table", { name: /^Change/ });
  assert.match(await deltas.getByRole("row", { name: /Speed/ }).innerText(), /4\s+2\s+.*up \+2/);
  assert.match(await deltas.getByRole("row", { name: /Reflecting/ }).innerText(), /3\s+4\s+.*down -1/);
  // The select lists the earlier session by date; choosing "None" removes the overlay.
  const select = page.getByRole("combobox", { name: "Compare with" });
  assert.equal(await select.locator("option").count(), 2);
  await select.selectOption("");
  assert.equal(await page.getByRole("table", { name: /^Change/ }).count(), 0);
  // Any saved session can also be compared from its entry in History.
  await page.getByRole("region", { name: "History" }).getByRole("button", { name: /^Compare with / }).first().click();
  await page.getByRole("table", { name: /^Change/ }).waitFor();
  assert.notEqual(await select.inputValue(), "");
  await screenshot(page, "reflection-compare");
  assert.deepEqual(errors, []);
  await context.close();
});

test("growth shows a line chart per framework once two sessions exist, as one chart or per axis", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  const growth = page.getByRole("region", { name: "Growth" });
  await growth.getByText("Save at least two sessions").waitFor();
  await rate(page, "Speed", 2);
  await save(page);
  await page.getByRole("button", { name: "New session", exact: true }).click();
  await rate(page, "Speed", 5);
  await save(page);
  assert.equal(await growth.locator("canvas.growth").count(), 1);
  await growth.getByRole("button", { name: "One chart per aspect" }).click();
  assert.equal(await growth.locator("canvas.growth").count(), 9);
  await growth.getByText("Learning agility: score per aspect").click();
  assert.match(await growth.getByRole("table").innerText(), /2\.0[\s\S]*5\.0/);
  await screenshot(page, "reflection-growth");
  assert.deepEqual(errors, []);
  await context.close();
});

test("delete has an undo that lasts at least five seconds", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  await rate(page, "Speed", 2);
  await save(page);
  await page.getByRole("button", { name: "New blank session" }).click();
  await rate(page, "Speed", 3);
  await save(page);
  const history = page.getByRole("region", { name: "History" });
  assert.equal(await history.getByRole("listitem").count(), 2);

  await history.getByRole("button", { name: /^Delete/ }).last().click();
  assert.equal(await history.getByRole("listitem").count(), 1);
  await page.waitForTimeout(5500);
  await page.getByRole("button", { name: "Undo" }).click();
  assert.equal(await history.getByRole("listitem").count(), 2);
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole("region", { name: "History" }).getByRole("listitem").count(), 2, "the undo is saved too");

  // Without undo, the offer goes away and the deletion stays.
  await page.getByRole("region", { name: "History" }).getByRole("button", { name: /^Delete/ }).last().click();
  await page.getByRole("button", { name: "Undo" }).waitFor({ state: "detached", timeout: 15_000 });
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole("region", { name: "History" }).getByRole("listitem").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the third framework: the four widyaiswara standards, one item per sub-competence", async () => {
  const { context, page, errors } = await openWidget(env.browser, `${env.server.url}?lang=en`, { locale: "en-US" });
  await page.getByRole("button", { name: "Widyaiswara competence" }).click();
  for (const name of ["Managing learning", "Personality", "Social", "Substantive"]) {
    await page.getByRole("region", { name, exact: true }).waitFor();
  }
  for (const item of ["Preparing lesson plans", "Preparing teaching materials", "Applying adult learning",
    "Communicating effectively with participants", "Motivating participants to learn", "Evaluating learning",
    "Following the code of ethics and showing a professional work ethic", "Writing scientific papers"]) {
    await group(page, item).waitFor();
  }
  assert.equal(await page.locator(".rating-item").count(), 12);
  await rate(page, "Working with fellow widyaiswara", 4);
  const table = page.getByRole("table", { name: "Widyaiswara competence: score per aspect" });
  assert.equal(await table.locator("tbody tr").count(), 4);
  assert.match(await table.getByRole("row", { name: /Social/ }).innerText(), /4\.0 \/ 5/);
  assert.deepEqual(errors, []);
  await context.close();
});
