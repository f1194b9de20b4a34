import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { PlanResult } from '../../core/lesson-tools/cryo/evaluate-plan';
import { formatDecimal as formatNumber } from '../shared/ui-strings';

interface Props {
  lang: Locale;
  /** The structure's name inside a sentence, in `lang`. */
  structureInText: string;
  result: PlanResult;
}

/** The verdicts, in the order a radiologist checks them: coverage, margin criteria, the structure, the layout. */
export function PlanReport({ lang, structureInText, result }: Props) {
  const t = getT(lang);
  const n = (v: number) => formatNumber(Math.abs(v), lang);
  if (result.kind === 'empty') return <div className="result" data-testid="cryo-report" data-state="empty"><p>{t('cryo.empty')}</p></div>;
  const name = structureInText;
  const tone = result.structure !== 'clear' ? 'danger' : result.lethalCovers && result.cirseMet ? 'ok' : 'warn';
  return (
    <div className={`result cryo-report cryo-report--${tone}`} data-testid="cryo-report" data-state={tone}>
      <h3>{t('cryo.resultTitle')}</h3>
      <p data-testid="cryo-ice">
        {result.iceMarginMm >= 0 ? t('cryo.iceMargin', { mm: n(result.iceMarginMm) }) : t('cryo.iceShort', { mm: n(result.iceMarginMm), pct: result.iceCoverPct })}
      </p>
      <p data-testid="cryo-lethal" data-covers={result.lethalCovers}>
        {result.lethalCovers
          ? t('cryo.lethalCovers', { mm: n(result.lethalMarginMm) })
          : t('cryo.lethalShort', { mm: n(result.lethalMarginMm), pct: result.lethalCoverPct })}
      </p>
      <h4>{t('cryo.criteria')}</h4>
      <ul className="cryo-criteria">
        <li data-testid="cryo-review" data-verdict={result.review}>{t(`cryo.review.${result.review}`)}</li>
        <li data-testid="cryo-cirse" data-met={result.cirseMet}>{t(result.cirseMet ? 'cryo.cirse.met' : 'cryo.cirse.notMet')}</li>
      </ul>
      <p data-testid="cryo-structure" data-state={result.structure} className={result.structure !== 'clear' ? 'cryo-alert' : undefined} role={result.structure !== 'clear' ? 'alert' : undefined}>
        {result.structure === 'clear'
          ? t('cryo.structure.clear', { name, mm: n(result.structureIceGapMm), lethal: n(result.structureLethalGapMm) })
          : t(`cryo.structure.${result.structure}`, { name, mm: n(result.structureIceGapMm) })}
      </p>
      <p className="meta">{t('cryo.structure.note')}</p>
      <h4>{t('cryo.layout')}</h4>
      <ul className="cryo-layout" data-testid="cryo-layout">
        {result.probes.map((p) => (
          <li key={p.index} data-depth={p.depth} data-spacing={p.spacing}>
            <strong>{t('cryo.probeName', { n: p.index + 1 })}</strong>: {t(`cryo.depth.${p.depth}`, { mm: n(p.depthMm) })}
            {p.nearestMm !== null ? `; ${t(`cryo.spacing.${p.spacing}`, { mm: n(p.nearestMm) })}` : `; ${t('cryo.spacing.single')}`}
            {p.inStructure && <span className="cryo-alert">; {t('cryo.inStructure', { name })}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
