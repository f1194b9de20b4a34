// Build-time only: i18next with both dictionaries. Islands never import this file (ESLint enforces it);
// their Astro wrappers call `islandStrings` and pass the result as the `strings` prop.
import i18next, { type TFunction } from 'i18next';
import it from './ui/it.json';
import en from './ui/en.json';
import type { Locale } from './locales';
import type { UiKey, UiStrings, UiVars } from './ui-key';
import { islandKeys, type IslandName } from './island-keys';

export type { UiKey, UiStrings, UiVars } from './ui-key';

/** UI strings: one flat JSON per locale with dotted keys (keySeparator off, so dots are plain text). */
export const uiStrings = { it, en } as const;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: 'it',
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: { it: { translation: it }, en: { translation: en } },
});

type FixedT = (key: string, vars?: UiVars) => string;
const cache = new Map<Locale, FixedT>();

/** A translate function fixed to one locale; interpolation uses {{name}}, plurals `key_one`/`key_other` with `count`. */
export function getT(locale: Locale): (key: UiKey, vars?: UiVars) => string {
  let t = cache.get(locale);
  if (!t) {
    // i18next's typed overloads do not fit a flat, dynamic key set; UiKey keeps callers honest instead.
    const fixed: TFunction = instance.getFixedT(locale);
    t = (key, vars) => String(fixed(key, { ...(vars ?? {}) }));
    cache.set(locale, t);
  }
  return t;
}

/** True when `key` is selected by a list entry: an exact key, a plural of it, or a prefix ending in '.'. */
export function keySelected(key: string, selectors: readonly string[]): boolean {
  const base = key.replace(/_(?:zero|one|two|few|many|other)$/, '');
  return selectors.some((s) => (s.endsWith('.') ? key.startsWith(s) : base === s));
}

/** One locale's strings for the given keys and prefixes, resolved by i18next on the server. */
export function pickStrings(locale: Locale, selectors: readonly string[]): UiStrings {
  const bundle = (instance.getResourceBundle(locale, 'translation') ?? {}) as Record<string, string>;
  return Object.fromEntries(Object.entries(bundle).filter(([k]) => keySelected(k, selectors)));
}

/** What an island's Astro wrapper passes as `strings`: only that island's keys, in the page's locale. */
export function islandStrings(locale: Locale, island: IslandName): UiStrings {
  return pickStrings(locale, islandKeys[island]);
}

/** The raw plural forms of a key (`{ one: '{{count}} case', other: '{{count}} cases' }`) for a page script to choose from with Intl.PluralRules. */
export function pluralForms(locale: Locale, key: UiKey): Record<string, string> {
  const prefix = `${key}_`;
  return Object.fromEntries(Object.entries(pickStrings(locale, [key])).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
}
