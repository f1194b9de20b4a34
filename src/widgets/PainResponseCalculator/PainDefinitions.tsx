import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { painThresholds } from '../../core/scores/pain-response/pain-response-definition';
import type { PainResponseTexts } from '../../core/scores/pain-response/pain-response-texts';
import { formatNumber } from './pain-response-text';

/**
 * The thresholds the calculator applies and the trial they come from, numbers straight from the core data (the
 * trial's figures and wording arrive in `trial`, resolved on the server: painResponseTextsIn).
 */
export function PainDefinitions({ lang, trial }: { lang: Locale; trial: PainResponseTexts['trial'] }) {
  const t = getT(lang);
  const pct = (n: number) => `${formatNumber(n, lang)}%`;
  const rows: { label: string; cell: (arm: (typeof trial.arms)[number]) => string }[] = [
    { label: t('painResponse.trialPatients'), cell: (a) => String(a.patients) },
    { label: t('painResponse.trialVertebrae'), cell: (a) => `${a.vertebrae.count}/${a.patients} (${pct(a.vertebrae.percent)})` },
    { label: t('painResponse.trialBaseline'), cell: (a) => formatNumber(a.baselineVas, lang) },
    { label: t('painResponse.trialComplete'), cell: (a) => pct(a.completeAt12Weeks) },
    { label: t('painResponse.trialPartial'), cell: (a) => pct(a.partialAt12Weeks) },
    { label: t('painResponse.trialOverall'), cell: (a) => pct(a.overallAt12Weeks) },
    { label: t('painResponse.trialTime'), cell: (a) => t('painResponse.weeks', { count: a.weeksToResponse }) },
  ];
  return (
    <div className="pain-definitions">
      <details open data-testid="pain-definitions">
        <summary>{t('painResponse.definitionsTitle')}</summary>
        <ul>
          <li>{t('painResponse.defComplete', { value: painThresholds.completeVasAfter })}</li>
          <li>{t('painResponse.defPartial', { value: painThresholds.partialDropGreaterThan })}</li>
          <li>{t('painResponse.defNone')}</li>
          <li>{t('painResponse.defSignificant', { value: painThresholds.significantPercentGreaterThan })}</li>
          <li>{t('painResponse.defOdi')}</li>
        </ul>
      </details>
      <details data-testid="pain-trial">
        <summary>{t('painResponse.trialTitle')}</summary>
        <p>{t('painResponse.trialIntro', { rt: trial.radiotherapy, note: trial.note })}</p>
        <table className="pain-trial">
          <thead>
            <tr>
              <th scope="col">{t('painResponse.trialMeasure')}</th>
              {trial.arms.map((a) => <th key={a.id} scope="col">{a.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {trial.arms.map((a) => <td key={a.id}>{r.cell(a)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
