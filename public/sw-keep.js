// Runs inside the service worker (scripts/postbuild.mjs has Workbox's sw.js import it). When a page asks, it keeps
// that language's pages, search index and quiz bank ("lang"), or everything ("all": the other language and the
// decks too), in the runtime cache the worker serves offline, and tells the page how far it got. Doing this here
// rather than in the page keeps the code out of every page's JavaScript and lets it finish after a navigation.
/* global self, caches, fetch */
const KEEP_CACHE = 'percutanea-runtime';
const match = { ignoreSearch: true, ignoreVary: true };

async function offlineList() {
  try {
    const response = await fetch('/offline.json', { cache: 'no-cache' });
    if (response.ok) return await response.json();
  } catch {
    // offline: fall back to the copy kept with the shell
  }
  const cached = await caches.match('/offline.json', match);
  return cached ? cached.json() : null;
}

/** Fetches into the cache what is not there yet, four at a time. */
async function keep(urls, report) {
  const cache = await caches.open(KEEP_CACHE);
  const queue = [...new Set(urls)];
  const total = queue.length;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        if (!(await cache.match(url, match))) {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (response.ok) await cache.put(url, response);
          else failed++;
        }
      } catch {
        failed++;
      }
      done++;
      report(done, total);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { kept: done - failed, failed };
}

self.addEventListener('message', (event) => {
  const ask = event.data;
  if (!ask || ask.type !== 'PERCUTANEA_KEEP' || (ask.scope !== 'lang' && ask.scope !== 'all')) return;
  const post = (message) => event.source && event.source.postMessage({ type: 'PERCUTANEA_KEPT', scope: ask.scope, ...message });
  event.waitUntil(
    (async () => {
      const list = await offlineList();
      const mine = list && list.langs[ask.lang];
      if (!mine) return post({ state: 'unavailable' });
      let urls = [...mine.pages, ...mine.search];
      if (ask.scope === 'all') {
        const other = list.langs[ask.lang === 'en' ? 'it' : 'en'];
        urls = [...(other ? [...other.pages, ...other.search] : []), ...list.decks, ...urls];
      }
      let last = 0;
      const result = await keep(urls, (done, total) => {
        // A status line, not a log: at most about seven updates a second.
        if (done === total || Date.now() - last > 150) {
          last = Date.now();
          post({ state: 'working', done, total });
        }
      });
      post({ state: 'done', ...result });
    })(),
  );
});
