import { useMemo } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { scoreSins, type SinsInput } from '../../core/scores/sins/score-sins';
import { sinsDefinition } from '../../core/scores/sins/sins-definition';
import { SinsInputs } from '../shared/SinsInputs';

interface Props {
  lang: Locale;
  idPrefix: string;
  input: SinsInput;
  onChange: (input: SinsInput) => void;
  /** Copies the finished total into the answer field. */
  onUse: (total: number) => void;
  emptyCalculatorHref: string;
}

/** The SINS calculator's own inputs inside a quiz question, with a running total the learner can copy. */
export function SinsItemScorer({ lang, idPrefix, input, onChange, onUse, emptyCalculatorHref }: Props) {
  const t = getT(lang);
  const result = useMemo(() => scoreSins(input), [input]);
  return (
    <details className="case-quiz__sins" data-testid="sins-item-scorer">
      <summary>{t('casequiz.sins.itemByItem')}</summary>
      <p className="meta">{t('casequiz.sins.help')}</p>
      <div className="case-quiz__sins-inputs">
        <SinsInputs lang={lang} def={sinsDefinition} idPrefix={idPrefix} input={input} onChange={(patch) => onChange({ ...input, ...patch })} />
      </div>
      <p className="case-quiz__sins-total" data-testid="sins-item-total" aria-live="polite">
        {result.kind === 'result'
          ? t('casequiz.sins.running', { total: result.total })
          : result.kind === 'incomplete'
            ? `${t('casequiz.sins.running', { total: result.partialTotal })} · ${t('casequiz.sins.missing', { count: result.missing.length })}`
            : t('casequiz.invalid.other')}
      </p>
      <p className="case-quiz__sins-actions">
        <button type="button" disabled={result.kind !== 'result'} onClick={() => result.kind === 'result' && onUse(result.total)} data-testid="sins-use-total">
          {t('casequiz.sins.use')}
        </button>{' '}
        <a href={emptyCalculatorHref} target="_blank" rel="noopener">{t('casequiz.sins.calculator')}</a>
      </p>
    </details>
  );
}
