// Not a test: builds the site (unless --no-build) and reports, per page type, the JavaScript its heaviest page
// loads on page load (gzip: the page's own islands + site chrome + inline scripts, with everything they import
// statically) and its HTML, against the budgets below. Exits 1 when a budget is exceeded.
// Code that waits for a user action is printed apart as "on demand" and is not budgeted: a chunk counts as on
// demand only when it is reached through a dynamic import() AND its name is in `onDemandChunks` below, a list of
// imports reviewed to run only after a click (checking an answer, opening a tool). Any other dynamic import
// (e.g. a plugin imported at start-up) is counted as loaded with the page, so the split cannot flatter a page.
// With --lighthouse it also serves dist/ and runs Lighthouse (mobile preset, Debian Chromium) on one page of each
// type and prints the four scores: too slow and noisy for CI, so not a test.
//   npm run bench                 build + budgets
//   npm run bench -- --no-build   budgets on the existing dist/
//   npm run bench -- --no-build --lighthouse
//   npm run bench -- --no-build --lighthouse='calculator page,case page'
//   npm run bench -- --no-build --pages='calculator page'   every page of those types, heaviest first
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const lighthouseArg = args.find((a) => a === '--lighthouse' || a.startsWith('--lighthouse='));
const withLighthouse = Boolean(lighthouseArg);
/** `--lighthouse=calculator page,case page` limits Lighthouse to those page types. */
const lighthouseTypes = lighthouseArg?.includes('=') ? lighthouseArg.split('=')[1].split(',') : null;
const pagesArg = args.find((a) => a.startsWith('--pages='));
/** `--pages=calculator page,case page` lists every page of those types with its JS at load and on demand. */
const listTypes = pagesArg ? pagesArg.split('=')[1].split(',') : [];
const kB = 1024;

/**
 * Budgets in gzip bytes for the heaviest page of each type (issue 12). `js` counts every script the page loads;
 * `html` the document itself. Types without a budget are printed for information.
 */
export const budgets = {
  'calculator page': { js: 80 * kB },
  'lesson with widgets': { js: 85 * kB },
  'lesson without widgets': { js: 8 * kB },
  'algorithm page': { js: 85 * kB },
  'quiz index': { js: 100 * kB, html: 15 * kB },
  'quiz review': { js: 100 * kB, html: 15 * kB },
  'case page': { js: 5 * kB },
  'case quiz page': { js: 100 * kB },
  'deck page': { js: 115 * kB },
};

let buildSeconds = NaN;
if (!skipBuild) {
  const t0 = Date.now();
  const r = spawnSync('npm run build', { shell: true, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  buildSeconds = (Date.now() - t0) / 1000;
}

const htmlFiles = (dir) => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(p);
  return n.endsWith('.html') ? [p] : [];
});

/**
 * Dynamic imports that run only after a user action, by chunk name (the file name before its hash). Each entry
 * names the click that loads it; add one only for an import() that sits in an event handler.
 */
export const onDemandChunks = {
  'record-lesson-answer': 'LessonCheck, when an answer is checked (scheduler + progress store)',
  // Deck pages: a site deck never loads these; a lecture loads the first two only when it holds the lecturer's
  // own slides (then about 130 kB in all), and a widget's code only when its slide is shown.
  zoom: 'Presenter, the first time the lecturer presses Alt (reveal.js zoom is Alt+click)',
  'own-markdown': "Presenter, a lecture with the lecturer's own Markdown slides (reveal.js Markdown plugin)",
  'own-store': "Presenter, a lecture with the lecturer's own slides or images (IndexedDB)",
  // One chunk per lesson widget (widget-slides.ts), fetched by WidgetSlide when that widget's slide of a module
  // deck becomes the current slide; the deck pages of other modules never fetch it.
  PainGeneratorCheck: 'Presenter, when the pain generator slide of the M1 deck is shown',
  CurativePalliativeCheck: 'Presenter, when the curative or palliative slide of the M2 deck is shown',
  ReadinessCheck: 'Presenter, when the readiness slide of the M3 deck is shown',
  AblationIndicationsCheck: 'Presenter, when the ablation indications slide of the M5 deck is shown',
  RtResponseChart: 'Presenter, when the RT response chart slide of the M5 deck is shown',
  VertebroplastyCheck: 'Presenter, when the vertebroplasty candidate slide of the M6 deck is shown',
  VertebroplastyApproach: 'Presenter, when the approach explorer slide of the M6 deck is shown',
  AugmentationChoice: 'Presenter, when the augmentation choice slide of the M7 deck is shown',
  AblationChooser: 'Presenter, when the ablation chooser slide of the M8 deck is shown',
  CryoPlanner: 'Presenter, when the cryoablation planner slide of the M9 deck is shown',
  CoblationCheck: 'Presenter, when the coblation candidate slide of the M10 deck is shown',
  ThermalProtectionChooser: 'Presenter, when the thermal protection slide of the M11 deck is shown',
  MrgfusCheck: 'Presenter, when the MRgFUS eligibility slide of the M12 deck is shown',
  EmbolizationPlanner: 'Presenter, when the embolization planner slide of the M13 deck is shown',
  EvidenceTable: 'Presenter, when the VP + RF evidence table slide of the M14 deck is shown',
  SinsCalculator: 'a lesson\'s "Open the SINS tool" button (OnDemandTool), or the SINS slide of the M4 deck when shown; on /tools/sins/ it is the page\'s island, counted',
  SumScoreCalculator: 'a lesson\'s "Open the Tokuhashi tool" button (any sum score); on /tools/tokuhashi/ the page\'s island, counted',
  EsccPicker: 'a lesson\'s "Open the ESCC tool" button; on /tools/escc/ the page\'s island, counted',
  NomsCalculator: 'a lesson\'s "Open the NOMS tool" button; on /tools/noms/ the page\'s island, counted',
  'sins-items': 'CaseQuiz, when the learner opens "Score it item by item" in a SINS question (SINS inputs and wording)',
  'mark-read-write':
    'MarkRead, when "mark as read" is pressed (idb + progress store); also, once, in a browser still holding the previous release\'s localStorage progress, to move it into the log',
};
const chunkName = (file) => file.replace(/^.*\//, '').replace(/\.[\w-]+\.js$/, '');
const isOnDemand = (file) => Object.hasOwn(onDemandChunks, chunkName(file));

/**
 * A JS file plus everything it loads with it from the same site (any quote style): static imports, and dynamic
 * ones unless they are on demand, which go to `later` (with their own imports) when given.
 */
function jsClosure(entry, seen = new Set(), later = null) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const m of text.matchAll(/(import\s*\(|import|from)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    const file = resolve(dirname(entry), m[2]);
    if (m[1] !== 'import' && m[1] !== 'from' && isOnDemand(file)) {
      if (later) jsClosure(file, later.files, later);
    } else jsClosure(file, seen, later);
  }
  return seen;
}
const urlToFile = (url) => join(dist, url.split('?')[0]);
/** Libraries that must never reach the browser (issue 12): found by strings their minified code keeps. */
const forbidden = { zod: /\$ZodType|ZodError/, i18next: /i18next was not initialized|i18next\.changeLanguage/ };
const foundCache = new Map();
const forbiddenIn = (f) => {
  if (!foundCache.has(f)) {
    const text = readFileSync(f, 'utf8');
    foundCache.set(f, Object.keys(forbidden).filter((name) => forbidden[name].test(text)));
  }
  return foundCache.get(f);
};
const gzipCache = new Map();
const gz = (f) => {
  if (!gzipCache.has(f)) gzipCache.set(f, gzipSync(readFileSync(f)).length);
  return gzipCache.get(f);
};

function pageJs(html) {
  const files = new Set();
  const later = { files: new Set() };
  let inline = 0;
  let islands = 0;
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    const attrs = m[1];
    if (!/\sdata-site-chrome\b/.test(attrs)) islands++;
    for (const key of ['component-url', 'renderer-url']) {
      const url = attrs.match(new RegExp(`${key}="([^"]+)"`))?.[1];
      if (url) jsClosure(resolve(urlToFile(url)), files, later);
    }
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) jsClosure(resolve(urlToFile(m[1])), files, later);
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    // JSON data blocks are not code.
    if (/type="application\/(?:ld\+)?json"/.test(m[1]) || m[2].trim() === '') continue;
    inline += gzipSync(m[2]).length;
  }
  const js = [...files].reduce((acc, f) => acc + gz(f), 0) + inline;
  const onDemand = [...later.files].filter((f) => !files.has(f)).reduce((acc, f) => acc + gz(f), 0);
  const libs = [...new Set([...files, ...later.files].flatMap(forbiddenIn))];
  return { js, onDemand, files: files.size, islands, html: gzipSync(html).length, libs };
}

export function pageType(rel, islands) {
  if (rel === '/') return 'root (language redirect)';
  if (rel.startsWith('/404')) return '404';
  const m = rel.match(/^\/(it|en)\/(.*)$/);
  if (!m) return 'other';
  const parts = m[2].split('/').filter(Boolean);
  const [section, item, sub] = parts;
  if (!section) return 'home';
  if (section === 'quiz') return item === 'review' ? 'quiz review' : 'quiz index';
  if (!item) return `${section} index`;
  if (section === 'lessons') return islands > 0 ? 'lesson with widgets' : 'lesson without widgets';
  if (section === 'tools') return 'calculator page';
  if (section === 'algorithms') return 'algorithm page';
  if (section === 'cases') return sub === 'quiz' ? 'case quiz page' : 'case page';
  if (section === 'present') return 'deck page';
  return `${section} page`;
}

const files = htmlFiles(dist);
// A failed build can leave dist/ empty: that is a failure, not "every page within budget".
if (files.length === 0) {
  console.log(`FAIL: no page in ${dist} (did the build fail?)`);
  process.exit(1);
}
const byType = new Map();
for (const f of files) {
  const rel = f.slice(dist.length).replace(/index\.html$/, '');
  const page = pageJs(readFileSync(f, 'utf8'));
  const type = pageType(rel, page.islands);
  const row = byType.get(type) ?? { pages: 0, js: null, html: null, onDemand: 0, libs: new Map(), list: [] };
  row.pages++;
  row.onDemand = Math.max(row.onDemand, page.onDemand);
  row.list.push({ rel, ...page });
  for (const lib of page.libs) if (!row.libs.has(lib)) row.libs.set(lib, rel);
  if (!row.js || page.js > row.js.js) row.js = { ...page, example: rel };
  if (!row.html || page.html > row.html.html) row.html = { ...page, example: rel };
  byType.set(type, row);
}

const fmt = (n) => `${(n / kB).toFixed(1)} kB`;
console.log(`build time: ${Number.isNaN(buildSeconds) ? 'skipped' : `${buildSeconds.toFixed(1)} s`} (astro build + pagefind)`);
console.log(`pages built: ${files.length}\n`);
const rows = [['page type', 'pages', 'JS at load (heaviest)', 'budget', 'on demand (max)', 'HTML gzip (heaviest)', 'budget', 'verdict', 'heaviest JS page']];
let failures = 0;
for (const [type, r] of [...byType].sort()) {
  const b = budgets[type] ?? {};
  const jsOk = b.js === undefined || r.js.js <= b.js;
  const htmlOk = b.html === undefined || r.html.html <= b.html;
  const libsOk = r.libs.size === 0;
  const verdict = !libsOk ? `SHIPS ${[...r.libs.keys()].join('+')}` : b.js === undefined && b.html === undefined ? '' : jsOk && htmlOk ? 'ok' : 'OVER';
  if (verdict !== '' && verdict !== 'ok') failures++;
  rows.push([type, String(r.pages), fmt(r.js.js), b.js ? fmt(b.js) : '—', r.onDemand ? fmt(r.onDemand) : '—', fmt(r.html.html), b.html ? fmt(b.html) : '—', verdict, r.js.example]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
// Every budgeted page type must be measured; only "lesson without widgets" may be absent (today every lesson has one).
for (const type of Object.keys(budgets)) {
  if (byType.has(type)) continue;
  console.log(`(no page of type "${type}" was built)`);
  if (type !== 'lesson without widgets') failures++;
}
for (const type of listTypes) {
  console.log(`\n${type}: JS at load / on demand, every page`);
  for (const p of (byType.get(type)?.list ?? []).sort((a, b) => b.js - a.js)) {
    console.log(`${fmt(p.js).padStart(9)}  ${(p.onDemand ? fmt(p.onDemand) : '—').padStart(9)}  ${p.rel}${p.libs.length ? `  (${p.libs.join('+')})` : ''}`);
  }
}

if (withLighthouse) await lighthouse([...byType].filter(([type]) => !lighthouseTypes || lighthouseTypes.includes(type)).map(([type, r]) => ({ type, path: r.js.example })));

if (failures > 0) {
  console.log(`\nFAIL: ${failures} page type(s) over budget or shipping zod/i18next to the browser`);
  process.exit(1);
}
console.log('\nevery page type within budget: ok');

/** Serves dist/ with astro preview and runs Lighthouse (mobile preset, the default) once per page type. */
async function lighthouse(pages) {
  const port = Number(process.env.PORT ?? 4335);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, detached: true,
  });
  try {
    for (let i = 0; i < 60; i++) {
      if (await fetch(`${base}/it/`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    console.log('\nLighthouse 13 (mobile preset), one page per type: performance / accessibility / best practices / SEO');
    for (const { type, path } of pages.filter((p) => p.path.startsWith('/it/') || p.path.startsWith('/en/'))) {
      const r = spawnSync('npx', ['lighthouse', `${base}${path}`, '--quiet', '--output=json', '--output-path=stdout',
        '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } });
      try {
        const c = JSON.parse(r.stdout).categories;
        const s = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(3);
        console.log(`${type.padEnd(24)} ${s('performance')} ${s('accessibility')} ${s('best-practices')} ${s('seo')}  ${path}`);
      } catch {
        console.log(`${type.padEnd(24)} lighthouse failed: ${(r.stderr || '').split('\n').slice(-3).join(' ')}`);
      }
    }
  } finally {
    try { process.kill(-server.pid); } catch { /* already gone */ }
  }
}
