// Starts the widget. A file rather than an inline script, so a strict CSP (script-src 'self') allows it.
import init from "./cermin.js";

init({ module_or_path: new URL("./cermin_bg.wasm", import.meta.url) }).catch((error) => {
  console.error("Cermin failed to start", error);
  const root = document.getElementById("cermin");
  if (root) root.textContent = "Cermin tidak dapat dimuat di browser ini. / Cermin could not start in this browser.";
});
