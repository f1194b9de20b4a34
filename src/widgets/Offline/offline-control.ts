// Registers the service worker (scripts/postbuild.mjs writes it), asks it to keep this language's pages and
// search index for offline use after the first visit, offers the other language and the lecture decks on
// request, and asks before switching to a new version. The fetching itself runs in the worker
// (public/sw-keep.js), which reports progress here. A custom element, no React, and no workbox-window: this
// ships on every page, and the update handshake it would wrap is the few lines in watchForUpdate.

/** What the worker reports while it keeps pages (public/sw-keep.js). */
interface Kept {
  type: 'PERCUTANEA_KEPT';
  scope: 'lang' | 'all';
  state: 'working' | 'done' | 'unavailable';
  done?: number;
  total?: number;
  kept?: number;
  failed?: number;
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
    const text = (key: string, vars: Record<string, number> = {}) =>
      (this.dataset[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
    const say = (state: string, message: string) => {
      this.dataset.state = state;
      status.textContent = message;
    };

    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<Kept>) => {
      const m = event.data;
      if (m?.type !== 'PERCUTANEA_KEPT') return;
      if (m.state === 'working') say('working', text('labelWorking', { done: m.done ?? 0, total: m.total ?? 0 }));
      if (m.state !== 'done') return;
      const failed = m.failed ?? 0;
      say(failed ? 'partial' : m.scope, failed ? text('labelPartial', { failed }) : text(m.scope === 'all' ? 'labelAll' : 'labelLang', { count: m.kept ?? 0 }));
      button.disabled = false;
    });

    navigator.serviceWorker
      .register('/sw.js')
      .then(async (registration) => {
        this.hidden = false;
        watchForUpdate(registration, (accept) => {
          update.hidden = false;
          reload.onclick = accept;
        });
        const worker = (await navigator.serviceWorker.ready).active;
        const ask = (scope: Kept['scope']) => worker?.postMessage({ type: 'PERCUTANEA_KEEP', lang, scope });
        ask('lang');
        button.onclick = () => {
          button.disabled = true;
          ask('all');
        };
      })
      .catch(() => undefined);
  }
}

if (!customElements.get('offline-control')) customElements.define('offline-control', OfflineControl);
