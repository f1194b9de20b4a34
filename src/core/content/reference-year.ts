import type { Locale } from '../i18n/locales';
import type { Reference } from './schemas';

/**
 * The year as a reader sees it: a source without a date says so ("n.d", Italian "s.d", completed by the full stop
 * every reference line ends with) instead of a guessed year.
 */
export function referenceYear(ref: Pick<Reference, 'year' | 'noDate'>, lang: Locale): string {
  if (ref.noDate) return lang === 'it' ? 's.d' : 'n.d';
  return String(ref.year);
}
