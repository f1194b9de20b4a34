// Not a test: builds the site and reports build time, pages built, and the JavaScript each page type ships
// (raw and gzip), split into the page's own island code and the site-wide chrome (language switch, the
// lesson's "mark as read" toggle, the module lists' progress marks). Anything marked data-site-chrome
// (an astro-island or a custom element with a script) counts as chrome, as do plain scripts.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const skipBuild = process.argv.includes('--no-build');
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

/** A JS file plus everything it imports statically or dynamically from the same site. */
function jsClosure(entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) jsClosure(resolve(dirname(entry), m[1]), seen);
  return seen;
}
const urlToFile = (url) => join(dist, url.split('?')[0]);
/** Site chrome on a lesson page without widgets may not exceed this much JavaScript, gzip. */
const CHROME_BUDGET_GZIP = 8 * 1024;

function pageJs(html) {
  const own = new Set();
  const site = new Set();
  let inlineBytes = 0;
  let inlineGzip = 0;
  let islands = 0;
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    const attrs = m[1];
    const component = attrs.match(/component-url="([^"]+)"/)?.[1];
    const renderer = attrs.match(/renderer-url="([^"]+)"/)?.[1];
    const chrome = /\sdata-site-chrome\b/.test(attrs);
    if (!chrome) islands++;
    for (const url of [component, renderer]) if (url) jsClosure(resolve(urlToFile(url)), chrome ? site : own);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) jsClosure(resolve(urlToFile(m[1])), site);
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    // JSON data blocks are not code.
    if (/type="application\/(?:ld\+)?json"/.test(m[1]) || m[2].trim() === '') continue;
    inlineBytes += Buffer.byteLength(m[2]);
    inlineGzip += gzipSync(m[2]).length;
  }
  // Code shared by a page's own islands and the chrome counts once, as the page's own.
  for (const f of own) site.delete(f);
  const size = (files) => [...files].reduce((acc, f) => {
    const buf = readFileSync(f);
    return { raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf).length };
  }, { raw: 0, gzip: 0 });
  return { own: size(own), site: size(site), inlineBytes, inlineGzip, islands };
}

function pageType(path, islands) {
  const rel = path.slice(dist.length).replace(/index\.html$/, '');
  if (rel === '/') return 'root (language redirect)';
  if (rel.startsWith('/404')) return '404';
  const m = rel.match(/^\/(it|en)\/(.*)$/);
  if (!m) return 'other';
  const rest = m[2];
  if (rest === '') return 'home';
  const [section, item] = rest.split('/');
  if (!item) return `${section} index`;
  if (section === 'lessons') return islands > 0 ? 'lesson with widgets' : 'lesson without widgets';
  return `${section} page`;
}

const files = htmlFiles(dist);
const byType = new Map();
for (const f of files) {
  const js = pageJs(readFileSync(f, 'utf8'));
  const type = pageType(f, js.islands);
  const row = byType.get(type) ?? { pages: 0, max: null };
  row.pages++;
  if (!row.max || js.own.raw + js.site.raw > row.max.own.raw + row.max.site.raw) row.max = { ...js, example: f.slice(dist.length) };
  byType.set(type, row);
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`build time: ${Number.isNaN(buildSeconds) ? 'skipped' : `${buildSeconds.toFixed(1)} s`} (astro build + pagefind)`);
console.log(`pages built: ${files.length}`);
console.log('\npage type | pages | own island JS raw / gzip | site JS raw / gzip | inline | heaviest example');
for (const [type, r] of [...byType].sort()) {
  const x = r.max;
  console.log(`${type} | ${r.pages} | ${kb(x.own.raw)} / ${kb(x.own.gzip)} | ${kb(x.site.raw)} / ${kb(x.site.gzip)} | ${x.inlineBytes} B | ${x.example}`);
}
const plain = byType.get('lesson without widgets');
if (plain && plain.max.own.raw > 0) {
  console.log('\nFAIL: a lesson page without widgets ships island JavaScript');
  process.exit(1);
}
console.log('\nlesson pages without widgets ship no JavaScript of their own: ok');
if (plain) {
  // The heaviest lesson by own+site raw bytes is not necessarily the heaviest in chrome: check every one.
  let worst = { gzip: 0, example: '' };
  for (const f of files) {
    const html = readFileSync(f, 'utf8');
    const js = pageJs(html);
    if (pageType(f, js.islands) !== 'lesson without widgets') continue;
    const gzip = js.site.gzip + js.inlineGzip;
    if (gzip > worst.gzip) worst = { gzip, example: f.slice(dist.length) };
  }
  const verdict = worst.gzip <= CHROME_BUDGET_GZIP ? 'ok' : 'FAIL';
  console.log(`site chrome on a lesson page without widgets: ${kb(worst.gzip)} gzip (scripts + inline), budget ${kb(CHROME_BUDGET_GZIP)}: ${verdict} (${worst.example})`);
  if (verdict === 'FAIL') process.exit(1);
}
