// Service worker: the app opens and works offline after one visit.
// scripts/post_build.py fills in the version, the exact list of built files (content-hashed names) and the pages
// to keep, so the cache always matches the build it belongs to. Everything is relative to this file's own URL,
// so the worker works under any sub-path.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PAGES = __PAGES__;
const CACHE = `layanan-${VERSION}`;
const SCOPE = new URL('./', self.location).href;
const OFFLINE = new URL('./offline.html', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll([...FILES, ...PAGES].map((a) => new URL(a, SCOPE).href))),
  );
  // No skipWaiting here: a new version waits until the page asks (the "Muat ulang" banner), so a resident is
  // never switched to new code in the middle of a form.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('layanan-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(keepOpenPages)
      .then(() => self.clients.claim()),
  );
});

// The pages open while the worker starts were loaded before it could keep them: a form opened from a WhatsApp
// link would otherwise not reopen offline, though its draft is on the phone. Kept before taking charge.
async function keepOpenPages() {
  const cache = await caches.open(CACHE);
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  await Promise.all(windows.filter((w) => w.url.startsWith(SCOPE)).map(async (w) => {
    const key = pageKey(w.url);
    if (await cache.match(key)) return;
    try {
      const response = await fetch(key);
      if (response.ok) await cache.put(key, response);
    } catch (_) {
      // Offline already: nothing to keep.
    }
  }));
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Only this app's own GET requests; anything else goes to the network untouched.
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  event.respondWith(file(request));
});

// Files have content-hashed names and never change: the kept copy, else the network's, kept for next time
// (a data file past the install budget, the search file of a large catalogue).
async function file(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && new URL(request.url).search === '') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

/// The address a page is kept under: its folder, with a trailing slash and without the query.
function pageKey(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  if (!u.pathname.endsWith('/') && !u.pathname.split('/').pop().includes('.')) u.pathname += '/';
  return u.href;
}

// Pages: try the network (to see a new version soon) and keep what it gives; fall back to the kept page. On a
// weak signal the network may neither answer nor fail for a long time: after a few seconds the kept page is
// served instead. A page never opened before and not kept says so (offline.html).
const NETWORK_TIMEOUT_MS = 4000;

async function page(request) {
  const cache = await caches.open(CACHE);
  const key = pageKey(request.url);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS)),
    ]);
    if (response.ok) {
      await cache.put(key, response.clone());
      return response;
    }
    // A redirect (the host adding the trailing slash) is the browser's to follow; a 404 is the host's answer.
    if (response.type === 'opaqueredirect' || response.status === 404) return response;
  } catch (_) {
    // Offline or the host is down: use the cache below.
  }
  return (await cache.match(key)) || (await cache.match(OFFLINE)) || Response.error();
}
