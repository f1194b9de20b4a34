import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { SinsBand, SinsComponentId } from '../../core/scores/sins/sins-points';
import { scoreSins, type SinsInput } from '../../core/scores/sins/score-sins';
import { parseSinsQuery, sinsQueryString } from '../../core/scores/sins/sins-query';
import { locationOfLevel } from '../../core/scores/sins/spine-levels';
import { sinsNextCodes, type SinsNextTexts } from '../../core/scores/sins/mechanical-indication';
import { toolHref } from '../../core/scores/score-ids';
import { bandFor, type SumScoreDefinition } from '../../core/scores/sum-score';
import { sumScoreText } from '../shared/score-text';
import type { QueryNotice } from '../../core/scores/query';
import { ResultPanel } from '../shared/ResultPanel';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import { SinsInputs } from '../shared/SinsInputs';
import '../shared/widget.css';
import '../shared/compact.css';
import '../shared/sins-calculator.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** SINS with its wording in `lang` (sumScoreIn(sinsDefinition, lang), by the wrapper): the island ships only the points. */
  def: SumScoreDefinition<SinsComponentId, SinsBand>;
  /** The wording of the next step (sinsNextTexts) in `lang`, resolved by the wrapper. */
  nextTexts: SinsNextTexts;
  /** On the calculator page the state lives in the URL; embedded in a lesson it does not. */
  syncUrl?: boolean;
  /** Lesson mode: one column, option help hidden (still read as descriptions), for several tools on one page. */
  compact?: boolean;
}

export default function SinsCalculator({ lang, def, nextTexts, syncUrl = false, compact = false, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `sins${useId().replace(/:/g, '')}`;
  const [input, setInput] = useState<SinsInput>({});
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = sinsQueryString(input);
  useUrlState(syncUrl, (search) => {
    const parsed = parseSinsQuery(search);
    setInput(parsed.input);
    setNotices(parsed.notices);
  }, query);

  const result = useMemo(() => scoreSins(input), [input]);
  const location = input.level ? locationOfLevel(input.level) : input.location;

  const announcement = result.kind === 'result'
    ? t('calc.announce', { total: result.total, band: bandFor(def.bands, result.total).label[lang] })
    : result.kind === 'incomplete' ? t('calc.announceIncomplete', { count: result.missing.length }) : '';
  // The next step is the mechanical rule NOMS uses: band plus whether the pain is mechanical.
  const next = result.kind === 'result' ? sinsNextCodes(result.band, input.pain === 'mechanical') : undefined;
  const reasons = next ? next.decision.reasons.map((r) => nextTexts.reasons[r]) : [];
  const nextLines = next
    ? [`${t('sins.next')}:`, ...reasons.map((x) => `- ${x.when} → ${x.then}`), ...(next.cementCheck ? [nextTexts.cementCheck] : [])]
    : [];
  const copyText = [
    sumScoreText(def, { ...input, location }, result, lang, input.level ? [`${t('sins.levelLegend')}: ${input.level}`] : []),
    ...nextLines,
  ].join('\n');

  return (
    <section className={`calc sins-calc${compact ? ' calc--compact' : ''}`} aria-label={t('sins.title')} data-widget="sins">
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />
        <SinsInputs lang={lang} def={def} idPrefix={idPrefix} input={input} onChange={(patch) => setInput((prev) => ({ ...prev, ...patch }))} />
      </div>
      <div className="calc__result">
        <ResultPanel def={def} result={result} lang={lang} extraLabels={{ level: t('sins.levelLegend') }} />
        {next && (
          <div className="sins-next" data-testid="sins-next" data-indication={next.decision.indication}>
            <p className="sins-next__heading"><strong>{t('sins.next')}</strong></p>
            <ul>
              {reasons.map((x, i) => <li key={i} data-reason={next.decision.reasons[i]}><strong>{x.when}:</strong> {x.then}</li>)}
            </ul>
            {next.cementCheck && (
              <p className="note note--pitfall sins-next__caution" data-testid="sins-cement-check">
                <strong>{t('note.pitfall')}:</strong> {nextTexts.cementCheck}
              </p>
            )}
            <p><a href={toolHref(lang, 'noms', sinsQueryString(input))} data-testid="sins-to-noms">{t('sins.toNoms')}</a></p>
          </div>
        )}
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setInput({}); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={copyText} lang={lang} />
          {!syncUrl && <a href={`/${lang}/tools/sins/${query}`}>{t('calc.link')}</a>}
        </div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
