// The islands' side of localisation: no dictionary and no i18n runtime. Each island root receives its own
// locale's strings for its own keys (resolved on the server by its Astro wrapper, see core/i18n/island-keys.ts)
// and hands them over with `provideStrings`; every component below keeps calling `getT(lang)` as before.
import type { Locale } from '../../core/i18n/locales';
import type { UiKey, UiStrings, UiVars } from '../../core/i18n/ui-key';
import { formatUiString } from '../../core/i18n/format-string';

export type { UiKey, UiStrings, UiVars } from '../../core/i18n/ui-key';
import { formatNumber } from '../../core/i18n/format-string';
export { formatNumber };

export type T = (key: UiKey, vars?: UiVars) => string;

const provided = new Map<Locale, Record<string, string>>();

/** Called first thing in an island root's render, with the `strings` prop its wrapper resolved. */
export function provideStrings(lang: Locale, strings: UiStrings | undefined): void {
  if (!strings) return;
  const current = provided.get(lang);
  if (current) Object.assign(current, strings);
  else provided.set(lang, { ...strings });
}

/** A translate function for one locale over the strings provided so far (plurals via Intl.PluralRules). */
export function getT(lang: Locale): T {
  return (key, vars) => formatUiString(provided.get(lang) ?? {}, lang, key, vars);
}

/** Hook-shaped alias, for components that prefer it. */
export const useT = getT;

/** For islands that switch language live (the presenter): strings of every locale the page passed. */
export function provideStringsByLocale(byLocale: Partial<Record<Locale, UiStrings>> | undefined): void {
  for (const [lang, strings] of Object.entries(byLocale ?? {}) as [Locale, UiStrings][]) provideStrings(lang, strings);
}

/** A measurement as the lesson tools show it: one decimal at most, the locale's decimal sign (53,3 / 53.3). */
export function formatDecimal(value: number, lang: Locale): string {
  return formatNumber(lang, Math.round(value * 10) / 10, 1);
}
