import type { Locale } from '../../core/i18n/locales';
import type { ScoreBand } from '../../core/scores/sum-score';

/** The band table's words in the page's language (resolved by the wrapper). */
export interface BandTableWords {
  caption: string;
  range: string;
  band: string;
  /** Heading of the advice column, when the score has advice per band. */
  advice?: string;
  /** Said next to the band of the current result. */
  current: string;
}

/** Every band of the score with its range (and advice), the current one marked. */
export function BandTable({ id, bands, current, lang, words, advice }: {
  id: string; bands: readonly ScoreBand[]; current: string | undefined; lang: Locale; words: BandTableWords; advice?: Readonly<Record<string, string>>;
}) {
  return (
    <table className="calc-bands" data-testid={`${id}-bands`}>
      <caption>{words.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{words.range}</th>
          <th scope="col">{words.band}</th>
          {advice && <th scope="col">{words.advice}</th>}
        </tr>
      </thead>
      <tbody>
        {bands.map((b) => {
          const isCurrent = current === b.code;
          return (
            <tr key={b.code} data-band={b.code} className={isCurrent ? 'is-current' : undefined}>
              <th scope="row">{b.min}–{b.max}</th>
              <td>{b.label[lang]}{isCurrent && <> <strong>{words.current}</strong></>}</td>
              {advice && <td>{advice[b.code]}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
