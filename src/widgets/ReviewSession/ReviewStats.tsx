import type { Locale } from '../../core/i18n/locales';
import { getT, type UiKey } from '../shared/ui-strings';
import type { ReviewStats as Stats } from '../../core/quiz/review-log';
import { dayMonthFormat, formatPercent } from '../shared/question/format';

const stateKeys: Record<keyof Stats['byState'], UiKey> = {
  New: 'review.stateNew',
  Learning: 'review.stateLearning',
  Review: 'review.stateReview',
  Relearning: 'review.stateRelearning',
};

/** "12 Mar" from "2025-03-12", in the page's language. */
function shortDay(day: string, lang: Locale): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return dayMonthFormat(lang).format(date);
}

/** A bar proportional to the day's count; the number itself is in the table cell for screen readers. */
function Bars({ rows, lang, caption, countLabel, testId }: { rows: { day: string; count: number }[]; lang: Locale; caption: string; countLabel: string; testId: string }) {
  const t = getT(lang);
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <table className="review-stats__bars" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.statsDay')}</th>
          <th scope="col">{countLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.day} data-day={r.day} data-count={r.count}>
            <th scope="row">{shortDay(r.day, lang)}</th>
            <td>
              <span className="review-stats__bar" style={{ inlineSize: `${(100 * r.count) / max}%` }} aria-hidden="true" />
              <span className="review-stats__n">{r.count}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Cards by state, reviews per day, the next fortnight's forecast and true retention. */
export function ReviewStats({ stats, lang }: { stats: Stats; lang: Locale }) {
  const t = getT(lang);
  const retention = stats.trueRetention;
  return (
    <section className="review-stats" aria-labelledby="review-stats-title" data-testid="review-stats">
      <h2 id="review-stats-title">{t('review.statsTitle')}</h2>
      <table className="quiz-results__modules" data-testid="stats-by-state">
        <caption>{t('review.statsByState')}</caption>
        <tbody>
          {(Object.keys(stateKeys) as (keyof typeof stateKeys)[]).map((state) => (
            <tr key={state} data-state={state}>
              <th scope="row">{t(stateKeys[state])}</th>
              <td>{stats.byState[state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="stats-retention">
        {retention
          ? t('review.statsRetention', { percent: formatPercent(retention.rate, lang), total: retention.total })
          : t('review.statsRetentionNone')}
      </p>
      <div className="review-stats__charts">
        <Bars rows={stats.reviewsPerDay} lang={lang} caption={t('review.statsPerDay')} countLabel={t('review.statsReviews')} testId="stats-per-day" />
        <Bars rows={stats.forecast} lang={lang} caption={t('review.statsForecast')} countLabel={t('review.statsCount')} testId="stats-forecast" />
      </div>
    </section>
  );
}
