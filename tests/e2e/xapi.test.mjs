// Opt-in xAPI: with ?xapi=postmessage&xapi_origin=<origin>, each Save posts statements to the
// parent at that origin only. Every statement passes xapi-validation; a parent of another
// origin receives nothing, and without the parameters nothing is posted at all.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import path from "node:path";
import { ROOT, DIST, serve, launch, newPage, rate, save, screenshot } from "../support/browser.mjs";

const validate = createRequire(import.meta.url)("xapi-validation").default;
const env = {};

before(async () => {
  env.widget = await serve(DIST);
  // Two host pages of two other origins (other ports).
  env.host = await serve(path.join(ROOT, "tests/support"));
  env.other = await serve(path.join(ROOT, "tests/support"));
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  for (const server of [env.widget, env.host, env.other]) await server?.close();
});

/** The widget framed by `host` with `query`; returns the page and the widget's frame. */
async function framed(host, query) {
  const { context, page, errors } = await newPage(env.browser, { locale: "en-US" });
  const src = `${env.widget.url}?lang=en&${query}`;
  await page.goto(`${host.url}frame-host.html?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator("#widget");
  await frame.locator("h1", { hasText: "Cermin" }).waitFor({ timeout: 20_000 });
  return { context, page, frame, errors };
}

const statements = (page) =>
  page.evaluate(() => window.received.filter((m) => m.data && m.data.type === "cermin:xapi"));

test("each Save posts valid xAPI statements to the named origin, and nothing over the network", async () => {
  const origin = env.host.origin;
  const { context, page, frame, errors } = await framed(env.host, `xapi=postmessage&xapi_origin=${encodeURIComponent(origin)}`);
  const requests = [];
  page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  // The person is told what leaves, and to where.
  assert.match(await frame.locator("footer.privacy").innerText(), new RegExp(`summary of your scores is sent to the page at ${origin}`));
  await rate(frame, "Speed", 2);
  await rate(frame, "Reflecting", 5);
  await frame.getByRole("button", { name: "Digital competence" }).click();
  await rate(frame, "Browsing, searching and filtering data, information and digital content", 6);
  await save(frame);
  await page.waitForFunction(() => window.received.filter((m) => m.data?.type === "cermin:xapi").length >= 2);
  await frame.getByRole("button", { name: "Learning agility" }).click();
  await rate(frame, "Speed", 3);
  await save(frame);
  await page.waitForFunction(() => window.received.filter((m) => m.data?.type === "cermin:xapi").length >= 4);

  const posted = await statements(page);
  assert.equal(posted.length, 4, "one statement per rated framework, per Save");
  for (const { origin: from, data } of posted) {
    assert.equal(from, env.widget.origin);
    const statement = data.statement;
    assert.deepEqual(validate(statement), [], JSON.stringify(statement, null, 2));
    assert.match(statement.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(statement.verb.id, "http://adlnet.gov/expapi/verbs/completed");
    assert.equal(statement.object.definition.type, "http://adlnet.gov/expapi/activities/assessment");
    assert.ok(statement.object.definition.name["id-ID"] && statement.object.definition.name["en-US"]);
    assert.equal(statement.actor.account.homePage, origin);
    assert.equal(statement.result.completion, true);
    assert.match(statement.result.duration, /^PT/);
    assert.ok(!("score" in statement.result) && !("success" in statement.result));
  }
  assert.equal(new Set(posted.map((m) => m.data.statement.id)).size, 4, "every statement has its own id");
  const agility = posted.filter((m) => m.data.statement.object.id === "urn:cermin:framework:agility");
  assert.deepEqual(agility.map((m) => m.data.statement.result.extensions["urn:cermin:axis:agility.speed"]), [2, 3]);
  assert.equal(agility[0].data.statement.result.extensions["urn:cermin:axis:agility.reflecting"], 5);
  const digcomp = posted.find((m) => m.data.statement.object.id === "urn:cermin:framework:digcomp");
  assert.deepEqual(digcomp.data.statement.result.extensions, { "urn:cermin:axis:digcomp.1": 6 });
  // Statements go by postMessage only: no request carries them. The one request the opt-in makes
  // is for the widget's own LMS part (xAPI is in it), loaded at the first Save (its own code).
  const own = (r) => new RegExp(`^GET ${env.widget.origin}/(dist/)?[\\w-]+\\.wasm\\.gz\\?v=[0-9a-f]+$`).test(r);
  assert.ok(requests.some((r) => own(r) && r.includes("split_lms")), requests.join("\n"));
  assert.deepEqual(requests.filter((r) => !own(r)), [], "postMessage only, no request");
  await screenshot(page, "xapi-host");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a parent of another origin than the named one receives nothing", async () => {
  const { context, page, frame, errors } = await framed(env.other, `xapi=postmessage&xapi_origin=${encodeURIComponent(env.host.origin)}`);
  await rate(frame, "Speed", 4);
  await save(frame);
  // The same frame's height messages do arrive, so the channel itself works.
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === "cermin:resize"));
  await page.waitForTimeout(500);
  assert.deepEqual(await statements(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without the parameters nothing is posted, and a half-given or bad origin is refused", async () => {
  for (const query of ["", "xapi=postmessage", `xapi_origin=${encodeURIComponent(env.host.origin)}`,
    "xapi=postmessage&xapi_origin=*", `xapi=postmessage&xapi_origin=${encodeURIComponent(env.host.origin + "/")}`]) {
    const { context, page, frame } = await framed(env.host, query);
    await rate(frame, "Speed", 4);
    await save(frame);
    await page.waitForFunction(() => window.received.some((m) => m.data?.type === "cermin:resize"));
    await page.waitForTimeout(300);
    assert.deepEqual(await statements(page), [], query);
    await context.close();
  }
});
