import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import type { LoadReport } from '../../core/progress/load';

/**
 * Tells the user, once and without alarm, that saved progress had to be repaired, or that this
 * browser will not keep progress at all. Nothing is shown for a clean or empty store.
 */
export function StorageNotice({ report, lang }: { report: LoadReport | null; lang: Locale }) {
  const t = getT(lang);
  if (!report || report.kind !== 'recovered') return null;
  const text =
    report.problem === 'storage-unavailable'
      ? t('progress.storageUnavailable')
      : report.problem === 'newer-version'
        ? t('progress.recoveredNewer')
        : report.problem === 'invalid-parts'
          ? t('progress.recoveredParts', { count: report.dropped.length })
          : t('progress.recoveredUnreadable');
  return (
    <div className="quiz-notice" role="status" data-testid="storage-notice" data-problem={report.problem}>
      <p>{text}</p>
      {report.backupKey && <p className="meta">{t('progress.backupKept', { key: report.backupKey })}</p>}
    </div>
  );
}
