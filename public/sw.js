// Service worker: the app opens and works offline after one visit.
// scripts/post_build.py fills in the version and the exact list of built files (content-hashed names), so the
// cache always matches the build it belongs to. Everything is relative to this file's own URL, so the worker
// works under any sub-path.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const CACHE = `layanan-${VERSION}`;
const SCOPE = new URL('./', self.location).href;
const INDEX = new URL('./index.html', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map((a) => new URL(a, SCOPE).href))),
  );
  // No skipWaiting here: a new version waits until the page asks (the "Muat ulang" banner), so a resident is
  // never switched to new code in the middle of a form.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('layanan-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Only this app's own GET requests; anything else goes to the network untouched.
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstIndex(request));
    return;
  }
  event.respondWith(
    caches.match(request).then((hit) => hit || fetch(request)),
  );
});

// Pages: try the network (to see a new version soon), fall back to the cached app shell. Every path inside
// the scope is an app route, so the shell serves deep links offline too.
// On a weak signal the network may neither answer nor fail for a long time: after a few seconds the cached
// shell is served instead.
const NETWORK_TIMEOUT_MS = 4000;

async function networkFirstIndex(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS)),
    ]);
    if (response.ok || response.status === 404) {
      // Static hosts answer deep links with 404.html (the same shell); keep the freshest shell for offline use.
      const shell = response.clone();
      if (response.ok && new URL(request.url).href === SCOPE) await cache.put(INDEX, shell);
      return response;
    }
  } catch (_) {
    // Offline or the host is down: use the cache below.
  }
  return (await cache.match(INDEX)) || Response.error();
}
