import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import type { LoadReport } from '../../core/progress/report';

/** At most this many skipped or repaired records are named; the rest are counted. */
const LISTED = 5;

/**
 * Tells the user, once and without alarm, that saved progress had to be repaired, that it comes
 * from a newer version (shown, not changed), or that this browser will not keep progress at all.
 * Nothing is shown for a clean or empty store.
 */
export function StorageNotice({ report, lang }: { report: LoadReport | null; lang: Locale }) {
  const t = getT(lang);
  if (!report || report.kind !== 'recovered') return null;
  const text =
    report.problem === 'storage-unavailable'
      ? t('progress.storageUnavailable')
      : report.problem === 'newer-version'
        ? t('progress.recoveredNewer')
        : report.problem === 'legacy-kept'
          ? t('progress.legacyKept')
          : report.problem === 'invalid-parts'
          ? t('progress.recoveredParts', { count: report.dropped.length })
          : t('progress.recoveredUnreadable');
  return (
    <div className="quiz-notice" role="status" data-testid="storage-notice" data-problem={report.problem} data-read-only={report.readOnly ? 'true' : undefined}>
      <p>{text}</p>
      {report.problem === 'invalid-parts' && (
        <ul className="meta storage-notice__list">
          {report.dropped.slice(0, LISTED).map((d) => (
            <li key={d}>{d.length > 120 ? `${d.slice(0, 120)}…` : d}</li>
          ))}
          {report.dropped.length > LISTED && <li>{t('progress.moreSkipped', { count: report.dropped.length - LISTED })}</li>}
        </ul>
      )}
      {report.backupKey && report.problem !== 'legacy-kept' && <p className="meta">{t('progress.backupKept')}</p>}
    </div>
  );
}
