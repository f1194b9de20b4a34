import i18next, { type TFunction } from 'i18next';
import it from './ui/it.json';
import en from './ui/en.json';
import type { Locale } from './locales';

/** UI strings: one flat JSON per locale with dotted keys (keySeparator off, so dots are plain text). */
export const uiStrings = { it, en } as const;
export type UiKey = keyof typeof it;

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

type FixedT = (key: string, vars?: Record<string, string | number>) => string;
const cache = new Map<Locale, FixedT>();

/** A translate function fixed to one locale; interpolation uses {{name}}. */
export function getT(locale: Locale): (key: UiKey, vars?: Record<string, string | number>) => string {
  let t = cache.get(locale);
  if (!t) {
    // i18next's typed overloads do not fit a flat, dynamic key set; UiKey keeps callers honest instead.
    const fixed: TFunction = instance.getFixedT(locale);
    t = (key, vars) => String(fixed(key, vars ?? {}));
    cache.set(locale, t);
  }
  return t;
}
