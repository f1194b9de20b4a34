// Helpers for the islands' one-language tests (src/widgets/*/one-language.test.tsx): an island ships ids and
// logic; its wording reaches it from the Astro wrapper, one language at a time.
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
    // `import { type A, type B } from …` is erased from the bundle like `import type`.
    const named = clause.match(/^\{([\s\S]*)\}$/)?.[1];
    const allTypes = named !== undefined && named.split(',').map((x) => x.trim()).filter(Boolean).every((x) => x.startsWith('type '));
    if (!typeKeyword && !allTypes) out.push(source);
  }
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The module file an import names, or null for a package (react, …) or an asset (a stylesheet). */
function resolveModule(from: string, source: string): string | null {
  if (!source.startsWith('.')) return null;
  const base = resolve(dirname(from), source);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((p) => /\.tsx?$/.test(p) && existsSync(p)) ?? null;
}

/**
 * Our modules in an island's chunk: its entry files (paths from the repository root) and every module they
 * import as a value, followed through relative imports. Type-only imports are erased from the bundle, so they
 * are not followed. Computed, not listed, so a module a later edit pulls in cannot slip past the check.
 */
export function islandModules(entries: readonly string[]): { path: string; text: string }[] {
  const seen = new Map<string, string>();
  const queue = entries.map((e) => resolve(root, e));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const source of valueImports(text)) {
      const next = resolveModule(file, source);
      if (next) queue.push(next);
    }
  }
  return [...seen].map(([file, text]) => ({ path: relative(root, file), text }));
}

/** Where any of these sentences (either language) sits in those modules: `path: sentence`, none expected. */
export function sentencesFound(modules: readonly { path: string; text: string }[], sentences: readonly Localized[]): string[] {
  return modules.flatMap(({ path, text }) => sentences.flatMap((s) => locales.filter((l) => text.includes(s[l])).map((l) => `${path}: ${s[l]}`)));
}

/** The other language's sentences that texts passed for `lang` hold (those worded alike in both excepted). */
export function otherLanguageIn(passed: unknown, sentences: readonly Localized[], lang: Locale): string[] {
  const json = JSON.stringify(passed);
  return otherLanguageOnly(sentences, lang).filter((s) => json.includes(JSON.stringify(s).slice(1, -1)));
}

/**
 * Does source text hold this wording? A sentence anywhere (code, comment or JSX); a short label (under 20
 * characters, e.g. "Site") as a string literal or JSX text only, since as a bare word it is also code.
 */
export const holds = (text: string, w: string) =>
  w.length >= 20 ? text.includes(w) : [`'${w}'`, `"${w}"`, `\`${w}\``, `>${w}<`].some((x) => text.includes(x));

/** Does JSON (texts passed as props) carry this wording: as a whole value, or a sentence inside a value? */
export const carries = (json: string, w: string) =>
  json.includes(JSON.stringify(w)) || (w.length >= 20 && json.includes(JSON.stringify(w).slice(1, -1)));

/** The other language's wording that the given language does not also use (e.g. "No" is both). */
export function otherLanguageOnly(wording: readonly Localized[], lang: Locale): string[] {
  const own = new Set(wording.map((w) => w[lang]));
  return [...new Set(wording.map((w) => w[otherLocale(lang)]))].filter((w) => !own.has(w));
}

export { locales };
