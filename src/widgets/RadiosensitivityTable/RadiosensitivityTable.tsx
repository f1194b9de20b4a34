import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { classifyRadiosensitivity } from '../../core/scores/radiosensitivity/classify-radiosensitivity';
import { histologyIds } from '../../core/scores/radiosensitivity/histology-categories';
import type { RadiosensitivityTexts } from '../../core/scores/radiosensitivity/radiosensitivity-texts';
import { parseRadiosensitivityQuery, radiosensitivityQueryString } from '../../core/scores/radiosensitivity/radiosensitivity-query';
import type { QueryNotice } from '../../core/scores/query';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import { agreementSentence, mostFrequent, radiosensitivityText, studyLabels } from './study-view';
import { FullStudyTable } from './FullStudyTable';
import '../shared/widget.css';
import './radiosensitivity-table.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** Histology, category and rating labels, the caveat and the tool's name in this page's language only, resolved by the wrapper (radiosensitivityTextsIn). */
  texts: RadiosensitivityTexts;
  /** On the calculator page the state lives in the URL; embedded in a lesson it does not. */
  syncUrl?: boolean;
}

/**
 * Histology → NOMS category (laufer2013), with what each study of the seed 000 table says about it.
 * Public test ids: score-total shows the short category label (there is no number to add up here) and
 * score-band carries data-band="radiosensitive" | "radioresistant" (or "incomplete").
 */
export default function RadiosensitivityTable({ lang, syncUrl = false, strings, texts }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `rs${useId().replace(/:/g, '')}`;
  const [histology, setHistology] = useState<string | undefined>(undefined);
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = radiosensitivityQueryString({ histology });
  useUrlState(syncUrl, (search) => {
    const parsed = parseRadiosensitivityQuery(search);
    setHistology(parsed.input.histology);
    setNotices(parsed.notices);
  }, query);

  const result = useMemo(() => classifyRadiosensitivity(histology), [histology]);
  const labels = useMemo(() => studyLabels(), []);
  const selectId = `${idPrefix}-histology`;
  const helpId = `${selectId}-help`;

  const announcement = result.kind === 'result'
    ? t('radiosensitivity.announce', { histology: texts.histologies[result.histology.id], category: texts.categories[result.noms] })
    : '';
  const mode = result.kind === 'result' ? mostFrequent(result.studies) : undefined;

  return (
    <section className="calc rs-calc" aria-label={t('radiosensitivity.title')} data-widget="radiosensitivity">
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />
        <div className="rs-select">
          <label htmlFor={selectId} className="rs-select__label">{t('radiosensitivity.histology')}</label>
          <p className="choice-group__help" id={helpId}>{t('radiosensitivity.histologyHelp')}</p>
          <select id={selectId} value={histology ?? ''} aria-describedby={helpId} onChange={(e) => setHistology(e.target.value || undefined)} data-testid="histology-select">
            <option value="">{t('radiosensitivity.choose')}</option>
            {histologyIds.map((id) => <option key={id} value={id}>{texts.histologies[id]}</option>)}
          </select>
        </div>
        {result.kind === 'result' && (
          <div className="rs-studies" data-testid="rs-studies">
            {result.reported ? (
              <>
                <table className="rs-table rs-table--one">
                  <caption>{t('radiosensitivity.studiesCaption', { histology: texts.histologies[result.histology.id] })}</caption>
                  <thead>
                    <tr><th scope="col">{t('radiosensitivity.study')}</th><th scope="col">{t('radiosensitivity.rating')}</th></tr>
                  </thead>
                  <tbody>
                    {result.studies.map((s) => {
                      const differs = result.disagreement && mode !== undefined && s.rating !== null && s.rating !== mode;
                      return (
                        <tr key={s.study} data-study={s.study} data-rating={s.rating ?? ''} className={differs ? 'is-different' : undefined}>
                          <th scope="row">{labels[s.study]}</th>
                          <td className={s.rating ? `rating rating--${s.rating}` : undefined}>
                            {s.rating ? `${texts.ratings[s.rating]} (${s.rating})` : '—'}
                            {differs && <span className="rs-differs"> — {t('radiosensitivity.differs')}</span>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                <p className={result.disagreement ? 'rs-agreement rs-agreement--disagree' : 'rs-agreement'} data-testid="rs-agreement" data-disagreement={String(result.disagreement)}>
                  {agreementSentence(result.studies, result.disagreement, lang, texts)}
                </p>
                <aside className="rs-caveat" data-testid="rs-caveat">
                  <p><strong>{t('radiosensitivity.caveatTitle')}. </strong>{texts.columnsCaveat}</p>
                </aside>
              </>
            ) : (
              <p className="rs-agreement" data-testid="rs-agreement" data-disagreement="false">{t('radiosensitivity.unreported')}</p>
            )}
          </div>
        )}
      </div>
      <div className="calc__result">
        {result.kind === 'result' ? (
          <div className={`result result--${result.noms}`}>
            <p className="result__total"><span>{t('radiosensitivity.category')}: </span><strong data-testid="score-total">{t(`radiosensitivity.short.${result.noms}`)}</strong></p>
            <p className="result__band" data-testid="score-band" data-band={result.noms}>{texts.categories[result.noms]}</p>
            <p className="result__meaning"><strong>{t('calc.meaning')}: </strong>{t(`radiosensitivity.nomsMeaning.${result.noms}`)}</p>
            <p><a href={`/${lang}/tools/noms/?histology=${result.histology.id}`}>{t('radiosensitivity.nomsLink')}</a></p>
          </div>
        ) : (
          <div className="result result--incomplete">
            <p className="result__total"><span>{t('radiosensitivity.category')}: </span><strong data-testid="score-total">—</strong></p>
            <p className="result__band" data-testid="score-band" data-band="incomplete">{t('calc.incomplete')}</p>
            <p data-testid="score-missing">{t('calc.missing', { items: t('radiosensitivity.histology') })}</p>
          </div>
        )}
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setHistology(undefined); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={radiosensitivityText(result, lang, texts)} lang={lang} />
          {!syncUrl && <a href={`/${lang}/tools/radiosensitivity/${query}`}>{t('calc.link')}</a>}
        </div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
      <FullStudyTable lang={lang} texts={texts} selected={result.kind === 'result' ? result.histology.id : undefined} labels={labels} />
    </section>
  );
}
