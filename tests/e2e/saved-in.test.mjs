// "Where am I saved?": in this browser; in this browser, for this site only (framed by another
// origin); not saved (a sandboxed frame without storage). In both languages. (In this LMS: see
// scorm.test.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { ROOT, DIST, serve, launch, newPage, openWidget } from "../support/browser.mjs";

const env = {};

before(async () => {
  // A sandboxed frame has an opaque origin: its module script and wasm are cross-origin fetches.
  env.widget = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
  env.host = await serve(path.join(ROOT, "tests/support"));
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await env.widget?.close();
  await env.host?.close();
});

async function framedLine(lang, sandbox) {
  const { context, page, errors } = await newPage(env.browser);
  const src = encodeURIComponent(`${env.widget.url}?lang=${lang}`);
  await page.goto(`${env.host.url}frame-host.html?src=${src}${sandbox ? `&sandbox=${sandbox}` : ""}`);
  const line = page.frameLocator("#widget").locator(".saved-in");
  await line.waitFor({ timeout: 20_000 });
  const result = { code: await line.getAttribute("data-saved-in"), text: await line.innerText() };
  assert.deepEqual(errors, []);
  await context.close();
  return result;
}

test("at the top level: saved in this browser", async () => {
  for (const [lang, text] of [["en", "Your reflections are saved in this browser."], ["id", "Refleksi Anda disimpan di browser ini."]]) {
    const { context, page, errors } = await openWidget(env.browser, `${env.widget.url}?lang=${lang}`);
    assert.equal(await page.locator(".saved-in").innerText(), text);
    assert.equal(await page.locator(".saved-in").getAttribute("data-saved-in"), "browser");
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("framed by another origin: saved in this browser, for this site only", async () => {
  assert.deepEqual(await framedLine("en"), { code: "site", text: "Your reflections are saved in this browser, for this site only." });
  assert.deepEqual(await framedLine("id"), { code: "site", text: "Refleksi Anda disimpan di browser ini, hanya untuk situs ini." });
});

test("a sandboxed frame without storage: not saved", async () => {
  const en = await framedLine("en", "allow-scripts");
  assert.equal(en.code, "none");
  assert.match(en.text, /not saved/);
  const id = await framedLine("id", "allow-scripts");
  assert.match(id.text, /tidak disimpan/);
});
