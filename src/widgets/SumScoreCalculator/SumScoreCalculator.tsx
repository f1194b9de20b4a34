import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { bandFor, type SumScoreDefinition, type SumScoreResult } from '../../core/scores/sum-score';
import { sumScoreTool, type SumScoreTool, type SumToolInput } from '../../core/scores/sum-score-tool';
import type { QueryNotice } from '../../core/scores/query';
import { sumScoreText } from '../shared/score-text';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { ResultPanel } from '../shared/ResultPanel';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import { ByPointsGroup } from './ByPointsGroup';
import { BandTable, type BandTableWords } from './BandTable';
import '../shared/widget.css';
import '../shared/compact.css';
import './sum-score-calculator.css';

export interface SumScoreCalculatorProps {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The score with its wording in `lang` (sumScoreIn(def, lang), by the wrapper): data only, scored here. */
  def: SumScoreDefinition;
  /** The calculator region's accessible name (default: the score's name). */
  title?: string;
  /** On the calculator page the state lives in the URL; embedded in a lesson it does not. */
  syncUrl?: boolean;
  /** Lesson mode: one column, option help hidden (still read as descriptions), for several tools on one page. */
  compact?: boolean;
  /** What each band suggests (Tokuhashi's treatment), in `lang`: shown with the result, announced and copied. */
  advice?: { key: string; label: string; byBand: Readonly<Record<string, string>> };
  /** Show every band in a table under the result, the current one marked (its words in `lang`). */
  bandTable?: BandTableWords;
  /** Static content rendered by the wrapper (e.g. Tokuhashi's 1990 note), shown under the bands. */
  children?: ReactNode;
}

/** What a slot sees: the input, a setter for some of its keys, the result. */
export interface SumScoreSlotContext {
  input: SumToolInput;
  update: (patch: SumToolInput) => void;
  result: SumScoreResult<string, string>;
  idPrefix: string;
}

/**
 * Slots for an island root that needs more than radio groups (SINS: the spine picker and the next step).
 * Functions cannot be props from an Astro page, so only a root written in TSX passes these.
 */
export interface SumScoreSlots {
  /** The score's entry, when it has more than its points (SINS: the level that decides the location). */
  tool?: SumScoreTool;
  renderInputs?: (ctx: SumScoreSlotContext) => ReactNode;
  renderAfterResult?: (ctx: SumScoreSlotContext) => ReactNode;
  /** Lines for the copied text: `before` under the name, `after` at the very end. */
  copyLines?: (ctx: SumScoreSlotContext) => { before?: string[]; after?: string[] };
  /** Names of inputs that are not components (e.g. "level"), for the invalid-value message. */
  extraLabels?: Partial<Record<string, string>>;
}

/**
 * Any sum score from its definition alone: one radio group per component, the live total with its band and
 * meaning (score-total, score-band), the URL kept in step, reset and copy. A new sum score needs no view.
 */
export function SumScoreView(props: SumScoreCalculatorProps & SumScoreSlots) {
  const { lang, def, title, syncUrl = false, compact = false, strings, advice, bandTable, children } = props;
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `${def.id.replace(/[^a-z0-9]/gi, '')}${useId().replace(/:/g, '')}`;
  const tool = useMemo(() => props.tool ?? sumScoreTool({ id: def.id, points: def }), [props.tool, def]);
  const [input, setInput] = useState<SumToolInput>({});
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = tool.toQuery(input);
  useUrlState(syncUrl, (search) => {
    const parsed = tool.parseQuery(new URLSearchParams(search));
    setInput(parsed.input);
    setNotices(parsed.notices);
  }, query);

  const result = useMemo(() => tool.evaluate(input), [tool, input]);
  const band = result.kind === 'result' ? bandFor(def.bands, result.total) : undefined;
  const adviceText = band && advice ? advice.byBand[band.code] : undefined;
  const ctx: SumScoreSlotContext = { input, update: (patch) => setInput((prev) => ({ ...prev, ...patch })), result, idPrefix };

  const announcement = result.kind === 'result' && band
    ? `${t('calc.announce', { total: result.total, band: band.label[lang] })}${adviceText ? `. ${advice?.label}: ${adviceText}` : ''}`
    : result.kind === 'incomplete' ? t('calc.announceIncomplete', { count: result.missing.length }) : '';

  const extra = props.copyLines?.(ctx) ?? {};
  const copyText = sumScoreText(def, tool.describe(input, result), lang, {
    before: extra.before,
    beforeDisclaimer: adviceText ? [`${advice?.label}: ${adviceText}`] : [],
    after: extra.after,
  });

  return (
    <section className={`calc ${def.id}-calc${compact ? ' calc--compact' : ''}`} aria-label={title ?? def.name[lang]} data-widget={def.id}>
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />
        {props.renderInputs
          ? props.renderInputs(ctx)
          : def.components.map((c) => {
            const onChange = (v: string) => ctx.update({ [c.id]: v });
            if (c.display === 'by-points') return <ByPointsGroup key={c.id} idPrefix={idPrefix} component={c} value={input[c.id]} lang={lang} onChange={onChange} />;
            const component = c.display === 'reversed' ? { ...c, options: [...c.options].reverse() } : c;
            return <ChoiceGroup key={c.id} idPrefix={idPrefix} component={component} value={input[c.id]} lang={lang} onChange={onChange} />;
          })}
      </div>
      <div className="calc__result">
        <ResultPanel def={def} result={result} lang={lang} extraLabels={props.extraLabels} />
        {adviceText && (
          <p className="calc-advice" data-testid={`${def.id}-${advice?.key}`}>
            <strong>{advice?.label}: </strong>{adviceText}
          </p>
        )}
        {props.renderAfterResult?.(ctx)}
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setInput({}); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={copyText} lang={lang} />
          {!syncUrl && <a href={`/${lang}/tools/${def.id}/${query}`}>{t('calc.link')}</a>}
        </div>
        {bandTable && <BandTable id={def.id} bands={def.bands} current={band?.code} lang={lang} words={bandTable} advice={advice?.byBand} />}
        {children}
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}

/** The island: any sum score, from the definition its wrapper passes. */
export default function SumScoreCalculator(props: SumScoreCalculatorProps) {
  return <SumScoreView {...props} />;
}
