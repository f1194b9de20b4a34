import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { EsccGrade } from '../../core/scores/escc/escc-grades';
import { esccQueryString, parseEsccQuery } from '../../core/scores/escc/escc-query';
import { gradeEscc, type EsccResult } from '../../core/scores/escc/grade-escc';
import type { EsccNomsTexts } from '../../core/scores/noms/noms-texts';
import { toolHref } from '../../core/scores/score-ids';
import type { QueryNotice } from '../../core/scores/query';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import { EsccGradeGroup } from '../shared/EsccGradeGroup';
import type { EsccDrawings } from '../shared/escc-drawings';
import '../shared/widget.css';
import '../shared/compact.css';
import '../shared/escc-picker.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** What each grade leads to in NOMS, asked of the NOMS core and worded in `lang` by the wrapper (noms-texts.ts). */
  texts: EsccNomsTexts;
  /** The grade drawings as markup (escc-drawings.ts), built by the wrapper. */
  drawings: EsccDrawings;
  /** On the tool page the state lives in the URL; embedded in a lesson it does not. */
  syncUrl?: boolean;
  /** Lesson mode: one column, option help hidden (still read as descriptions), for several tools on one page. */
  compact?: boolean;
}

function esccText(result: EsccResult, lang: Locale, texts: EsccNomsTexts): string {
  const t = getT(lang);
  const lines = [texts.name];
  if (result.kind === 'result') {
    const grade = texts.escc.grades[result.grade];
    lines.push(`${grade.name}: ${grade.description}`);
    lines.push(texts.escc.levels[result.level]);
    lines.push(`${t('escc.inNoms')}:`);
    for (const rule of texts.byGrade[result.grade]) lines.push(`- ${rule.text}`);
  } else {
    lines.push(`${t('calc.incomplete')}. ${t('calc.missing', { items: t('escc.missingGrade') })}`);
  }
  lines.push(t('site.disclaimer'));
  return lines.join('\n');
}

export default function EsccPicker({ lang, texts, drawings, syncUrl = false, compact = false, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `escc${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [grade, setGrade] = useState<EsccGrade | undefined>(undefined);
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = esccQueryString({ escc: grade });
  useUrlState(syncUrl, (search) => {
    const parsed = parseEsccQuery(search);
    setGrade(parsed.input.escc);
    setNotices(parsed.notices);
  }, query);

  const result = useMemo(() => gradeEscc(grade), [grade]);
  const announcement = result.kind === 'result'
    ? t('escc.announce', { grade: result.grade, level: texts.escc.levels[result.level] })
    : t('escc.announceIncomplete');

  return (
    <section className={`calc escc-calc${compact ? ' calc--compact' : ''}`} aria-label={t('escc.title')} data-widget="escc">
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />
        <EsccGradeGroup lang={lang} idPrefix={idPrefix} texts={texts.escc} drawings={drawings} value={grade} onChange={setGrade} />
      </div>
      <div className="calc__result">
        {result.kind === 'result' ? (
          <div className={`result result--${result.level}`}>
            <p className="result__total"><span>{t('escc.grade')}: </span><strong data-testid="score-total">{result.grade}</strong></p>
            <p className="result__band" data-testid="score-band" data-band={result.level}>{texts.escc.levels[result.level]}</p>
            <p className="result__meaning"><strong>{t('calc.meaning')}: </strong>{texts.escc.grades[result.grade].description}</p>
            <p><strong>{t('escc.inNoms')}:</strong></p>
            <ul className="escc-result__noms" data-testid="escc-noms">
              {texts.byGrade[result.grade].map((rule) => (
                <li key={rule.id} data-rule={rule.id}>{rule.text}</li>
              ))}
            </ul>
            <p><a href={toolHref(lang, 'noms', `?escc=${result.grade}`)} data-testid="escc-to-noms">{t('escc.toNoms')}</a></p>
          </div>
        ) : (
          <div className="result result--incomplete">
            <p className="result__total"><span>{t('escc.grade')}: </span><strong data-testid="score-total">—</strong></p>
            <p className="result__band" data-testid="score-band" data-band="incomplete">{t('calc.incomplete')}</p>
            <p data-testid="score-missing">{t('calc.missing', { items: t('escc.missingGrade') })}</p>
          </div>
        )}
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setGrade(undefined); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={esccText(result, lang, texts)} lang={lang} />
          {!syncUrl && <a href={toolHref(lang, 'escc', query)}>{t('calc.link')}</a>}
        </div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
