import type { Locale } from '../i18n/locales';

/**
 * The calculators' ids and URL paths, apart from their names and descriptions (./registry.ts) so that an
 * island that only links to a tool does not ship every tool's wording.
 */
export const scoreIds = ['sins', 'tokuhashi', 'escc', 'radiosensitivity', 'noms', 'pain-response'] as const;
export type ScoreId = (typeof scoreIds)[number];

/** The segment after /{lang}/tools/; equal to the id, kept explicit so routes never derive it. */
export const scorePaths: Readonly<Record<ScoreId, string>> = {
  sins: 'sins',
  tokuhashi: 'tokuhashi',
  escc: 'escc',
  radiosensitivity: 'radiosensitivity',
  noms: 'noms',
  'pain-response': 'pain-response',
};

export function isScoreId(value: unknown): value is ScoreId {
  return typeof value === 'string' && (scoreIds as readonly string[]).includes(value);
}

/** The calculator's URL in one language, optionally with a query string from its *QueryString function. */
export function toolHref(locale: Locale, id: ScoreId, query = ''): string {
  return `/${locale}/tools/${scorePaths[id]}/${query}`;
}
