// Makes dist/cermin.html: the whole widget in one file that opens straight from disk (file://).
// The wasm is embedded as base64 and started with the async init (Chrome limits synchronous
// compiles of large modules), the loader and the stylesheet are inlined.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const read = (name) => fs.readFileSync(path.join(dist, name));

const html = read("index.html").toString();
const css = read("style.css").toString();
const loader = read("cermin.js").toString();
const wasm = read("cermin_bg.wasm").toString("base64");

/** Text inside <script> or <style> must not close its element early. */
const inline = (text, tag) => text.replaceAll(`</${tag}`, `<\\/${tag}`);

const script = `<script type="module">
${inline(loader, "script")}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
__wbg_init({ module_or_path: bytes }).catch((error) => {
  console.error("Cermin failed to start", error);
  document.getElementById("cermin").textContent = "Cermin tidak dapat dimuat di browser ini. / Cermin could not start in this browser.";
});
</script>`;

const single = html
  .replace(/\s*<link data-trunk[^>]*>/g, "")
  // Everything is inline: nothing to preload (and a shared file has no neighbours to fetch).
  .replace(/\s*<!-- Fetch the loader[^>]*-->/, "")
  .replace(/\s*<link rel="(module)?preload"[^>]*>/g, "")
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>\n${inline(css, "style")}\n</style>`)
  .replace(/<script type="module" src="\.\/boot\.js"><\/script>/, () => script);

if (single.includes("boot.js") || single.includes("preload") || !single.includes("__wbg_init({ module_or_path: bytes })")) {
  throw new Error("single-file: index.html did not have the expected shape");
}
fs.writeFileSync(path.join(dist, "cermin.html"), single);
// Trunk leaves its own marker link in index.html; it does nothing, so drop it there too.
fs.writeFileSync(path.join(dist, "index.html"), html.replace(/\s*<link data-trunk[^>]*>/g, ""));
console.log(`single-file: dist/cermin.html (${fs.statSync(path.join(dist, "cermin.html")).size} bytes)`);
