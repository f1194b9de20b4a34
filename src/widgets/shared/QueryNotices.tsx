import type { Locale } from '../../core/i18n/locales';
import type { QueryNotice } from '../../core/scores/query';
import { getT, type T } from './ui-strings';

/** One ignored URL parameter in words; core reports it as a code (`reason`). */
export function noticeText(n: QueryNotice, t: T): string {
  switch (n.reason) {
    case 'unknown-value':
      return t('query.unknownValue', { param: n.param, value: n.value, allowed: n.allowed?.join(', ') ?? '' });
    case 'unknown-param':
      return t('query.unknownParam', { param: n.param });
    case 'superseded':
      return t('query.superseded', { param: n.param, value: n.value, by: n.by ?? '' });
  }
}

/** Visible list of URL parameters that were ignored, so a bad link never fails silently. */
export function QueryNotices({ notices, lang }: { notices: QueryNotice[]; lang: Locale }) {
  if (notices.length === 0) return null;
  const t = getT(lang);
  return (
    <div className="query-notices" role="status" data-testid="query-notices">
      <p><strong>{t('calc.notices')}</strong></p>
      <ul>{notices.map((n, i) => <li key={i}>{noticeText(n, t)}</li>)}</ul>
    </div>
  );
}
