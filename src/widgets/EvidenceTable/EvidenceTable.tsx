import { useId, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { initialEvidence, naturalDir, selectStudies, studyFlags, summarize, type EvidenceView, type Filter, type SortKey } from '../../core/lesson-tools/evidence/vp-rfa-studies';
import { formatDecimal as formatNumber } from '../shared/ui-strings';
import type { UrlSync } from '../shared/UrlSync';
import '../shared/widget.css';
import '../shared/lesson-tools.css';

interface Props {
  strings?: UiStrings;
  lang: Locale;
  /** On its tool page (EvidenceTableTool.tsx) the state lives in the URL, so a link reproduces it. */
  url?: UrlSync<EvidenceView>;
}


/** Sortable, filterable table: sort buttons sit in the column headers, which carry aria-sort. */
export default function EvidenceTable({ lang, strings, url: Url }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const id = `ev${useId().replace(/:/g, '')}`;
  const [view, setView] = useState<EvidenceView>(initialEvidence);
  const { sort, dir } = view;
  const filter: Filter = { design: view.design, events: view.events };
  const setFilter = (f: Filter) => setView((prev) => ({ ...prev, ...f }));
  const rows = selectStudies(filter, sort, dir);
  const sum = summarize(rows);
  const sortBy = (k: SortKey) => setView((prev) => (k === prev.sort ? { ...prev, dir: prev.dir === 'asc' ? 'desc' : 'asc' } : { ...prev, sort: k, dir: naturalDir(k) }));
  const head = (k: SortKey) => (
    <th scope="col" aria-sort={sort === k ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="lt-sort" onClick={() => sortBy(k)} data-sort={k} aria-label={t('ev.sortBy', { column: t(`ev.col.${k}`) })}>
        {t(`ev.col.${k}`)} <span aria-hidden="true">{sort === k ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );

  return (
    <section className="calc lesson-tool lesson-tool--wide" aria-label={t('ev.title')} data-widget="evidence-table">
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={view} onLoad={setView} />}
        <p>{t('ev.lead')}</p>
        <div className="lt-filters">
          <label htmlFor={`${id}-design`}>{t('ev.filter.design')}{' '}
            <select id={`${id}-design`} value={filter.design} onChange={(e) => setFilter({ ...filter, design: e.target.value as Filter['design'] })} data-testid="ev-design">
              <option value="all">{t('ev.all')}</option>
              <option value="prospective">{t('ev.design.prospective')}</option>
              <option value="retrospective">{t('ev.design.retrospective')}</option>
            </select>
          </label>
          <label htmlFor={`${id}-events`}>{t('ev.filter.events')}{' '}
            <select id={`${id}-events`} value={filter.events} onChange={(e) => setFilter({ ...filter, events: e.target.value as Filter['events'] })} data-testid="ev-events">
              <option value="all">{t('ev.all')}</option>
              <option value="neuro-thermal">{t('ev.events.neuro-thermal')}</option>
              <option value="cement">{t('ev.events.cement')}</option>
              <option value="none">{t('ev.events.none')}</option>
            </select>
          </label>
        </div>
        <div className="lt-scroll" role="region" aria-label={t('ev.tableRegion')} tabIndex={0}>
          <table className="lesson-tool__table lt-evidence" data-testid="ev-table">
            <caption className="visually-hidden">{t('ev.title')}</caption>
            <thead>
              <tr>
                <th scope="col" className="lt-plain">{t('ev.col.study')}</th>
                {head('year')}
                <th scope="col" className="lt-plain">{t('ev.col.design')}</th>
                {head('patients')}{head('procedures')}{head('followUpMonths')}{head('improvedPct')}
                <th scope="col" className="lt-plain">{t('ev.col.complications')}</th>
                <th scope="col" className="lt-plain">{t('ev.col.flags')}</th>
              </tr>
            </thead>
            <tbody aria-live="polite">
              {rows.map((s) => (
                <tr key={s.id} data-study={s.id}>
                  <th scope="row">{s.label}</th>
                  <td data-label={t('ev.col.year')}>{s.year}</td>
                  <td data-label={t('ev.col.design')}>{t(`ev.design.${s.design}`)}</td>
                  <td data-label={t('ev.col.patients')}>{s.patients}</td>
                  <td data-label={t('ev.col.procedures')}>{s.procedures}</td>
                  <td data-label={t('ev.col.followUpMonths')}>{s.followUp[lang]}</td>
                  <td data-label={t('ev.col.improvedPct')}>{formatNumber(s.improvedPct, lang)}%</td>
                  <td data-label={t('ev.col.complications')}>{s.complications[lang]}</td>
                  <td data-label={t('ev.col.flags')}><ul className="lt-flags">{studyFlags(s).map((f) => <li key={f} data-flag={f}>{t(`ev.flag.${f}`)}</li>)}</ul></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p data-testid="ev-summary">{sum ? t('ev.summary', { studies: sum.studies, patients: sum.patients, min: formatNumber(sum.improvedMin, lang), max: formatNumber(sum.improvedMax, lang) }) : t('ev.empty')}</p>
        <p className="meta">{t('ev.legend')}</p>
      </div>
    </section>
  );
}

