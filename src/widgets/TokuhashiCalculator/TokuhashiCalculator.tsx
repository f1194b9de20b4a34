import { useId, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { TokuhashiBand, TokuhashiComponentId } from '../../core/scores/tokuhashi/tokuhashi-points';
import { scoreTokuhashi, type TokuhashiInput } from '../../core/scores/tokuhashi/score-tokuhashi';
import { parseTokuhashiQuery, tokuhashiQueryString } from '../../core/scores/tokuhashi/tokuhashi-query';
import { bandFor, type SumScoreDefinition } from '../../core/scores/sum-score';
import { sumScoreText } from '../shared/score-text';
import type { QueryNotice } from '../../core/scores/query';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { ResultPanel } from '../shared/ResultPanel';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import { PrimarySitePicker } from './PrimarySitePicker';
import '../shared/widget.css';
import '../shared/compact.css';
import './tokuhashi-calculator.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The score with its wording in `lang` (sumScoreIn(def, lang), by the wrapper): the island ships only the points. */
  def: SumScoreDefinition<TokuhashiComponentId, TokuhashiBand>;
  /** What each band suggests, in `lang` (tokuhashiTreatmentsIn), resolved by the wrapper. */
  treatments: Readonly<Record<TokuhashiBand, string>>;
  /** On the calculator page the state lives in the URL; embedded in a lesson it does not. */
  syncUrl?: boolean;
  /** Lesson mode: one column, option help hidden (still read as descriptions), for several tools on one page. */
  compact?: boolean;
  /** The 1990 note (components/widgets/Tokuhashi1990Note.astro): static, rendered by the wrapper, shown below the bands. */
  children?: ReactNode;
}

export default function TokuhashiCalculator({ lang, def, treatments, syncUrl = false, compact = false, strings, children }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `tok${useId().replace(/:/g, '')}`;
  const [input, setInput] = useState<TokuhashiInput>({});
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = tokuhashiQueryString(input);
  useUrlState(syncUrl, (search) => {
    const parsed = parseTokuhashiQuery(search);
    setInput(parsed.input);
    setNotices(parsed.notices);
  }, query);

  const result = useMemo(() => scoreTokuhashi(input), [input]);
  const band = result.kind === 'result' ? bandFor(def.bands, result.total) : undefined;
  const setComponent = (id: TokuhashiComponentId, value: string) => setInput((prev) => ({ ...prev, [id]: value }));

  const announcement = result.kind === 'result' && band
    ? `${t('calc.announce', { total: result.total, band: band.label[lang] })}. ${t('tokuhashi.treatment')}: ${treatments[band.code]}`
    : result.kind === 'incomplete' ? t('calc.announceIncomplete', { count: result.missing.length }) : '';

  // The treatment line belongs right after the total, before the closing disclaimer.
  const copyLines = sumScoreText(def, input, result, lang).split('\n');
  if (band) copyLines.splice(copyLines.length - 1, 0, `${t('tokuhashi.treatment')}: ${treatments[band.code]}`);
  const copyText = copyLines.join('\n');

  return (
    <section className={`calc tokuhashi-calc${compact ? ' calc--compact' : ''}`} aria-label={t('tokuhashi.title')} data-widget="tokuhashi">
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />
        {def.components.map((c) => {
          if (c.id === 'primary') {
            return <PrimarySitePicker key={c.id} idPrefix={idPrefix} component={c} value={input.primary} lang={lang} onChange={(v) => setComponent('primary', v)} />;
          }
          // Karnofsky reads from best to worst, the way it is usually recorded.
          const component = c.id === 'kps' ? { ...c, options: [...c.options].reverse() } : c;
          return <ChoiceGroup key={c.id} idPrefix={idPrefix} component={component} value={input[c.id]} lang={lang} onChange={(v) => setComponent(c.id, v)} />;
        })}
      </div>
      <div className="calc__result">
        <ResultPanel def={def} result={result} lang={lang} />
        {band && (
          <p className="tokuhashi-treatment" data-testid="tokuhashi-treatment">
            <strong>{t('tokuhashi.treatment')}: </strong>{treatments[band.code]}
          </p>
        )}
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setInput({}); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={copyText} lang={lang} />
          {!syncUrl && <a href={`/${lang}/tools/tokuhashi/${query}`}>{t('calc.link')}</a>}
        </div>
        <table className="tokuhashi-bands" data-testid="tokuhashi-bands">
          <caption>{t('tokuhashi.bandsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tokuhashi.bandsRange')}</th>
              <th scope="col">{t('tokuhashi.bandsSurvival')}</th>
              <th scope="col">{t('tokuhashi.bandsTreatment')}</th>
            </tr>
          </thead>
          <tbody>
            {def.bands.map((b) => {
              const current = band?.code === b.code;
              return (
                <tr key={b.code} data-band={b.code} className={current ? 'is-current' : undefined}>
                  <th scope="row">{b.min}–{b.max}</th>
                  <td>{b.label[lang]}{current && <> <strong>{t('tokuhashi.currentBand')}</strong></>}</td>
                  <td>{treatments[b.code]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {children}
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
