// Widget tests share one jsdom per worker (isolate: false in vitest.config.ts: a fresh process and jsdom for
// each of ~55 files cost three times the tests themselves). So each file starts from a blank page, as it
// would in a new tab: no markup, storage, address, language, title or scheme left by the file before, real
// timers, no spies or stubbed globals. (IndexedDB is reset before every test by setup-indexeddb.ts.)
import { beforeAll, vi } from 'vitest';

beforeAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  if (typeof window === 'undefined') return;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.title = '';
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
