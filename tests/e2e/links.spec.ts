import { testBuilt as test, expect } from './built-site';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// Every internal link in the built site must lead to a page that exists (and in the same language).
const dist = 'dist';
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(p);
    return n.endsWith('.html') ? [p] : [];
  });

test('no internal link is broken', () => {
  const broken: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<a\b[^>]*\bhref="(\/[^"#?]*)[^"]*"/g)) {
      const path = m[1]!;
      const target = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      if (!existsSync(target)) broken.push(`${file.slice(dist.length)} → ${path}`);
    }
  }
  expect([...new Set(broken)]).toEqual([]);
});

test('pages in one locale link only to the same locale (except the language switch)', () => {
  const crossed: string[] = [];
  for (const file of htmlFiles(dist)) {
    const lang = file.slice(dist.length).split('/')[1];
    if (lang !== 'it' && lang !== 'en') continue;
    const html = readFileSync(file, 'utf8');
    for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) {
      const target = /\bhref="\/(it|en)\//.exec(tag)?.[1];
      if (target && target !== lang && !tag.includes('data-lang-switch') && !tag.includes('hreflang=')) crossed.push(`${file.slice(dist.length)} → /${target}/…`);
    }
  }
  expect([...new Set(crossed)]).toEqual([]);
});

test('no page shows an untranslated UI key or an empty interpolation', () => {
  // Plural keys are stored as key_one/key_other; an unresolved lookup would print the base key.
  const stored = Object.keys(JSON.parse(readFileSync('src/core/i18n/ui/en.json', 'utf8')) as Record<string, string>);
  const keys = new Set([...stored, ...stored.map((k) => k.replace(/_(?:zero|one|two|few|many|other)$/, ''))]);
  const found: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    // Same test as looking for `>key<` or `"key"` for each key, in one pass over the page.
    for (const m of html.matchAll(/>([\w.-]+)<|"([\w.-]+)"/g)) {
      const token = m[1] ?? m[2]!;
      if (keys.has(token)) found.push(`${file.slice(dist.length)}: ${token}`);
    }
    // Templates filled in the browser: island props, and the strings page scripts receive in data attributes.
    const shown = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/\s(?:props|data-forms|data-strings|data-template)="[^"]*"/g, '');
    if (/\{\{\w+\}\}/.test(shown)) found.push(`${file.slice(dist.length)}: {{…}}`);
  }
  expect(found).toEqual([]);
});
