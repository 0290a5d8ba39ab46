// Serves a built folder on 127.0.0.1 (scripts/serve.sh): the widget at /, the trainer's cohort
// page at /cohort.html. Static files only, with the types a browser needs (wasm streams only as
// application/wasm).
//
//   node scripts/serve-dir.mjs <dir> [port]
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".zip": "application/zip",
};

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  let file = path.join(root, decodeURIComponent(pathname));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  if (pathname.endsWith("/")) file = path.join(file, "index.html");
  try {
    const body = await fs.readFile(file);
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-cache" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
server.listen(port, "127.0.0.1", () => {
  const url = `http://127.0.0.1:${port}/`;
  console.log(`Serving ${root}\n  the widget:         ${url}\n  the trainer's page: ${url}cohort.html`);
});
