// After `astro build` and `pagefind`: (1) every page gets the referrer meta and its own CSP meta
// (inline scripts by hash), and dist/_headers gets the site-wide policy; (2) dist/offline.json lists
// what each language needs offline; (3) Workbox writes dist/sw.js, which precaches the shell and
// caches pages, search index, deck data and the quiz bank's JSON as they are fetched. Run by `npm run build`.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { generateSW } from 'workbox-build';
import { harden } from './csp.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
export const RUNTIME_CACHE = 'percutanea-runtime';

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

const files = (await walk(dist)).map((f) => relative(dist, f).split(sep).join('/'));
const html = files.filter((f) => f.endsWith('.html'));

// (1) Headers and metas.
const allHashes = new Set();
for (const path of html) {
  const full = join(dist, path);
  const { html: out, hashes } = harden(await readFile(full, 'utf8'), path);
  hashes.forEach((h) => allHashes.add(h));
  await writeFile(full, out);
}
const headersPath = join(dist, '_headers');
const headers = await readFile(headersPath, 'utf8');
if (!headers.includes('{{SCRIPT_HASHES}}')) throw new Error('public/_headers: {{SCRIPT_HASHES}} placeholder missing');
await writeFile(headersPath, headers.replaceAll('{{SCRIPT_HASHES}}', [...allHashes].sort().join(' ')));

// (2) What to fetch for offline use, per language; decks (both languages) on request.
const url = (path) => `/${path.replace(/index\.html$/, '')}`;
const isDeck = (path) => /^(it|en)\/present\//.test(path);
const offline = { langs: {}, decks: [] };
for (const lang of ['it', 'en']) {
  // The quiz and review islands fetch the question bank as JSON (src/pages/quiz-data): kept with the pages.
  const quizData = files.filter((f) => f.startsWith(`quiz-data/${lang}/`) && f.endsWith('.json')).map((f) => `/${f}`);
  const pages = [...html.filter((p) => p.startsWith(`${lang}/`) && !isDeck(p)).map(url), ...quizData];
  const search = files
    .filter((f) => f.startsWith('pagefind/'))
    .filter((f) => /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json)$/.test(f) || f.includes(`${lang}_`) || f.includes(`.${lang}.`) || f === 'pagefind/wasm.unknown.pagefind')
    .map((f) => `/${f}`);
  offline.langs[lang] = { pages, search };
}
offline.decks = [...html.filter(isDeck).map(url), ...files.filter((f) => f.startsWith('present-data/')).map((f) => `/${f}`)];
await writeFile(join(dist, 'offline.json'), JSON.stringify(offline));

// (3) The service worker. The keeping code it imports must fill the cache the worker serves from.
if (!(await readFile(join(dist, 'sw-keep.js'), 'utf8')).includes(`'${RUNTIME_CACHE}'`)) throw new Error(`public/sw-keep.js: must keep pages in the '${RUNTIME_CACHE}' cache`);
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['_astro/**/*.{js,css}', 'favicon.svg', 'icons/*.{svg,png}', 'manifest.webmanifest', 'index.html', '404.html', 'it/index.html', 'en/index.html', 'offline.json'],
  swDest: join(dist, 'sw.js'),
  // Keeping a language (or everything) for offline use runs in the worker, asked by the page (public/sw-keep.js).
  importScripts: ['/sw-keep.js'],
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  // A new version waits until the user accepts the update prompt (workbox-window messageSkipWaiting).
  skipWaiting: false,
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  navigateFallback: null,
  runtimeCaching: [
    {
      // Pages, search index, deck data, quiz bank JSON: fresh when online, from the cache when not.
      urlPattern: ({ url, sameOrigin }) => sameOrigin && !url.pathname.startsWith('/_astro/'),
      handler: 'NetworkFirst',
      options: { cacheName: RUNTIME_CACHE, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true, ignoreVary: true } },
    },
  ],
});
for (const w of warnings) console.warn(`sw: ${w}`);
console.log(`postbuild: ${html.length} pages hardened (${allHashes.size} inline script hashes); sw.js precaches ${count} files (${Math.round(size / 1024)} kB)`);
