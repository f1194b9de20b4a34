// Test helper (not a test): our modules that an island's chunk holds, found by following its imports, so a
// one-language test cannot miss a module that a later edit pulls in. Only value imports are followed: a
// type-only import (`import type …`, or `import { type A, type B }`) is erased from the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, otherLocale, type Locale, type Localized } from '../../src/core/i18n/locales';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Import and re-export sources that bring code: static, side-effect and dynamic imports, `export … from`. */
function valueImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const [, typeKeyword, clause = '', source = ''] = m;
    const named = clause.match(/^\{([\s\S]*)\}$/)?.[1];
    const allTypes = named !== undefined && named.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
    if (!typeKeyword && !allTypes) out.push(source);
  }
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolveModule(from: string, source: string): string | null {
  if (!source.startsWith('.')) return null; // packages (react, …) are not ours
  const base = resolve(dirname(from), source);
  for (const p of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(p) && existsSync(p)) return p;
  }
  return null; // stylesheets and other assets
}

/**
 * Every module of ours reachable by value imports from the island's entry files (paths relative to the
 * test file that asks), keyed by its path from the repository root, with its source.
 */
export function islandModules(testFileUrl: string, entries: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const queue = entries.map((e) => fileURLToPath(new URL(e, testFileUrl)));
  while (queue.length) {
    const file = queue.pop()!;
    const key = relative(root, file);
    if (found.has(key)) continue;
    const code = readFileSync(file, 'utf8');
    found.set(key, code);
    for (const s of valueImports(code)) {
      const next = resolveModule(file, s);
      if (next) queue.push(next);
    }
  }
  return found;
}

/** Where any of these sentences (either language) sits in those modules: `path: sentence`, none expected. */
export function sentencesFound(modules: Map<string, string>, sentences: readonly Localized[]): string[] {
  const hits: string[] = [];
  for (const [path, code] of modules) {
    for (const s of sentences) for (const lang of locales) if (code.includes(s[lang])) hits.push(`${path}: ${s[lang]}`);
  }
  return hits;
}

/** The other language's sentences that a set of texts passed for `lang` holds (those worded alike excepted). */
export function otherLanguageIn(passed: unknown, sentences: readonly Localized[], lang: Locale): string[] {
  const json = JSON.stringify(passed);
  const own = new Set(sentences.map((s) => s[lang]));
  return sentences.map((s) => s[otherLocale(lang)]).filter((s) => !own.has(s) && json.includes(JSON.stringify(s).slice(1, -1)));
}
