import type { Locale } from '../../core/i18n/locales';
import { truncateEcho, type QueryNotice } from '../../core/scores/query';
import { getT, type T } from './ui-strings';

/** One ignored URL parameter in words; core reports it as a code (`reason`). */
export function noticeText(notice: QueryNotice, t: T): string {
  // Echoed values are cut, so a 10,000-character link cannot stretch the page.
  const n = { ...notice, param: truncateEcho(notice.param), value: truncateEcho(notice.value) };
  switch (n.reason) {
    case 'repeated':
      return t('query.repeated', { param: n.param, value: n.value });
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
