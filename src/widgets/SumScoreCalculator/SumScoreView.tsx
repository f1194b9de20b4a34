import { useId, useState, type ReactNode } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { bandFor, type SumScoreDefinition, type SumScoreResult } from '../../core/scores/sum-score';
import { sumScoreTool, type SumScoreTool, type SumToolInput } from '../../core/scores/sum-score-tool';
import type { QueryNotice } from '../../core/scores/query';
import { sumScoreText, type CopyExtras } from '../shared/score-text';
import { ResultPanel } from '../shared/ResultPanel';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import '../shared/widget.css';
import '../shared/compact.css';
import './sum-score-calculator.css';

/** What every sum-score island gets from its wrapper (serialisable: words in `lang`, data, flags). */
export interface SumScoreBaseProps {
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
  /** Static content rendered by the wrapper (e.g. Tokuhashi's 1990 note), shown at the end of the result. */
  children?: ReactNode;
}

/** What a slot sees: the input, a setter for some of its keys, the result and its band. */
export interface SumScoreSlotContext {
  input: SumToolInput;
  update: (patch: SumToolInput) => void;
  result: SumScoreResult<string, string>;
  band: string | undefined;
  idPrefix: string;
}

/**
 * Slots for the island roots in this folder (functions cannot be props from an Astro page): the generic
 * calculator fills them from data (groups by points, advice, bands table), SINS with its spine picker.
 */
export interface SumScoreSlots {
  /** The score's entry, when it has more than its points (SINS: the level that decides the location). */
  tool?: SumScoreTool;
  /** The inputs: the generic island's radio groups, or SINS's spine picker and radio groups. */
  renderInputs: (ctx: SumScoreSlotContext) => ReactNode;
  renderAfterResult?: (ctx: SumScoreSlotContext) => ReactNode;
  renderFooter?: (ctx: SumScoreSlotContext) => ReactNode;
  /** Said after the total and band in the live announcement. */
  announceMore?: (ctx: SumScoreSlotContext) => string | undefined;
  copyLines?: (ctx: SumScoreSlotContext) => CopyExtras;
  /** Names of inputs that are not components (e.g. "level"), for the invalid-value message. */
  extraLabels?: Partial<Record<string, string>>;
}

/**
 * Any sum score from its definition: radio groups, the live total with its band and meaning (score-total,
 * score-band), the URL kept in step through the registry entry, reset and copy.
 */
export function SumScoreView(props: SumScoreBaseProps & SumScoreSlots) {
  const { lang, def, title, syncUrl = false, compact = false, strings, children } = props;
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `${def.id}${useId().replace(/:/g, '')}`;
  // Building a tool from the points is a few lookups: no memo needed (and none shipped).
  const tool = props.tool ?? sumScoreTool({ id: def.id, points: def });
  const [input, setInput] = useState<SumToolInput>({});
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = tool.toQuery(input);
  useUrlState(syncUrl, (search) => {
    const parsed = tool.parseQuery(new URLSearchParams(search));
    setInput(parsed.input);
    setNotices(parsed.notices);
  }, query);

  const result = tool.evaluate(input);
  const band = result.kind === 'result' ? bandFor(def.bands, result.total) : undefined;
  const ctx: SumScoreSlotContext = { input, update: (patch) => setInput((prev) => ({ ...prev, ...patch })), result, band: band?.code, idPrefix };

  const more = props.announceMore?.(ctx);
  const announcement = result.kind === 'result' && band
    ? `${t('calc.announce', { total: result.total, band: band.label[lang] })}${more ? `. ${more}` : ''}`
    : result.kind === 'incomplete' ? t('calc.announceIncomplete', { count: result.missing.length }) : '';
  const copyText = sumScoreText(def, tool.describe(input, result), lang, props.copyLines?.(ctx));

  return (
    <section className={`calc${compact ? ' calc--compact' : ''}`} aria-label={title ?? def.name[lang]} data-widget={def.id}>
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />
        {props.renderInputs(ctx)}
      </div>
      <div className="calc__result">
        <ResultPanel def={def} result={result} lang={lang} extraLabels={props.extraLabels} />
        {props.renderAfterResult?.(ctx)}
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setInput({}); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={copyText} lang={lang} />
          {!syncUrl && <a href={`/${lang}/tools/${def.id}/${query}`}>{t('calc.link')}</a>}
        </div>
        {props.renderFooter?.(ctx)}
        {children}
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
