// Runs axe-core in a page (or frame) and returns its violations in a readable form.
import path from "node:path";
import { ROOT } from "./browser.mjs";

const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");

export async function axeViolations(page, { include } = {}) {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    await page.addScriptTag({ path: AXE });
  }
  const results = await page.evaluate(async (include) => {
    const context = include ? { include: [include] } : document;
    const result = await window.axe.run(context, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(0, 3).join(" ")}`),
    }));
  }, include ?? null);
  return results;
}

/** A failure message that lists each violation with the first few elements it concerns. */
export function describe(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join("\n    ")}`).join("\n");
}
