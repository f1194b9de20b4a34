import { useMemo } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { scoreSins, type SinsInput } from '../../core/scores/sins/score-sins';
import { sinsDefinition } from '../../core/scores/sins/sins-definition';
import { sinsDifferences } from '../../core/cases/sins-differences';
import { SinsInputs } from '../shared/SinsInputs';

/**
 * The SINS items inside a case question: loaded when the learner opens "Score it item by item" (SinsItemScorer),
 * so a case quiz without that click never ships the SINS inputs and wording.
 */
export interface SinsItemBodyProps {
  lang: Locale;
  idPrefix: string;
  input: SinsInput;
  onChange: (input: SinsInput) => void;
  /** Copies the finished total into the answer field. */
  onUse: (total: number) => void;
  emptyCalculatorHref: string;
}

export function SinsItemBody({ lang, idPrefix, input, onChange, onUse, emptyCalculatorHref }: SinsItemBodyProps) {
  const t = getT(lang);
  const result = useMemo(() => scoreSins(input), [input]);
  return (
    <>
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
    </>
  );
}

/** After the answer: which of the learner's items differ from the case's (only when the items were used). */
export function SinsItemDifferences({ lang, items, expected }: { lang: Locale; items: SinsInput; expected: SinsInput }) {
  const t = getT(lang);
  if (scoreSins(items).kind === 'invalid') return null;
  const diffs = sinsDifferences(items, expected);
  const label = (id: string) => sinsDefinition.components.find((c) => c.id === id)?.label[lang] ?? id;
  return <p>{diffs.length === 0 ? t('casequiz.sins.same') : t('casequiz.sins.differences', { items: diffs.map(label).join(', ') })}</p>;
}
