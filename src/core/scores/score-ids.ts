import type { Locale } from '../i18n/locales';
import type { scoreRegistry } from './registry';

/**
 * A calculator's id: a key of the registry (a type-only import, so an island that links to a tool ships no
 * score). A link, a lesson widget or a route that names a score that does not exist fails to compile.
 */
export type ScoreId = keyof typeof scoreRegistry;

/** The calculator's URL in one language (its path is its id), optionally with a query string from its entry's toQuery. */
export function toolHref(locale: Locale, id: ScoreId, query = ''): string {
  return `/${locale}/tools/${id}/${query}`;
}
