// Makes the single files that open straight from disk (file://): dist/cermin.html (the widget)
// and dist/cermin-cohort.html (the trainer's cohort page). The wasm is embedded as base64 and
// started with the async init (Chrome limits synchronous compiles of large modules), the loader
// and the stylesheets are inlined.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const read = (name) => fs.readFileSync(path.join(dist, name));

/** Text inside <script> or <style> must not close its element early. */
const inline = (text, tag) => text.replaceAll(`</${tag}`, `<\\/${tag}`);

function singleFile({ page, name, boot, root, failed, out, extra = "" }) {
  const html = read(page).toString();
  const loader = read(`${name}.js`).toString();
  const wasm = read(`${name}_bg.wasm`).toString("base64");
  const script = `<script type="module">
${inline(loader, "script")}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
__wbg_init({ module_or_path: bytes }).catch((error) => {
  console.error("${name} failed to start", error);
  document.getElementById("${root}").textContent = "${failed}";
});${extra}
</script>`;
  const single = html
    .replace(/\s*<link data-trunk[^>]*>/g, "")
    // Everything is inline: nothing to preload (and a shared file has no neighbours to fetch).
    .replace(/\s*<!-- Fetch the loader[^>]*-->/, "")
    .replace(/\s*<link rel="(module)?preload"[^>]*>/g, "")
    .replace(/<link rel="stylesheet"[^>]*href="(?:\.\/)?([^"?]+)[^"]*"[^>]*>/g, (_, href) => `<style>\n${inline(read(href).toString(), "style")}\n</style>`)
    .replace(new RegExp(`<script type="module" src="\\./${boot}"></script>`), () => script);

  if (single.includes(boot) || single.includes("preload") || single.includes('rel="stylesheet"') || !single.includes("__wbg_init({ module_or_path: bytes })")) {
    throw new Error(`single-file: ${page} did not have the expected shape`);
  }
  fs.writeFileSync(path.join(dist, out), single);
  // Trunk leaves its own marker link in the page; it does nothing, so drop it there too.
  fs.writeFileSync(path.join(dist, page), html.replace(/\s*<link data-trunk[^>]*>/g, ""));
  console.log(`single-file: dist/${out} (${fs.statSync(path.join(dist, out)).size} bytes)`);
}

singleFile({
  page: "index.html",
  name: "cermin",
  boot: "boot.js",
  root: "cermin",
  failed: "Cermin tidak dapat dimuat di browser ini. / Cermin could not start in this browser.",
  out: "cermin.html",
  // The widget links to the trainer's page as "cohort.html" (served beside it); opened from a
  // file, the page beside this single file is the cohort page's single file.
  extra: `
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element && event.target.closest('a[href="cohort.html"]');
  if (link) link.setAttribute("href", "cermin-cohort.html");
}, true);`,
});
if (fs.existsSync(path.join(dist, "cohort.html"))) {
  singleFile({
    page: "cohort.html",
    name: "cohort",
    boot: "cohort-boot.js",
    root: "cohort",
    failed: "Halaman pengajar tidak dapat dimuat di browser ini. / The trainer's page could not start in this browser.",
    out: "cermin-cohort.html",
  });
}
