// Starts the cohort page. A file rather than an inline script, so a strict CSP (script-src 'self') allows it.
import init from "./cohort.js";

init({ module_or_path: new URL("./cohort_bg.wasm", import.meta.url) }).catch((error) => {
  console.error("Cermin's cohort page failed to start", error);
  const root = document.getElementById("cohort");
  if (root) root.textContent = "Halaman pengajar tidak dapat dimuat di browser ini. / The trainer's page could not start in this browser.";
});
