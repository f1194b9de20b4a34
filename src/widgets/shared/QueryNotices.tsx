import type { Locale } from '../../core/i18n/locales';
import { getT } from '../../core/i18n/translate';
import { noticeText, type QueryNotice } from '../../core/scores/query';

/** Visible list of URL parameters that were ignored, so a bad link never fails silently. */
export function QueryNotices({ notices, lang }: { notices: QueryNotice[]; lang: Locale }) {
  if (notices.length === 0) return null;
  const t = getT(lang);
  return (
    <div className="query-notices" role="status" data-testid="query-notices">
      <p><strong>{t('calc.notices')}</strong></p>
      <ul>{notices.map((n, i) => <li key={i}>{noticeText(n, lang)}</li>)}</ul>
    </div>
  );
}
