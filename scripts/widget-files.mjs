// The widget's files in a built folder (dist/, a SCORM package's copy): named once here for the
// build scripts, the tests and the benchmark.
import fs from "node:fs";

/** The widget's scripts: the start, wasm-bindgen's loader, the splitter's loader, the fetcher. */
export const SCRIPTS = ["boot.js", "cermin.js", "__wasm_split.js", "wasm-fetch.js"];

/** The wasm of the first path; every other `.wasm.gz` is a part loaded later. */
export const MAIN_WASM = "cermin_bg.wasm.gz";

/** The parts of the wasm loaded after the first chart (or, for a SCORM package, the LMS part). */
export function laterParts(dir) {
  return fs.readdirSync(dir).filter((name) => name.endsWith(".wasm.gz") && name !== MAIN_WASM).sort();
}

/** What a browser loads before the first chart: the page, its stylesheet, scripts and main wasm. */
export const FIRST_PATH = ["index.html", ...SCRIPTS, MAIN_WASM, "style.css"];

/** Every file of the widget in `dir`: the first path and the later parts. */
export function widgetFiles(dir) {
  return [...FIRST_PATH, ...laterParts(dir)];
}
