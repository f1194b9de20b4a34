import { locales, type Locale } from '../core/i18n/locales';

const isLocalized = (value: object): value is Record<Locale, string> => {
  const keys = Object.keys(value);
  return keys.length === locales.length && locales.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');
};

/**
 * A copy of build-time data with every `{ it, en }` text reduced to the page's language (the others become
 * empty strings), so island props carry one language, not all. The type is unchanged: islands read `x[lang]`.
 */
export function onlyLocale<T>(value: T, lang: Locale): T {
  if (Array.isArray(value)) return value.map((v) => onlyLocale(v, lang)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalized(value)) return Object.fromEntries(locales.map((l) => [l, l === lang ? value[l] : ''])) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onlyLocale(v, lang)])) as T;
}
