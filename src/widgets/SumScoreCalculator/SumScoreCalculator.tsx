import { ChoiceGroup } from '../shared/ChoiceGroup';
import { ByPointsGroup } from './ByPointsGroup';
import { BandTable, type BandTableWords } from './BandTable';
import { SumScoreView, type SumScoreBaseProps } from './SumScoreView';

export interface SumScoreCalculatorProps extends SumScoreBaseProps {
  /** What each band suggests (Tokuhashi's treatment), in `lang`: shown with the result, announced and copied. */
  advice?: { key: string; label: string; byBand: Readonly<Record<string, string>> };
  /** Show every band in a table under the result, the current one marked (its words in `lang`). */
  bandTable?: BandTableWords;
}

/**
 * The island for any sum score, from the definition its wrapper passes: each component as radios (grouped by
 * points or listed last to first when the definition says so), and optionally advice per band and a bands table.
 */
export default function SumScoreCalculator({ advice, bandTable, ...props }: SumScoreCalculatorProps) {
  const { lang, def } = props;
  const adviceOf = (band: string | undefined) => (band && advice ? advice.byBand[band] : undefined);
  return (
    <SumScoreView
      {...props}
      renderInputs={({ input, update, idPrefix }) => def.components.map((c) => {
        const onChange = (v: string) => update({ [c.id]: v });
        if (c.display === 'by-points') return <ByPointsGroup key={c.id} idPrefix={idPrefix} component={c} value={input[c.id]} lang={lang} onChange={onChange} />;
        const component = c.display === 'reversed' ? { ...c, options: [...c.options].reverse() } : c;
        return <ChoiceGroup key={c.id} idPrefix={idPrefix} component={component} value={input[c.id]} lang={lang} onChange={onChange} />;
      })}
      announceMore={({ band }) => (adviceOf(band) ? `${advice?.label}: ${adviceOf(band)}` : undefined)}
      copyLines={({ band }) => ({ beforeDisclaimer: adviceOf(band) ? [`${advice?.label}: ${adviceOf(band)}`] : [] })}
      renderAfterResult={({ band }) => adviceOf(band) && (
        <p className="calc-advice" data-testid={`${def.id}-${advice?.key}`}>
          <strong>{advice?.label}: </strong>{adviceOf(band)}
        </p>
      )}
      renderFooter={({ band }) => bandTable && <BandTable id={def.id} bands={def.bands} current={band} lang={lang} words={bandTable} advice={advice?.byBand} />}
    />
  );
}
