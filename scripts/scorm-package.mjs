// Makes dist/cermin-scorm12.zip and dist/cermin-scorm2004.zip: the widget as one SCO, with
// imsmanifest.xml at the zip's root listing every file. The package's index.html carries
// data-scorm="12" or "2004": the widget looks for the LMS's runtime only then (and a service
// worker must not register there). Zipped with fflate (npm); entries in a fixed order with a
// fixed date, so the same dist/ gives the same bytes.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync, strToU8 } from "fflate";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");

/** The files of the widget: everything in dist/ but the single files, the cohort page and earlier packages. */
function widgetFiles(dir = dist, prefix = "") {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const name = prefix + entry.name;
      if (entry.isDirectory()) return widgetFiles(path.join(dir, entry.name), `${name}/`);
      // The trainer's cohort page (cohort.*, cermin-cohort.html) is not the learner's widget.
      return name === "cermin.html" || name.endsWith(".zip") || name.includes("cohort") ? [] : [name];
    })
    .sort();
}

const escape = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const TITLE = "Cermin: refleksi diri / self-reflection";

const VERSIONS = {
  12: {
    schemaversion: "1.2",
    namespaces: `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`,
    scoType: `adlcp:scormtype="sco"`,
  },
  2004: {
    schemaversion: "2004 4th Edition",
    namespaces: `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"`,
    scoType: `adlcp:scormType="sco"`,
  },
};

export function manifest(version, files) {
  const v = VERSIONS[version];
  const list = files.map((f) => `      <file href="${escape(f)}"/>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="cermin-scorm${version}" version="1"
          ${v.namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${v.schemaversion}</schemaversion>
  </metadata>
  <organizations default="cermin-organization">
    <organization identifier="cermin-organization">
      <title>${escape(TITLE)}</title>
      <item identifier="cermin-item" identifierref="cermin-sco">
        <title>${escape(TITLE)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="cermin-sco" type="webcontent" ${v.scoType} href="index.html">
${list}
    </resource>
  </resources>
</manifest>
`;
}

const files = widgetFiles();
if (!files.includes("index.html")) throw new Error("scorm-package: dist/index.html is missing; build first");
const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");

/**
 * The package's page: marked as a SCORM package (the widget then looks for the LMS's runtime), and
 * fetching the SCORM part with the main wasm rather than after it: in a package the first chart
 * waits for it (the files it needs are noted in the page by scripts/widget-build.mjs).
 */
function packagePage(html, version) {
  const lms = /part lms: ([^;]*?)\s*(?:;|-->)/.exec(html)?.[1].split(" ").filter(Boolean);
  if (!lms?.length) throw new Error("scorm-package: index.html does not say which files the SCORM part needs");
  const preloads = lms.map((file) => `  <link rel="preload" href="./${file}" as="fetch" crossorigin>\n`).join("");
  return html
    .replace('<html lang="id">', `<html lang="id" data-scorm="${version}">`)
    .replace('  <script type="module" src="./boot.js"></script>', `${preloads}  <script type="module" src="./boot.js"></script>`);
}
if (!/<html lang="id">/.test(html)) throw new Error("scorm-package: index.html did not have the expected <html> tag");
// A fixed date (fflate takes local time): the same files make the same zip.
const mtime = new Date(2026, 0, 1);
for (const version of Object.keys(VERSIONS)) {
  const entries = { "imsmanifest.xml": [strToU8(manifest(version, files)), { mtime }] };
  for (const file of files) {
    let bytes = fs.readFileSync(path.join(dist, file));
    if (file === "index.html") bytes = strToU8(packagePage(html, version));
    entries[file] = [bytes, { mtime, level: 9 }];
  }
  const out = path.join(dist, `cermin-scorm${version}.zip`);
  fs.writeFileSync(out, zipSync(entries));
  console.log(`scorm-package: ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes, ${files.length + 1} files)`);
}
