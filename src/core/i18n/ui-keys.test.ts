// Every UI key is used, every key used exists, both locales agree, and each island's key list covers what
// its code mentions. Node fs reads the sources: this is a test of the source tree, not of runtime code.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import it_ from './ui/it.json';
import en from './ui/en.json';
import notes from './ui/notes.json';
import { mentionedKeys, pluralSuffix } from './key-usage';
import { islandKeys } from './island-keys';
import { getT, islandStrings, keySelected } from './translate';
import { formatUiString } from './format-string';
import type { UiKey } from './ui-key';

const baseKeys = new Set(Object.keys(it_).map((k) => k.replace(pluralSuffix, '')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|astro|mjs)$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}

/** Keys mentioned nowhere in the source: a template prefix counts for every key that starts with it. */
export function unusedKeys(keys: ReadonlySet<string>, sources: readonly string[]): string[] {
  const used = new Set<string>();
  const prefixes = new Set<string>();
  for (const s of sources) {
    const m = mentionedKeys(s, keys);
    m.literals.forEach((k) => used.add(k));
    m.prefixes.forEach((p) => prefixes.add(p));
  }
  return [...keys].filter((k) => !used.has(k) && ![...prefixes].some((p) => k.startsWith(p))).sort();
}

/** Keys passed to t('…') as literals that are not in the dictionary. */
export function missingKeys(keys: ReadonlySet<string>, sources: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const s of sources) for (const m of s.matchAll(/\bt\(\s*'([^'$]+)'/g)) if (m[1] && !keys.has(m[1])) missing.add(m[1]);
  return [...missing].sort();
}

// island-keys.ts lists keys for islands; a mention there is not a use.
const sources = sourceFiles('src').filter((f) => !f.endsWith('island-keys.ts')).map((f) => readFileSync(f, 'utf8'));

describe('UI keys against the source', () => {
  it('every key is used somewhere', () => {
    expect(unusedKeys(baseKeys, sources)).toEqual([]);
  });
  it('every key the code asks for exists', () => {
    expect(missingKeys(baseKeys, sources)).toEqual([]);
  });
  it('the checks fail on a planted unused key and a planted missing key', () => {
    expect(unusedKeys(new Set(['calc.total', 'planted.unused']), sources)).toEqual(['planted.unused']);
    expect(missingKeys(baseKeys, [...sources, "t('planted.missing')"])).toEqual(['planted.missing']);
  });
  it('translator notes name existing keys', () => {
    expect(Object.keys(notes).filter((k) => k !== '$comment' && !baseKeys.has(k))).toEqual([]);
  });
});

/**
 * Strings that put a `{{count}}` in a sentence need a form per plural category ("1 component", "2 components";
 * "manca 1", "mancano 2"); only those where the number stands alone (in brackets, after a colon, before an
 * abbreviation) may have one form.
 */
const countStandsAlone = new Set([
  'quiz.countAll', 'quiz.retake', 'review.dueToday', 'review.inDays', 'radiosensitivity.countItem', 'present.pace.ahead',
  'present.pace.behind', 'present.builder.moved', 'progress.recoveredParts', 'progress.backupsHelp',
]);
function countsWithoutPlural(dict: Readonly<Record<string, string>>, alone: ReadonlySet<string>): string[] {
  return Object.entries(dict)
    .filter(([k, v]) => v.includes('{{count}}') && !pluralSuffix.test(k) && !alone.has(k))
    .map(([k]) => k)
    .concat(Object.keys(dict).filter((k) => k.endsWith('_other') && !(`${k.slice(0, -6)}_one` in dict)))
    .sort();
}

describe('plural forms', () => {
  it('every sentence with a count has a one and an other form, in both languages', () => {
    expect(countsWithoutPlural(it_, countStandsAlone)).toEqual([]);
    expect(countsWithoutPlural(en, countStandsAlone)).toEqual([]);
  });
  it('the check names a planted count sentence with one form, and an other form without its one', () => {
    expect(countsWithoutPlural({ 'x.missing': 'mancano {{count}} voci', 'y.n_other': '{{count}} casi', 'z.all': 'Tutte ({{count}})' }, new Set(['z.all']))).toEqual(['x.missing', 'y.n_other']);
  });
  it('reads "1 component" and "manca 1 valutazione" where the count is one', () => {
    expect(getT('en')('calc.announceIncomplete', { count: 1 })).toBe('Score incomplete, 1 component missing');
    expect(getT('it')('noms.announceIncomplete', { count: 1 })).toBe('NOMS incompleto, manca 1 valutazione');
    expect(formatUiString(it_, 'it', 'noms.announceIncomplete', { count: 2 })).toBe('NOMS incompleto, mancano 2 valutazioni');
  });
});

function resolveImport(from: string, spec: string): string | null {
  const b = resolve(dirname(from), spec);
  for (const c of [b, `${b}.ts`, `${b}.tsx`, `${b}/index.ts`]) if (/\.tsx?$/.test(c) && existsSync(c)) return c;
  return null;
}
/** The island's root and every TS file it reaches through relative imports. */
function closure(root: string): string[] {
  const seen = new Set<string>();
  const stack = [resolve(root)];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || f.endsWith('island-keys.ts')) continue;
    seen.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const next = m[1] && resolveImport(f, m[1]);
      if (next) stack.push(next);
    }
  }
  return [...seen];
}

/** Keys an island's code mentions that its list in island-keys.ts does not select. */
function uncovered(files: readonly string[], selectors: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const m = mentionedKeys(readFileSync(f, 'utf8'), baseKeys);
    for (const k of m.literals) if (!keySelected(k, selectors)) out.add(k);
    for (const p of m.prefixes) for (const k of baseKeys) if (k.startsWith(p) && !keySelected(k, selectors)) out.add(k);
  }
  return [...out].sort();
}

describe('island key lists', () => {
  const roots = readdirSync('src/widgets').flatMap((d) =>
    readdirSync(join('src/widgets', d)).filter((n) => n.endsWith('.tsx') && !n.endsWith('.test.tsx')).map((n) => ({ name: n.replace('.tsx', ''), path: join('src/widgets', d, n) })),
  );
  for (const [island, selectors] of Object.entries(islandKeys)) {
    it(`${island} receives every key its code mentions`, () => {
      const root = roots.find((r) => r.name === island);
      expect(root, `no src/widgets/*/${island}.tsx`).toBeDefined();
      expect(uncovered(closure(root!.path), selectors)).toEqual([]);
    });
  }
  // core/present/notice.ts (the presenter's, being rewritten) still imports the build-time translator.
  const knownLeaks = new Set<string>();
  for (const island of Object.keys(islandKeys)) {
    it(`${island} ships neither i18next nor a dictionary`, () => {
      const root = roots.find((r) => r.name === island)!;
      const leaks = closure(root.path).some((f) => f.endsWith(join('core', 'i18n', 'translate.ts')));
      expect(leaks).toBe(knownLeaks.has(island));
    });
  }
  it('every island hydrated by a page or wrapper has a key list and receives its strings', () => {
    const astro = sourceFiles('src').filter((f) => f.endsWith('.astro'));
    const missing: string[] = [];
    for (const f of astro) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/<(\w+)\s+client:\w+([^>]*)>/g)) {
        const imported = new RegExp(`import ${m[1]} from '[^']*/widgets/\\w+/(\\w+)'`).exec(text)?.[1];
        if (!imported) continue;
        if (!(imported in islandKeys)) missing.push(`${f}: ${imported} is not in island-keys.ts`);
        if (!/\bstrings=/.test(m[2] ?? '')) missing.push(`${f}: <${m[1]}> gets no strings`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the coverage check fails on a list that misses a key', () => {
    const root = roots.find((r) => r.name === 'SinsCalculator')!;
    expect(uncovered(closure(root.path), ['calc.', 'query.'])).toContain('site.disclaimer');
  });
  it('an island gets only its own keys, in one locale', () => {
    const s = islandStrings('en', 'SinsCalculator');
    expect(s['calc.total']).toBe('Total');
    expect(s['quiz.title']).toBeUndefined();
    expect(Object.values(s)).not.toContain(it_['calc.total']);
  });
});

describe('the browser formatter agrees with i18next', () => {
  const vars = { count: 0, total: 12, band: 'x', items: 'a, b', field: 'f', value: 'v', min: 0, max: 10, param: 'p', allowed: 'a', by: 'b', minutes: 7 };
  for (const lang of ['it', 'en'] as const) {
    it(`same text for every key (${lang})`, () => {
      const dict = lang === 'it' ? it_ : en;
      const t = getT(lang);
      for (const key of baseKeys) {
        for (const count of [0, 1, 2, 5]) {
          const v = { ...vars, count };
          expect(formatUiString(dict, lang, key, v), key).toBe(t(key as UiKey, v));
        }
      }
    });
  }
  it('picks plural forms with Intl.PluralRules', () => {
    const dict = { 'x_one': '{{count}} caso', 'x_other': '{{count}} casi' };
    expect(formatUiString(dict, 'it', 'x', { count: 1 })).toBe('1 caso');
    expect(formatUiString(dict, 'it', 'x', { count: 3 })).toBe('3 casi');
    expect(formatUiString(dict, 'it', 'missing')).toBe('missing');
  });
});
