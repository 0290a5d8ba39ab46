// README command 1 stays true: `scripts/serve.sh` sets up, builds and serves the widget, and the
// trainer's cohort page beside it (the widget links to it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { ROOT, launch, openWidget } from "../support/browser.mjs";

test("scripts/serve.sh serves a working widget and the cohort page it links to", { timeout: 600_000 }, async () => {
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const server = spawn("scripts/serve.sh", [], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  try {
    let up = false;
    for (let i = 0; i < 200 && !up && server.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 2000));
      up = await fetch(`${url}cermin_bg.wasm.gz`).then((r) => r.ok, () => false);
    }
    assert.ok(up, `not serving at ${url}:\n${log.slice(-2000)}`);
    assert.match(log, new RegExp(`http://127\\.0\\.0\\.1:${port}/`), "it prints the local URL");
    const browser = await launch();
    const { page, errors } = await openWidget(browser, `${url}?lang=en`, { locale: "en-US" });
    await page.getByRole("button", { name: "Save", exact: true }).waitFor();
    await page.getByRole("link", { name: "Trainer's page" }).click();
    const cohort = page;
    await cohort.getByRole("heading", { name: "Cermin for trainers: a class's reflections" }).waitFor({ timeout: 60_000 });
    assert.equal(cohort.url(), `${url}cohort.html`);
    assert.match(log, new RegExp(`http://127\\.0\\.0\\.1:${port}/cohort\\.html`), "it prints the cohort page's URL");
    assert.deepEqual(errors, []);
    await browser.close();
  } finally {
    process.kill(-server.pid, "SIGTERM");
  }
});
