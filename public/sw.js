// KafkaScope's service worker: once the app has loaded, it works without a network. Built files
// have content hashes in their names, so they are served cache-first; the page itself is fetched
// network-first (a new build shows up at once when online) and from the cache when offline.
// Registered by src/boot/serviceWorker.ts in production builds only.

// Replaced at build time with the build's version and files (serviceWorkerBuild in vite.config.ts).
const BUILD = /* @build */ { version: 'dev', files: [] };
const PREFIX = 'kafkascope-';
const CACHE = PREFIX + BUILD.version;
const SHELL = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.files.map((file) => new URL(file, self.registration.scope).href))),
  );
  // No skipWaiting(): a page opened on the previous build keeps its worker and its cache (its lazy
  // chunks included) until every tab of it is closed. A first install has nothing to wait for.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function pageFromNetwork(request) {
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(SHELL, copy));
    }
    return response;
  } catch (error) {
    const cached = await caches.match(SHELL, { cacheName: CACHE, ignoreVary: true, ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function assetFromCache(request) {
  // Module scripts are fetched with an Origin header and servers answer "Vary: Origin": the
  // precached copy (fetched without one) would never match. Built files are the same for everyone.
  const cached = await caches.match(request, { cacheName: CACHE, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? pageFromNetwork(request) : assetFromCache(request));
});
