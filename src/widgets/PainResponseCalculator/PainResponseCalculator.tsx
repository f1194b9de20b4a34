import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { assessPainResponse, type PainField, type PainInput, type PainInvalid } from '../../core/scores/pain-response/assess-pain-response';
import { painInvalidText } from './pain-invalid-text';
import { odiRange, vasRange } from '../../core/scores/pain-response/pain-response-definition';
import type { PainResponseTexts } from '../../core/scores/pain-response/pain-response-texts';
import { painQueryString, parsePainQuery } from '../../core/scores/pain-response/pain-response-query';
import type { QueryNotice } from '../../core/scores/query';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import { formatNumber, odiText, painResponseText, signed } from './pain-response-text';
import { PainDefinitions } from './PainDefinitions';
import '../shared/widget.css';
import './pain-response-calculator.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The bands', the trial's and the tool's wording in this page's language only, resolved by the wrapper (painResponseTextsIn). */
  texts: PainResponseTexts;
  /** On the calculator page the state lives in the URL; embedded in a lesson it does not. */
  syncUrl?: boolean;
}

/** The worked case of seed 000 (urothelial carcinoma, L2 fracture treated with RF ablation and cement). */
const urothelialL2: PainInput = { vasBefore: '9', vasAfter: '6', odiBefore: '39', odiAfter: '26' };

const groups: { legend: 'painResponse.vasLegend' | 'painResponse.odiLegend'; help: 'painResponse.vasHelp' | 'painResponse.odiHelp'; fields: [PainField, PainField]; range: { min: number; max: number } }[] = [
  { legend: 'painResponse.vasLegend', help: 'painResponse.vasHelp', fields: ['vasBefore', 'vasAfter'], range: vasRange },
  { legend: 'painResponse.odiLegend', help: 'painResponse.odiHelp', fields: ['odiBefore', 'odiAfter'], range: odiRange },
];

export default function PainResponseCalculator({ lang, syncUrl = false, strings, texts }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `pain${useId().replace(/:/g, '')}`;
  const [input, setInput] = useState<PainInput>({});
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = painQueryString(input);
  useUrlState(syncUrl, (search) => {
    const parsed = parsePainQuery(search);
    setInput(parsed.input);
    setNotices(parsed.notices);
  }, query);

  const result = useMemo(() => assessPainResponse(input), [input]);
  const invalidByField = new Map<PainField, PainInvalid>(result.kind === 'invalid' ? result.invalid.map((i) => [i.component, i]) : []);
  const fieldName = (f: PainField) => t(`painResponse.field.${f}`);
  const setField = (f: PainField, value: string) => setInput((prev) => ({ ...prev, [f]: value }));

  const announcement =
    result.kind === 'result'
      ? t('painResponse.announce', { band: texts.bands[result.band].label, change: signed(-result.drop, lang) })
      : result.kind === 'incomplete'
        ? t('painResponse.announceIncomplete', { count: result.missing.length })
        : result.kind === 'invalid'
          ? t('painResponse.announceInvalid')
          : texts.noBaseline;

  return (
    <section className="calc pain-calc" aria-label={t('painResponse.title')} data-widget="pain-response">
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />
        {groups.map((g) => {
          const helpId = `${idPrefix}-${g.fields[0]}-group-help`;
          return (
            <fieldset key={g.legend} className="pain-fields" aria-describedby={helpId}>
              <legend>{t(g.legend)}</legend>
              <p className="choice-group__help" id={helpId}>{t(g.help)}</p>
              <div className="pain-fields__row">
                {g.fields.map((f) => {
                  const id = `${idPrefix}-${f}`;
                  const invalid = invalidByField.get(f);
                  const errorId = `${id}-error`;
                  return (
                    <div key={f} className={`pain-field${invalid ? ' is-invalid' : ''}`}>
                      <label htmlFor={id}>{fieldName(f)} <span className="pain-field__range">({g.range.min}–{g.range.max})</span></label>
                      <input
                        id={id}
                        name={f}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        spellCheck={false}
                        value={input[f] === undefined ? '' : String(input[f])}
                        onChange={(e) => setField(f, e.target.value)}
                        aria-invalid={invalid ? true : undefined}
                        aria-describedby={invalid ? `${helpId} ${errorId}` : helpId}
                        data-testid={`input-${f}`}
                      />
                      {invalid && <p className="pain-field__error" id={errorId} data-testid={`error-${f}`}>{painInvalidText(invalid, lang)}</p>}
                    </div>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
        <div className="calc__actions">
          <button type="button" onClick={() => { setInput({ ...urothelialL2 }); setNotices([]); }} data-testid="preset-urothelial">{t('painResponse.preset')}</button>
        </div>
        <PainDefinitions lang={lang} trial={texts.trial} />
      </div>
      <div className="calc__result">
        <PainResult result={result} lang={lang} fieldName={fieldName} texts={texts} />
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setInput({}); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={painResponseText(input, result, lang, texts)} lang={lang} />
          {!syncUrl && <a href={`/${lang}/tools/pain-response/${query}`}>{t('calc.link')}</a>}
        </div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}

function PainResult({ result, lang, fieldName, texts }: { result: ReturnType<typeof assessPainResponse>; lang: Locale; fieldName: (f: PainField) => string; texts: PainResponseTexts }) {
  const t = getT(lang);
  const total = (text: string) => (
    <p className="result__total"><span>{t('painResponse.vasChange')}: </span><strong data-testid="score-total">{text}</strong></p>
  );
  if (result.kind === 'invalid') {
    return (
      <div className="result result--invalid">
        {total('—')}
        <p className="result__band" data-testid="score-band" data-band="invalid">{t('painResponse.invalid')}</p>
        <ul>{result.invalid.map((i) => <li key={i.component}>{fieldName(i.component)}</li>)}</ul>
      </div>
    );
  }
  if (result.kind === 'incomplete') {
    return (
      <div className="result result--incomplete">
        {total('—')}
        <p className="result__band" data-testid="score-band" data-band="incomplete">{t('calc.incomplete')}</p>
        <p data-testid="score-missing">{t('calc.missing', { items: result.missing.map(fieldName).join(', ') })}</p>
      </div>
    );
  }
  const odiLine = result.odi ? (
    <p data-testid="pain-odi">
      <strong>{t('painResponse.odiChange')}: </strong>
      {odiText(result.odi, lang)}
    </p>
  ) : result.odiMissing.length > 0 ? (
    <p data-testid="pain-odi" className="meta">
      <strong>{t('painResponse.odiChange')}: </strong>
      {t('calc.missing', { items: result.odiMissing.map(fieldName).join(', ') })}
    </p>
  ) : (
    <p data-testid="pain-odi" className="meta">{t('painResponse.odiNone')}</p>
  );
  if (result.kind === 'not-applicable') {
    return (
      <div className="result result--not-applicable">
        {total('—')}
        <p className="result__band" data-testid="score-band" data-band="not-applicable">{t('painResponse.notApplicable')}</p>
        <p className="result__meaning">{texts.noBaseline}</p>
        {odiLine}
      </div>
    );
  }
  const band = texts.bands[result.band];
  return (
    <div className={`result result--${result.band}`}>
      {total(signed(-result.drop, lang))}
      <p className="result__band" data-testid="score-band" data-band={result.band}>{band.label}</p>
      <p className="result__meaning"><strong>{t('calc.meaning')}: </strong>{band.meaning}</p>
      <p data-testid="pain-vas">
        <strong>{t('painResponse.vasChange')}: </strong>
        {t('painResponse.changeDetail', {
          before: formatNumber(result.vasBefore, lang),
          after: formatNumber(result.vasAfter, lang),
          change: signed(-result.drop, lang),
          percent: `${signed(-result.percentReduction, lang)}%`,
        })}
      </p>
      <p className={`pain-significant${result.significant ? ' is-significant' : ''}`} data-testid="pain-significant" data-significant={String(result.significant)}>
        <strong>{texts.significant.label}: </strong>
        {result.significant ? t('painResponse.yes') : t('painResponse.no')}
        {result.significant && <span className="pain-significant__meaning"> — {texts.significant.meaning}</span>}
      </p>
      {odiLine}
    </div>
  );
}
