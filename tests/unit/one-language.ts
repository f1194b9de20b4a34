// Helpers for the islands' one-language tests (src/widgets/*/one-language.test.tsx): an island ships ids and
// logic; its wording reaches it from the Astro wrapper, one language at a time.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, otherLocale, type Locale, type Localized } from '../../src/core/i18n/locales';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Our modules in an island's chunk: its entry files (paths from the repository root) and every module they
 * import as a value, followed through relative imports. A type-only import is erased from the bundle, so it is
 * not followed; stylesheets are not code. Computed, not listed, so a new import cannot slip past the check.
 */
export function islandModules(entries: readonly string[]): { path: string; text: string }[] {
  const seen = new Map<string, string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
      const base = resolve(dirname(file), m[1]!);
      const found = [base, `${base}.ts`, `${base}.tsx`].find((p) => /\.tsx?$/.test(p) && existsSync(p));
      if (found) walk(found);
    }
  };
  for (const e of entries) walk(resolve(root, e));
  return [...seen].map(([file, text]) => ({ path: relative(root, file), text }));
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
