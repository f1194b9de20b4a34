import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { SinsBand, SinsComponentId } from '../../core/scores/sins/sins-points';
import { sinsTool } from '../../core/scores/sins/sins-tool';
import { sinsNextCodes, type SinsNextTexts } from '../../core/scores/sins/mechanical-indication';
import type { SumScoreDefinition } from '../../core/scores/sum-score';
import { SinsInputs } from '../shared/SinsInputs';
import { SumScoreView, type SumScoreSlotContext } from './SumScoreView';
// Its styles come with SinsInputs (shared/sins-calculator.css).

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** SINS with its wording in `lang` (sumScoreIn(sinsDefinition, lang), by the wrapper): the island ships only the points. */
  def: SumScoreDefinition<SinsComponentId, SinsBand>;
  /** The wording of the next step (sinsNextTexts) in `lang`, resolved by the wrapper. */
  nextTexts: SinsNextTexts;
  syncUrl?: boolean;
  compact?: boolean;
}

/**
 * SINS is the generic sum-score view with two slots: the spine picker for the level (which decides the
 * location, through the registry entry's derived input) and, under the result, the next step NOMS takes.
 */
export default function SinsCalculator(props: Props) {
  const { lang, def, nextTexts, strings } = props;
  provideStrings(lang, strings);
  const t = getT(lang);
  const levelLabel = t('sins.levelLegend');
  const next = ({ input, result }: SumScoreSlotContext) =>
    result.kind === 'result' ? sinsNextCodes(result.band as SinsBand, input.pain === 'mechanical') : undefined;

  return (
    <SumScoreView
      {...props}
      title={t('sins.title')}
      tool={sinsTool}
      extraLabels={{ level: levelLabel }}
      renderInputs={({ input, update, idPrefix }) => <SinsInputs lang={lang} def={def} idPrefix={idPrefix} input={input} onChange={update} />}
      copyLines={(ctx) => {
        const n = next(ctx);
        const reasons = n ? n.decision.reasons.map((r) => nextTexts.reasons[r]) : [];
        return {
          before: ctx.input.level ? [`${levelLabel}: ${ctx.input.level}`] : [],
          after: n ? [`${t('sins.next')}:`, ...reasons.map((x) => `- ${x.when} → ${x.then}`), ...(n.cementCheck ? [nextTexts.cementCheck] : [])] : [],
        };
      }}
      renderAfterResult={(ctx) => {
        const n = next(ctx);
        if (!n) return null;
        return (
          <div className="sins-next" data-testid="sins-next" data-indication={n.decision.indication}>
            <p className="sins-next__heading"><strong>{t('sins.next')}</strong></p>
            <ul>
              {n.decision.reasons.map((r) => {
                const x = nextTexts.reasons[r];
                return <li key={r} data-reason={r}><strong>{x.when}:</strong> {x.then}</li>;
              })}
            </ul>
            {n.cementCheck && (
              <p className="note note--pitfall sins-next__caution" data-testid="sins-cement-check">
                <strong>{t('note.pitfall')}:</strong> {nextTexts.cementCheck}
              </p>
            )}
            <p><a href={`/${lang}/tools/noms/${sinsTool.toQuery(ctx.input)}`} data-testid="sins-to-noms">{t('sins.toNoms')}</a></p>
          </div>
        );
      }}
    />
  );
}
