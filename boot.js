// Starts the widget. A file rather than an inline script, so a strict CSP (script-src 'self') allows it.
import init from "./cermin.js";
import { failure, fetchWasm } from "./wasm-fetch.js";

init({ module_or_path: fetchWasm(new URL("./cermin_bg.wasm.gz", import.meta.url)) }).then(
  () => {
    // Offline after one visit, once the first chart is on screen and the page has loaded.
    if (document.readyState === "complete") setTimeout(workOffline, 0);
    else addEventListener("load", () => setTimeout(workOffline, 0), { once: true });
  },
  (error) => {
    console.error("Cermin failed to start", error);
    const root = document.getElementById("cermin");
    if (root) root.textContent = failure(error);
  },
);

/**
 * Registers sw.js where a service worker is safe, and says why not elsewhere (a User Timing mark,
 * `cermin:offline`, whose detail the tests read): only the widget served over http(s) with its
 * sw.js (the build marks index.html `<meta name="cermin-sw" content="on">`; a package that must
 * not have one, as a SCORM package, sets it "off"); never from a file, in a sandboxed frame
 * (an opaque origin, or a sandbox attribute a same-origin host shows), in a SCORM package
 * (`<html data-scorm>`), or under an LMS's SCORM API.
 */
function workOffline() {
  const why = offlineRefused();
  if (why) return performance.mark("cermin:offline", { detail: `off: ${why}` });
  navigator.serviceWorker.register(new URL("./sw.js", import.meta.url)).then(
    () => performance.mark("cermin:offline", { detail: "on" }),
    (error) => {
      // Only the offline copy is lost; the widget itself works.
      console.warn("Cermin: no offline copy", error);
      performance.mark("cermin:offline", { detail: "off: refused" });
    },
  );
}

function offlineRefused() {
  if (location.protocol !== "https:" && location.protocol !== "http:") return "not http(s)";
  if (self.origin === "null" || sandboxed()) return "sandboxed frame";
  if (document.querySelector('meta[name="cermin-sw"]')?.content !== "on") return "switched off";
  if (!("serviceWorker" in navigator)) return "no service worker";
  if (document.documentElement.hasAttribute("data-scorm") || scormApi()) return "SCORM";
  return null;
}

/** A frame with a sandbox attribute: seen from inside only when the host page is of the same origin. */
function sandboxed() {
  try {
    return window.frameElement?.hasAttribute("sandbox") ?? false;
  } catch {
    return false;
  }
}

/** Whether an LMS's SCORM API (1.2 `API`, 2004 `API_1484_11`) is in reach, where a package looks for it. */
function scormApi() {
  const seen = [];
  try {
    for (let w = window; w && !seen.includes(w) && seen.length < 20; w = w.parent === w ? w.opener : w.parent) {
      seen.push(w);
      try {
        if (w.API || w.API_1484_11) return true;
      } catch {
        // A cross-origin window: not one a package could talk to either.
      }
    }
  } catch {
    // An opener that cannot be followed.
  }
  return false;
}
