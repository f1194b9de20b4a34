import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import { bandFor, type SumScoreDefinition, type SumScoreResult } from '../../core/scores/sum-score';

interface Props<C extends string, B extends string> {
  def: SumScoreDefinition<C, B>;
  result: SumScoreResult<C, B>;
  lang: Locale;
  /** Localized names for ids that are not components (e.g. "level"). */
  extraLabels?: Partial<Record<string, string>>;
}

/**
 * Live total, band and breakdown. The total and band carry the public test ids
 * (score-total, score-band with data-band); incomplete input lists what is missing instead of a number.
 */
export function ResultPanel<C extends string, B extends string>({ def, result, lang, extraLabels = {} }: Props<C, B>) {
  const t = getT(lang);
  const labelOf = (id: string) => def.components.find((c) => c.id === id)?.label[lang] ?? extraLabels[id] ?? id;
  const total = (value: string | number) => <p className="result__total"><span>{t('calc.total')}: </span><strong data-testid="score-total">{value}</strong></p>;

  if (result.kind === 'invalid') {
    return (
      <div className="result result--invalid" role="alert">
        {total('—')}
        <p data-testid="score-band" data-band="invalid">{t('calc.incomplete')}</p>
        <ul>{result.invalid.map((i) => <li key={i.component}>{t('calc.invalid', { field: labelOf(i.component), value: i.value })}</li>)}</ul>
      </div>
    );
  }
  if (result.kind === 'incomplete') {
    return (
      <div className="result result--incomplete">
        {total('—')}
        <p className="result__band" data-testid="score-band" data-band="incomplete">{t('calc.incomplete')}</p>
        <p data-testid="score-missing">{t('calc.missing', { items: result.missing.map(labelOf).join(', ') })}</p>
        <p className="meta">{t('calc.partial', { total: result.partialTotal })}</p>
      </div>
    );
  }
  const band = bandFor(def.bands, result.total);
  return (
    <div className={`result result--${band.code}`}>
      {total(result.total)}
      <p className="result__band" data-testid="score-band" data-band={band.code}>{band.label[lang]}</p>
      <p className="result__meaning"><strong>{t('calc.meaning')}: </strong>{band.meaning[lang]}</p>
      <table className="result__breakdown">
        <caption>{t('calc.breakdown')}</caption>
        <tbody>
          {def.components.map((c) => (
            <tr key={c.id}><th scope="row">{c.label[lang]}</th><td>{result.parts[c.id]}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
