import { useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { classifyRadiosensitivity } from '../../core/scores/radiosensitivity/classify-radiosensitivity';
import { histologyIds } from '../../core/scores/radiosensitivity/histology-categories';
import { studyRows } from '../../core/scores/radiosensitivity/radiation-response-studies';
import type { RadiosensitivityTexts } from '../../core/scores/radiosensitivity/radiosensitivity-texts';

type SortKey = 'histology' | 'noms';
type SortState = { key: SortKey; dir: 'ascending' | 'descending' } | null;

interface Props {
  lang: Locale;
  /** The tool's wording in `lang` (radiosensitivityTextsIn, resolved by the wrapper). */
  texts: RadiosensitivityTexts;
  selected: string | undefined;
  labels: Record<string, string>;
}

/** Every histology against every study row, for study: sortable by histology (and by NOMS category). */
export function FullStudyTable({ lang, texts, selected, labels }: Props) {
  const t = getT(lang);
  const [sort, setSort] = useState<SortState>(null);
  const rows = useMemo(() => {
    const all = histologyIds.map((id) => {
      const r = classifyRadiosensitivity(id);
      // Every id in histologies classifies; the guard only satisfies the type.
      return r.kind === 'result' ? r : null;
    }).filter((r) => r !== null);
    if (!sort) return all;
    const byName = (a: (typeof all)[number], b: (typeof all)[number]) => texts.histologies[a.histology.id].localeCompare(texts.histologies[b.histology.id], lang);
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...all].sort((a, b) =>
      sort.key === 'histology'
        ? sign * byName(a, b)
        : sign * t(`radiosensitivity.short.${a.noms}`).localeCompare(t(`radiosensitivity.short.${b.noms}`), lang) || byName(a, b),
    );
  }, [sort, lang, t, texts]);

  const toggle = (key: SortKey) =>
    setSort((prev) => ({ key, dir: prev?.key === key && prev.dir === 'ascending' ? 'descending' : 'ascending' }));
  const ariaSort = (key: SortKey) => (sort?.key === key ? sort.dir : undefined);
  const arrow = (key: SortKey) => (sort?.key === key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕');

  return (
    <details className="rs-full" data-testid="rs-full">
      <summary>{t('radiosensitivity.fullTitle')}</summary>
      <div className="rs-full__scroll table-scroll" tabIndex={0} role="region" aria-label={t('radiosensitivity.fullTitle')}>
        <table className="rs-table rs-table--full">
          <caption>{t('radiosensitivity.fullCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort('histology')}>
                <button type="button" className="rs-sort" onClick={() => toggle('histology')} data-testid="sort-histology">
                  {t('radiosensitivity.sortHistology')} <span aria-hidden="true">{arrow('histology')}</span>
                </button>
              </th>
              <th scope="col" aria-sort={ariaSort('noms')}>
                <button type="button" className="rs-sort" onClick={() => toggle('noms')} data-testid="sort-noms">
                  {t('radiosensitivity.sortNoms')} <span aria-hidden="true">{arrow('noms')}</span>
                </button>
              </th>
              {studyRows.map((s) => <th key={s.id} scope="col">{labels[s.id]}</th>)}
              <th scope="col">{t('radiosensitivity.agreement')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const isSelected = r.histology.id === selected;
              const classes = [r.disagreement ? 'is-disagreement' : '', isSelected ? 'is-selected' : ''].filter(Boolean).join(' ');
              return (
                <tr key={r.histology.id} data-histology={r.histology.id} className={classes || undefined}>
                  <th scope="row">
                    {texts.histologies[r.histology.id]}
                    {isSelected && <span className="visually-hidden"> ({t('radiosensitivity.selected')})</span>}
                  </th>
                  <td>{t(`radiosensitivity.short.${r.noms}`)}</td>
                  {r.studies.map((s) => (
                    <td key={s.study} className={s.rating ? `rating rating--${s.rating}` : 'rating'}>
                      {s.rating ? (
                        <><span aria-hidden="true">{s.rating}</span><span className="visually-hidden">{texts.ratings[s.rating]}</span></>
                      ) : (
                        <><span aria-hidden="true">—</span><span className="visually-hidden">{t('radiosensitivity.notRated')}</span></>
                      )}
                    </td>
                  ))}
                  <td>
                    {!r.reported
                      ? t('radiosensitivity.notRated')
                      : r.disagreement ? <strong>{t('radiosensitivity.agreementDisagree')}</strong> : t('radiosensitivity.agreementAgree')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="meta">{t('radiosensitivity.legend')} {t('radiosensitivity.repeatNote')}</p>
      <p className="meta rs-caveat">{texts.columnsCaveat}</p>
    </details>
  );
}
