// The size budget of the widget's first path (issue 21): what a browser loads before the first
// chart, checked on every test run (sizes are deterministic). The parts loaded after it are
// reported beside it; they have no ceiling of their own.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST, ROOT } from "../support/browser.mjs";
import { FIRST_PATH, laterParts, widgetFiles } from "../../scripts/widget-files.mjs";

const budget = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/size-budget.json"), "utf8"));
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
const sum = (sizes) => Object.values(sizes).reduce((a, b) => a + b, 0);

test("the first path stays within its size ceiling", () => {
  const sizes = Object.fromEntries(FIRST_PATH.map((f) => [f, gzip(f)]));
  const whole = sum(sizes);
  const line = FIRST_PATH.map((f) => `${f} ${sizes[f]}`).join(", ");
  const later = Object.fromEntries(laterParts(DIST).map((f) => [f, fs.statSync(path.join(DIST, f)).size]));
  console.log(`size: first path ${whole} B gzip -9 (${line}); ceiling ${budget.ceiling}`);
  console.log(`size: parts loaded later ${sum(later)} B gzip (${Object.entries(later).map(([f, s]) => `${f} ${s}`).join(", ")})`);
  assert.ok(whole <= budget.ceiling, `the first path grew past its ceiling: ${whole} > ${budget.ceiling} B (${line})`);
  assert.ok(budget.ceiling < 1.1 * whole, `lower the ceiling in tests/size-budget.json to about ${Math.ceil(whole * 1.02)}: it no longer guards anything`);
});

test("every part of the wasm is stored compressed, and nothing uncompressed is served", () => {
  const parts = fs.readdirSync(DIST).filter((f) => /\.wasm(\.gz)?$/.test(f) && !f.startsWith("cohort"));
  assert.ok(parts.length >= 2, parts.join(", "));
  for (const part of parts) {
    assert.match(part, /\.wasm\.gz$/, "compressed");
    const bytes = fs.readFileSync(path.join(DIST, part));
    assert.deepEqual([...bytes.subarray(0, 2)], [0x1f, 0x8b], `${part} is gzip`);
    assert.deepEqual([...zlib.gunzipSync(bytes).subarray(0, 4)], [0, 0x61, 0x73, 0x6d], `${part} holds wasm`);
  }
});

// The cohort page (issue 15) is built beside the widget; none of it is in the widget's files.
const COHORT = ["cohort.html", "cohort-boot.js", "cohort.js", "cohort_bg.wasm", "cohort.css", "cermin-cohort.html"];

test("dist has exactly the widget's files, the single-file builds, the SCORM packages, the service worker and the cohort page", () => {
  const built = ["cermin.html", "cermin-scorm12.zip", "cermin-scorm2004.zip", "sw.js"];
  assert.deepEqual(fs.readdirSync(DIST).sort(), [...widgetFiles(DIST), ...built, ...COHORT].sort());
});
