// A long history costs little before the first chart (issue 16): its newest sessions are read
// for the first screen, the rest in a task after it. Nothing of the rest is lost or skipped
// silently: the list, the backup and the damaged-session notice all come to hold all of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, ready, useServerAndBrowser } from "../support/browser.mjs";

const KEY = "cermin:default:history";
const env = useServerAndBrowser();

/** 120 sessions, newest first as Cermin writes them; the 101st has a rating out of range. */
function longDocument() {
  const day = 86_400_000;
  const sessions = Array.from({ length: 120 }, (_, i) => {
    const created = 1_764_300_000_000 - i * day;
    const level = i === 100 ? 99 : 1 + (i % 5);
    return { id: `s-${i}`, created, updated: created, label: `Session ${i}`, ratings: { "agility.speed": level, "agility.flexibility": 1 + ((i + 2) % 5) } };
  });
  return JSON.stringify({ format: "cermin.history", version: 2, sessions });
}

test("a long history opens with its newest session, and the rest follows whole", async () => {
  const raw = longDocument();
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  await page.goto(`${env.server.url}?lang=en`);
  await ready(page);
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, raw]);
  await page.reload();
  await ready(page);

  // The first screen: the newest session is open.
  const speed = page.getByRole("radiogroup", { name: "Speed", exact: true });
  assert.equal(await speed.getByRole("radio", { name: /^1:/ }).isChecked(), true);
  // The rest was read after the first screen, not before it.
  await page.waitForFunction(() => performance.getEntriesByName("cermin:load-rest").length > 0);
  const order = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { ready: at("cermin:ready"), draw: at("cermin:draw"), rest: at("cermin:load-rest") };
  });
  assert.ok(order.rest >= order.draw && order.rest >= order.ready, JSON.stringify(order));

  // The damaged session far down is found by that read: counted, its text set aside.
  await page.getByRole("alert").filter({ hasText: "1 damaged session was skipped" }).waitFor();
  const quarantined = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("cermin:default:quarantine:")).map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(quarantined, [raw]);

  // Every readable session is listed, 20 at a time.
  const history = page.getByRole("region", { name: "History" });
  const more = history.getByRole("button", { name: /^Show \d+ more/ });
  while (await more.count()) await more.click();
  assert.equal(await history.getByRole("listitem").count(), 119);
  await history.getByText(/Session 119\b/).first().waitFor();

  // The backup holds all of them.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Back up (JSON)" }).click();
  const backup = JSON.parse(Buffer.concat(await (await (await download).createReadStream()).toArray()).toString());
  assert.equal(backup.sessions.length, 119);
  assert.deepEqual(errors, []);
  await context.close();
});
