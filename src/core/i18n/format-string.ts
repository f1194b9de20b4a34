import type { Locale } from './locales';
import type { UiStrings, UiVars } from './ui-key';

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(locale: Locale, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/**
 * Looks a key up in one locale's strings the way i18next does at build time, without i18next:
 * with a numeric `count` the plural form comes from Intl.PluralRules (`key_one`, `key_other`…),
 * and `{{name}}` placeholders are filled in. A missing key comes back as the key itself, visibly.
 */
export function formatUiString(strings: UiStrings, locale: Locale, key: string, vars?: UiVars): string {
  const count = vars?.count;
  const template =
    (typeof count === 'number' ? strings[`${key}_${pluralOf(locale, count)}`] ?? strings[`${key}_other`] : undefined) ?? strings[key];
  if (template === undefined) return key;
  if (!vars) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A number in the locale's own form (decimal comma in Italian), at most `maxDecimals` decimals. */
export function formatNumber(locale: Locale, value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals, useGrouping: false }).format(value === 0 ? 0 : value);
}
