// Cermin's service worker: after one visit the widget opens, with its history, without a network.
// scripts/offline.mjs writes it into dist/ with the manifest below filled in: the widget's own
// files, each with its SHA-256, and a version made from them. Every file of a version is asked for
// as `name?v=<version>`, so a page only ever gets files of the version its index.html names.
//
// - Install: each file is fetched past the HTTP cache and checked against its hash into a cache of
//   its own version; one mismatch (a deploy in progress) fails the install, tried again next load.
// - Then it takes over at once (skipWaiting): the next load gets the new version.
// - Fetch: a navigation to the widget gets the index.html of the newest version cached whole; a
//   versioned file comes from the cache of exactly that version; anything else goes to the
//   network untouched.
// - Activate: caches of older versions of this scope go, but the one before (a page still
//   loading it keeps its files).
const MANIFEST = /* manifest */ { version: "", files: {} } /* end */;

const SCOPE = self.registration.scope;
const PREFIX = `cermin ${SCOPE} `;
const CACHE = PREFIX + MANIFEST.version;

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(prune().then(() => self.clients.claim()));
});

// Which version this worker serves (for the tests, and for anyone debugging a deploy).
self.addEventListener("message", (event) => {
  if (event.data === "cermin:version") event.source?.postMessage({ "cermin:version": MANIFEST.version });
});

self.addEventListener("fetch", (event) => {
  const response = respond(event.request);
  if (response) event.respondWith(response);
});

/** The URL a file of this version is asked for by. */
const versioned = (name) => new URL(`${name}?v=${MANIFEST.version}`, SCOPE).href;

async function precache() {
  if (!MANIFEST.version) throw new Error("sw.js has no manifest: run scripts/offline.mjs");
  const cache = await caches.open(CACHE);
  // A version is cached whole or not at all.
  await fill(cache).catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  });
}

async function fill(cache) {
  await Promise.all(
    Object.entries(MANIFEST.files).map(async ([name, hash]) => {
      const response = await fetch(new URL(name, SCOPE), { cache: "no-cache" });
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      const body = await response.clone().arrayBuffer();
      const digest = await crypto.subtle.digest("SHA-256", body);
      const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
      if (hex !== hash) throw new Error(`${name} is not the file of version ${MANIFEST.version}`);
      // The network's own response, not a copy: the browser keeps the wasm's compiled code
      // beside a cached response, which makes a repeat visit start faster.
      await cache.put(versioned(name), response);
    }),
  );
}

async function prune() {
  const ours = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  const at = ours.indexOf(CACHE);
  const keep = new Set([CACHE, ours[at - 1]]);
  await Promise.all(ours.filter((name) => !keep.has(name)).map((name) => caches.delete(name)));
}

function respond(request) {
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return null;
  const url = new URL(request.url);
  const name = url.pathname.slice(new URL(SCOPE).pathname.length);
  if (request.mode === "navigate") {
    if (name !== "" && name !== "index.html") return null;
    return newestIndex(request);
  }
  const version = url.searchParams.get("v");
  if (!version || !(name in MANIFEST.files) || url.search !== `?v=${version}`) return null;
  return fromCache(PREFIX + version, url.href, request);
}

/**
 * The index.html of the newest version cached whole. Not simply this worker's own: a navigation
 * can reach a worker that a newer one is replacing, and the next load must be the newer version.
 */
async function newestIndex(request) {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX)).reverse();
  for (const name of names) {
    const version = name.slice(PREFIX.length);
    const cache = await caches.open(name);
    const keys = new Set((await cache.keys()).map((r) => r.url));
    const url = (file) => new URL(`${file}?v=${version}`, SCOPE).href;
    if (Object.keys(MANIFEST.files).every((file) => keys.has(url(file)))) {
      const index = await cache.match(url("index.html"));
      if (index) return index;
    }
  }
  return fetch(request);
}

/** From the cache of one version, else from the network as if there were no service worker. */
async function fromCache(cacheName, key, request) {
  const cache = (await caches.has(cacheName)) ? await caches.open(cacheName) : null;
  return (await cache?.match(key)) ?? fetch(request);
}
