// Registers the service worker (scripts/postbuild.mjs writes it), keeps this language's pages and
// search index for offline use after the first visit, offers the other language and the lecture
// decks on request, and asks before switching to a new version. A custom element, no React, and
// no workbox-window either: this ships on every page, where the site-chrome budget (scripts/bench.mjs)
// leaves no room for it, and the update handshake it would wrap is the few lines in watchForUpdate.

/** The service worker's runtime cache (scripts/postbuild.mjs): what is put here is served offline. */
const CACHE = 'percutanea-runtime';

interface OfflineList {
  langs: Record<string, { pages: string[]; search: string[] }>;
  decks: string[];
}

/** Fetches into the cache what is not there yet, a few at a time; returns how many are now kept. */
async function keep(urls: readonly string[], onProgress: (done: number) => void): Promise<{ kept: number; failed: number }> {
  const cache = await caches.open(CACHE);
  let done = 0;
  let failed = 0;
  const queue = [...new Set(urls)];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        if (!(await cache.match(url, { ignoreSearch: true, ignoreVary: true }))) {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (response.ok) await cache.put(url, response);
          else failed++;
        }
      } catch {
        failed++;
      }
      onProgress(++done);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { kept: done - failed, failed };
}

/**
 * A new version installed while this one controls the page waits (the worker is built with
 * skipWaiting off): offer it, and on acceptance tell it to take over (Workbox's SKIP_WAITING
 * message) and reload once it has.
 */
function watchForUpdate(registration: ServiceWorkerRegistration, offer: (accept: () => void) => void) {
  const accept = (worker: ServiceWorker) => () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  if (registration.waiting && navigator.serviceWorker.controller) offer(accept(registration.waiting));
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(accept(worker));
    });
  });
}

class OfflineControl extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-offline-status]');
    const button = this.querySelector<HTMLButtonElement>('[data-offline-all]');
    const update = this.querySelector<HTMLElement>('[data-offline-update]');
    const reload = this.querySelector<HTMLButtonElement>('[data-offline-reload]');
    if (!status || !button || !update || !reload) return;
    if (!('serviceWorker' in navigator) || !('caches' in window) || location.protocol === 'file:') return;
    const lang = document.documentElement.lang === 'en' ? 'en' : 'it';
    const other = lang === 'en' ? 'it' : 'en';
    const text = (key: string, vars: Record<string, number> = {}) =>
      (this.dataset[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
    const say = (state: string, message: string) => {
      this.dataset.state = state;
      status.textContent = message;
    };

    const list = async (): Promise<OfflineList | null> => {
      try {
        const response = await fetch('/offline.json');
        return response.ok ? ((await response.json()) as OfflineList) : null;
      } catch {
        const cached = await caches.match('/offline.json', { ignoreSearch: true, ignoreVary: true });
        return cached ? ((await cached.json()) as OfflineList) : null;
      }
    };

    const fetchAll = async (urls: string[], state: string) => {
      const result = await keep(urls, (done) => say('working', text('labelWorking', { done, total: urls.length })));
      say(result.failed ? 'partial' : state, result.failed ? text('labelPartial', { failed: result.failed }) : text(state === 'all' ? 'labelAll' : 'labelLang', { count: result.kept }));
    };

    navigator.serviceWorker
      .register('/sw.js')
      .then(async (registration) => {
        this.hidden = false;
        watchForUpdate(registration, (accept) => {
          update.hidden = false;
          reload.onclick = accept;
        });
        await navigator.serviceWorker.ready;
        const offline = await list();
        const mine = offline?.langs[lang];
        if (!offline || !mine) return;
        await fetchAll([...mine.pages, ...mine.search], 'lang');
        button.onclick = async () => {
          button.disabled = true;
          const theirs = offline.langs[other];
          await fetchAll([...(theirs?.pages ?? []), ...(theirs?.search ?? []), ...offline.decks, ...mine.pages, ...mine.search], 'all');
          button.disabled = false;
        };
        button.disabled = false;
      })
      .catch(() => undefined);
  }
}

if (!customElements.get('offline-control')) customElements.define('offline-control', OfflineControl);
