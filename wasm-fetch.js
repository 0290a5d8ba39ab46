// Fetches one of the widget's wasm files, which the build stores gzip-compressed (name.wasm.gz), and
// hands it on as a Response typed application/wasm, so that it compiles while it streams in.
//
// Why: some servers send .wasm raw and as application/octet-stream (Moodle's pluginfile.php does,
// for a SCORM package's files), which is 2.5 times the bytes and cannot compile while it arrives.
// Compressed at build time, the file is small whatever the server does; the first bytes tell what
// arrived: gzip (1f 8b) is decompressed here, wasm (00 61 73 6d) is a server that had already
// decoded it (a `Content-Encoding: gzip` it added for the .gz name).
//
// The single file (dist/cermin.html) has no server: it sets `globalThis.cerminFiles` to its
// files as base64 before the loader runs, and they are read from there.

/** Thrown where the browser cannot decompress (before 2023: no DecompressionStream). */
export class NeedsNewerBrowser extends Error {}

/**
 * What the page says, in both languages (the language is not known yet), when the widget could
 * not start. A browser from before 2023 cannot unpack the compressed wasm: shipping an
 * uncompressed copy beside it for those few would double every package (bench/README.md).
 */
export function failure(error) {
  return error instanceof NeedsNewerBrowser
    ? "Cermin memerlukan versi browser yang lebih baru (2023 atau sesudahnya). Perbarui browser Anda, lalu buka halaman ini lagi. / " +
        "Cermin needs a newer browser (from 2023 or later). Update your browser, then open this page again."
    : "Cermin tidak dapat dimuat di browser ini. / Cermin could not start in this browser.";
}

/** `url` (a URL or string) as a Response of wasm bytes, streamed. */
export async function fetchWasm(url) {
  const name = String(url).split(/[?#]/)[0].split("/").pop();
  const inline = globalThis.cerminFiles?.[name];
  const body = inline ? fromBase64(inline) : await fetched(url);
  const [head, stream] = await peek(body, 4);
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  if (!gzip && !(head[0] === 0 && head[1] === 0x61 && head[2] === 0x73 && head[3] === 0x6d)) {
    throw new Error(`${name} is neither gzip nor wasm`);
  }
  if (gzip && typeof DecompressionStream !== "function") throw new NeedsNewerBrowser(name);
  const wasm = gzip ? stream.pipeThrough(new DecompressionStream("gzip")) : stream;
  return new Response(wasm, { headers: { "content-type": "application/wasm" } });
}

async function fetched(url) {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  return response.body;
}

function fromBase64(text) {
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return new Blob([bytes]).stream();
}

/** The first `count` bytes of a stream, and the whole stream again, nothing consumed. */
async function peek(body, count) {
  const reader = body.getReader();
  const chunks = [];
  let length = 0;
  while (length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const head = new Uint8Array(length);
  chunks.reduce((at, chunk) => (head.set(chunk, at), at + chunk.length), 0);
  const stream = new ReadableStream({
    start(controller) {
      if (length) controller.enqueue(head);
    },
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return [head, stream];
}
