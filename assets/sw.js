// The app's service worker: it keeps a copy of every file of one build so the app opens and
// works offline after one visit. This is a template: scripts/sw.mjs (run by scripts/build.sh
// after trunk) writes dist/sw.js from it with VERSION (a hash of every file of the build) and
// FILES (every file of dist/, relative to this worker) filled in. Plain JS, no imports.
//
// Life cycle:
//   install  - fetches every file of the build (and "./", the page the browser navigates to)
//              into a cache named after this version. It does not take over by itself: a new
//              version waits until the page asks (the 「新しい版があります」 prompt), so a page
//              never runs with files of two builds.
//   activate - deletes the caches of older versions of this app (same scope), then controls
//              the open pages (clients.claim()).
//   fetch    - same-origin GET requests are answered from this version's cache first, then
//              from the network; a navigation that fails offline gets the cached index.html.
//              Everything else is left to the browser.
//   message  - {type: 'skip-waiting'} from the page activates the waiting version.
'use strict';

const VERSION = '__VERSION__';
const FILES = /* __FILES__ */ [];

// One cache per version, named after the scope too, so two copies of the app served under
// different paths of one origin never delete each other's files.
const PREFIX = `declaration-app:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;

/** The same response without its "redirected" mark, which a navigation may not be answered with. */
async function plain(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(['./', ...FILES].map(async (file) => {
      // `reload`: past the browser's HTTP cache, so the files are those of this build.
      const response = await fetch(new Request(file, { cache: 'reload' }));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      await cache.put(file, await plain(response));
    }));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(request);
    if (cached) return cached;
    try {
      return await fetch(request);
    } catch (offline) {
      if (request.mode === 'navigate') {
        const page = await cache.match('index.html');
        if (page) return page;
      }
      throw offline;
    }
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});
