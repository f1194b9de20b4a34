import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { candidateQueryString, checkVertebroplasty, vpCriteria, type CriterionKind } from '../../core/lesson-tools/vertebroplasty/candidate-rules';
import { citeText } from '../shared/cite';
import type { VpCheckTexts } from '../../core/lesson-tools/vertebroplasty/candidate-texts';
import type { UrlSync } from '../shared/UrlSync';
import '../shared/widget.css';
import '../shared/lesson-tools.css';

interface Props {
  strings?: UiStrings;
  lang: Locale;
  /** The criteria's wording in this page's language only, resolved by the wrapper (vpCheckTextsIn). */
  texts: VpCheckTexts;
  /** On its tool page (VertebroplastyCheckTool.tsx) the ticked criteria live in the URL. */
  url?: UrlSync<string[]>;
}

const groups: readonly CriterionKind[] = ['indication', 'absolute', 'relative', 'caution'];
const tone = { contraindicated: 'danger', 'no-indication': 'neutral', 'team-decision': 'warn', candidate: 'ok' } as const;

/** Checkboxes over the rule data; the verdict and the actions come from the core, nothing is decided here. */
export default function VertebroplastyCheck({ lang, url: Url, strings, texts }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `vp${useId().replace(/:/g, '')}`;
  const [on, setOn] = useState<string[]>([]);
  const query = candidateQueryString(on);
  const result = useMemo(() => checkVertebroplasty(on), [on]);
  const toggle = (id: string) => setOn((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  const flagged = [...result.absolute, ...result.relative, ...result.cautions];

  return (
    <section className="calc lesson-tool" aria-label={t('vp.title')} data-widget="vp-check">
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={on} onLoad={setOn} />}
        <p>{t('vp.lead')}</p>
        {groups.map((g) => (
          <fieldset key={g} className={`choice-group lesson-tool__group lesson-tool__group--${g}`}>
            <legend>{t(`vp.group.${g}`)}</legend>
            <div className="choice-group__options">
              {vpCriteria.filter((c) => c.kind === g).map((c) => {
                const id = `${idPrefix}-${c.id}`;
                return (
                  <label key={c.id} htmlFor={id} className={on.includes(c.id) ? 'is-checked' : undefined}>
                    <input type="checkbox" id={id} checked={on.includes(c.id)} onChange={() => toggle(c.id)} data-criterion={c.id} />
                    <span className="choice-group__label">{texts[c.id].label}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="calc__result">
        <div className={`result lesson-tool__verdict lesson-tool__verdict--${tone[result.verdict]}`} data-testid="vp-verdict" data-verdict={result.verdict} aria-live="polite">
          <p className="result__band">{t(`vp.verdict.${result.verdict}`)}</p>
          <p>{t(`vp.meaning.${result.verdict}`)}</p>
          {flagged.length > 0 && (
            <>
              <h3>{t('vp.actions')}</h3>
              <ul data-testid="vp-actions">
                {flagged.map((c) => (
                  <li key={c.id} data-criterion={c.id}>
                    <strong>{texts[c.id].label}</strong>: {texts[c.id].action} <span className="meta">({citeText(c.refs, lang)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="calc__actions">
          <button type="button" onClick={() => setOn([])} data-testid="reset">{t('calc.reset')}</button>
          {!Url && <a href={`/${lang}/tools/vertebroplasty-check/${query}`}>{t('calc.link')}</a>}
        </div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
