// The size budget of the served widget, checked on every test run (sizes are deterministic).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST, ROOT } from "../support/browser.mjs";

const SERVED = ["index.html", "boot.js", "cermin.js", "cermin_bg.wasm", "style.css"];
const budget = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/size-budget.json"), "utf8"));
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;

test("the served widget stays within its size ceiling", () => {
  const sizes = Object.fromEntries(SERVED.map((f) => [f, gzip(f)]));
  const whole = Object.values(sizes).reduce((a, b) => a + b, 0);
  const line = SERVED.map((f) => `${f} ${sizes[f]}`).join(", ");
  console.log(`size: whole ${whole} B gzip -9 (${line}); ceiling ${budget.ceiling}`);
  assert.ok(whole <= budget.ceiling, `the widget grew past its ceiling: ${whole} > ${budget.ceiling} B (${line})`);
  assert.ok(budget.ceiling < 1.1 * whole, `lower the ceiling in tests/size-budget.json to about ${Math.ceil(whole * 1.02)}: it no longer guards anything`);
});

// Issue 15: "the learner's widget: its gzip size is unchanged within 1 KB" for the cohort page.
test("the widget grew by at most 1 KB gzip for the cohort page (its share export)", () => {
  const whole = SERVED.map(gzip).reduce((a, b) => a + b, 0);
  const allowed = budget.before_cohort + budget.grown_by_others + 1024;
  const cohort = whole - budget.before_cohort - budget.grown_by_others;
  console.log(`size: the cohort work adds ${cohort} B gzip to the widget (at most 1,024)`);
  assert.ok(whole <= allowed, `the widget is ${whole} B, more than ${allowed} B: before the cohort page ${budget.before_cohort} B, grown by other work ${budget.grown_by_others} B, and 1,024 B for the cohort page (see tests/size-budget.json)`);
  assert.ok(budget.ceiling <= allowed, "the ceiling must not allow more than the cohort page's 1 KB");
});

// The cohort page (issue 15) is built beside the widget; none of it is in SERVED.
const COHORT = ["cohort.html", "cohort-boot.js", "cohort.js", "cohort_bg.wasm", "cohort.css", "cermin-cohort.html"];

test("dist has exactly the served files, the single-file builds, the SCORM packages, the service worker and the cohort page", () => {
  const built = ["cermin.html", "cermin-scorm12.zip", "cermin-scorm2004.zip", "sw.js"];
  assert.deepEqual(fs.readdirSync(DIST).sort(), [...SERVED, ...built, ...COHORT].sort());
});
