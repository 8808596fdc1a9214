/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker that makes the playground work offline after one visit. On install it
 * precaches everything the build produced — the app, Monaco and its worker, ELK and its worker,
 * the Arbor worker, every prerendered page (docs, examples) — under a cache named for this
 * version, and drops older caches on activation. Requests are answered from the cache first; a
 * navigation the cache does not know falls back to the playground's page, so the single-page app
 * still starts with the network off.
 */

import { build, files, prerendered, version, base } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `arbor-${version}`;
const ASSETS = [...new Set([...build, ...files, ...prerendered, `${base}/`])];

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(ASSETS);
      await cacheWorkerChunks(cache);
      await worker.skipWaiting();
    })(),
  );
});

/**
 * Module workers load chunks of their own later (the Arbor worker's archive code and its library's
 * `platform/`: `import("./chunks/x.js")`), which SvelteKit's `build` list does not name. They are
 * found in the worker scripts already cached (and in those chunks, for theirs) and cached too, so
 * a reload with the network off has them even when the first visit never asked for them. A
 * reference that does not load is skipped: it cannot make the install fail.
 */
async function cacheWorkerChunks(cache: Cache): Promise<void> {
  const seen = new Set<string>(ASSETS);
  const queue = build.filter((asset) => /\/_app\/immutable\/workers\/[^/]+\.js$/.test(asset));
  while (queue.length > 0) {
    const script = queue.pop()!;
    const response = await cache.match(script);
    if (!response) continue;
    const text = await response.text();
    for (const [reference] of text.matchAll(/\.\/(?:chunks\/)?[\w-]+\.js/g)) {
      const url = new URL(reference, new URL(script, location.href)).pathname;
      if (seen.has(url)) continue;
      seen.add(url);
      try {
        const chunk = await fetch(url);
        if (!chunk.ok) continue;
        await cache.put(url, chunk);
        queue.push(url);
      } catch {
        // Not a chunk after all (or the network went away): the runtime cache still keeps it.
      }
    }
  }
}

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await worker.clients.claim();
    })(),
  );
});

/** The cache key of a page: prerendered pages are stored as `/docs/x`, requested as `/docs/x` or `/docs/x/`. */
function pageKey(url: URL): string {
  return url.pathname.length > base.length + 1 && url.pathname.endsWith('/')
    ? url.pathname.slice(0, -1)
    : url.pathname;
}

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached =
        (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(pageKey(url)));
      if (cached) return cached;
      try {
        const response = await fetch(request);
        // Anything else of this site that loads (a chunk the precache list missed) is kept too.
        if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
        return response;
      } catch (error) {
        if (request.mode === 'navigate') {
          const shell = await cache.match(`${base}/`);
          if (shell) return shell;
        }
        throw error;
      }
    })(),
  );
});
