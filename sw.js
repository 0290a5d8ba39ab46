// Cermin's service worker: after one visit the widget opens, with its history, without a network.
// scripts/offline.mjs writes it into dist/ with the manifest below filled in: the widget's own
// files, each with its SHA-256, and a version made from them. Every file of a version is asked for
// as `name?v=<version>`, so a page only ever gets files of the version its index.html names.
//
// - Install: each file is fetched past the HTTP cache and checked against its hash into a cache of
//   its own version, named `cermin <scope> <installed at> <version>`; one mismatch (a deploy in
//   progress) fails the install and removes that cache; the browser tries again on a later load.
// - Fetch: a navigation to the widget gets the index.html of the newest version cached whole; a
//   versioned file comes from the cache of exactly that version; anything else goes to the
//   network untouched. So the load after a new version is cached is that version, whichever
//   worker serves it: the one in charge serves the newer cache.
// - "Newest" is by the install time in the name: Chrome lists caches in its own order (sorted by
//   name), not in the order they were made, so a version hash says nothing about age.
// - No skipWaiting: a new worker waits, and takes over (activates) once no page uses the old one.
//   Taking over at once raced the navigations in flight: Chrome sent some to the worker being
//   replaced, leaving the new page without a controller, or its load hanging.
// - Activate: caches older than the one before this worker's go (a page still loading the one
//   before keeps its files; a newer one may be installing).
const MANIFEST = /* manifest */ { version: "", files: {} } /* end */;

const SCOPE = self.registration.scope;
const PREFIX = `cermin ${SCOPE} `;

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
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

/** The URL a file of `version` is asked for by. */
const versioned = (name, version = MANIFEST.version) => new URL(`${name}?v=${version}`, SCOPE).href;
/** The version a cache of ours holds: the last word of its name. */
const versionOf = (cacheName) => cacheName.slice(cacheName.lastIndexOf(" ") + 1);

/** This scope's caches, oldest first. */
async function ourCaches() {
  const installedAt = (name) => Number(name.slice(PREFIX.length).split(" ")[0]);
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  return names.sort((a, b) => installedAt(a) - installedAt(b));
}

/** The newest cache of `version`, if any. */
async function cacheOf(version) {
  return (await ourCaches()).reverse().find((name) => versionOf(name) === version);
}

async function precache() {
  if (!MANIFEST.version) throw new Error("sw.js has no manifest: run scripts/offline.mjs");
  const name = `${PREFIX}${Date.now()} ${MANIFEST.version}`;
  // A version is cached whole or not at all.
  await fill(await caches.open(name)).catch(async (error) => {
    await caches.delete(name);
    throw error;
  });
  // A copy of this version left by an earlier registration goes: this one is whole and newer.
  const stale = (await ourCaches()).filter((other) => other !== name && versionOf(other) === MANIFEST.version);
  await Promise.all(stale.map((other) => caches.delete(other)));
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
  const ours = await ourCaches();
  const at = ours.findLastIndex((name) => versionOf(name) === MANIFEST.version);
  await Promise.all(ours.slice(0, Math.max(at - 1, 0)).map((name) => caches.delete(name)));
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
  return fromCache(version, url.href, request);
}

/**
 * The index.html of the newest version cached whole. Not simply this worker's own: the worker in
 * charge keeps serving until no page uses it, and the next load must be the newer version.
 * (`caches.match` with a cache name, never `caches.open`: that would re-create a cache a failed
 * install is deleting.)
 */
async function newestIndex(request) {
  const files = Object.keys(MANIFEST.files);
  for (const name of (await ourCaches()).reverse()) {
    const version = versionOf(name);
    const found = await Promise.all(files.map((file) => caches.match(versioned(file, version), { cacheName: name })));
    if (found.every(Boolean)) return found[files.indexOf("index.html")];
  }
  return fetch(request);
}

/** From the cache of one version, else from the network as if there were no service worker. */
async function fromCache(version, key, request) {
  const name = await cacheOf(version);
  const cached = name && (await caches.match(key, { cacheName: name }));
  return cached || fetch(request);
}
