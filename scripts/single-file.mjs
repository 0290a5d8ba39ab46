// Makes the single files that open straight from disk (file://): dist/cermin.html (the widget)
// and dist/cermin-cohort.html (the trainer's cohort page). The stylesheets and the loaders are
// inlined, and the wasm is embedded as base64.
//
// The widget's wasm is split (scripts/widget-build.mjs): its loaders are ES modules that import
// one another, which one inline script cannot do, so esbuild (npm) bundles them into one; every
// part, first path and deferred, is embedded gzip-compressed as `cerminFiles`, where wasm-fetch.js
// reads it instead of fetching. The cohort page is one module, started with the async init
// (Chrome limits synchronous compiles of large modules).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const read = (name) => fs.readFileSync(path.join(dist, name));

/** Text inside <script> or <style> must not close its element early. */
const inline = (text, tag) => text.replaceAll(`</${tag}`, `<\\/${tag}`);

/** The page with its stylesheets inlined and its own scripts and preloads replaced by `script`. */
function singlePage(page, boot, script) {
  const html = read(page).toString();
  const single = html
    .replace(/\s*<link data-trunk[^>]*>/g, "")
    // Everything is inline: nothing to preload (and a shared file has no neighbours to fetch).
    .replace(/\s*<!-- Fetch the loader[^>]*-->/, "")
    .replace(/\s*<link rel="(module)?preload"[^>]*>/g, "")
    .replace(/<link rel="stylesheet"[^>]*href="(?:\.\/)?([^"?]+)[^"]*"[^>]*>/g, (_, href) => `<style>\n${inline(read(href).toString(), "style")}\n</style>`)
    .replace(new RegExp(`<script type="module" src="\\./${boot}"></script>`), () => script);
  if (single.includes(boot) || single.includes("preload") || single.includes('rel="stylesheet"') || !single.includes(script)) {
    throw new Error(`single-file: ${page} did not have the expected shape`);
  }
  return { html, single };
}

function write(out, single) {
  fs.writeFileSync(path.join(dist, out), single);
  console.log(`single-file: dist/${out} (${fs.statSync(path.join(dist, out)).size} bytes)`);
}

/** The widget: the loaders bundled, every wasm part embedded. */
async function widget() {
  const entry = `
import init from "./cermin.js";
import { failure, fetchWasm } from "./wasm-fetch.js";
init({ module_or_path: fetchWasm("cermin_bg.wasm.gz") }).catch((error) => {
  console.error("Cermin failed to start", error);
  document.getElementById("cermin").textContent = failure(error);
});
// The widget links to the trainer's page as "cohort.html" (served beside it); opened from a
// file, the page beside this single file is the cohort page's single file.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element && event.target.closest('a[href="cohort.html"]');
  if (link) link.setAttribute("href", "cermin-cohort.html");
}, true);
`;
  const bundled = await build({
    stdin: { contents: entry, resolveDir: dist, sourcefile: "single-file-entry.js" },
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    logLevel: "warning",
  });
  const parts = fs.readdirSync(dist).filter((name) => name.endsWith(".wasm.gz")).sort();
  const files = Object.fromEntries(parts.map((name) => [name, read(name).toString("base64")]));
  const script = `<script>globalThis.cerminFiles = ${JSON.stringify(files)};</script>
<script type="module">
${inline(bundled.outputFiles[0].text, "script")}
</script>`;
  const { single } = singlePage("index.html", "boot.js", script);
  write("cermin.html", single);
}

/** The cohort page: one module, its wasm as base64. */
function cohort() {
  const loader = read("cohort.js").toString();
  const wasm = read("cohort_bg.wasm").toString("base64");
  const failed = "Halaman pengajar tidak dapat dimuat di browser ini. / The trainer's page could not start in this browser.";
  const script = `<script type="module">
${inline(loader, "script")}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
__wbg_init({ module_or_path: bytes }).catch((error) => {
  console.error("cohort failed to start", error);
  document.getElementById("cohort").textContent = "${failed}";
});
</script>`;
  const { html, single } = singlePage("cohort.html", "cohort-boot.js", script);
  write("cermin-cohort.html", single);
  // Trunk leaves its own marker link in the page; it does nothing, so drop it there too.
  fs.writeFileSync(path.join(dist, "cohort.html"), html.replace(/\s*<link data-trunk[^>]*>/g, ""));
}

await widget();
if (fs.existsSync(path.join(dist, "cohort.html"))) cohort();
