import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import { runChecker, visibleQuestions, type Answers, type CheckQuestion, type CheckerDef, type CheckerRules } from '../../core/lesson-tools/checker/checker';
import type { CheckerTexts } from '../../core/lesson-tools/checker/checker-texts';
import { citeText } from '../../core/lesson-tools/sources';
import { Radios } from './Radios';
import type { UrlSync } from './UrlSync';
import './widget.css';
import './lesson-tools.css';

type Props = {
  lang: Locale;
  /** On the tool's own page the answers live in the URL, so a filled-in check can be shared as a link. */
  url?: UrlSync<Answers>;
} & (
  /** The rules (ids and logic) and their wording in this page's language, resolved by the Astro wrapper. */
  | { def: CheckerRules; texts: CheckerTexts }
  /** A checker whose rules still carry both languages' wording (until every checker has a `…-texts.ts`). */
  | { def: CheckerDef; texts?: undefined }
);

/**
 * The view of a rule checker (src/core/lesson-tools/checker): native radio groups, a live verdict and the
 * findings with their sources. Each module has its own thin entry component, so a page ships only its data.
 */
export function CheckerView({ lang, def, texts, url: Url }: Props) {
  const t = getT(lang);
  // Typed as the older bilingual form: its wording fields are read only when no texts are given.
  const old = def as CheckerDef;
  const name = `${def.id}${useId().replace(/:/g, '')}`;
  const [answers, setAnswers] = useState<Answers>({});
  const [resets, setResets] = useState(0);
  const result = useMemo(() => runChecker(old, answers), [old, answers]);
  const set = (q: string) => (v: string) => setAnswers((prev) => ({ ...prev, [q]: v }));
  const tone = result.kind === 'result' ? result.verdict.tone : 'neutral';
  const words = (q: CheckQuestion) => texts?.questions[q.id];
  const label = (q: CheckQuestion) => words(q)?.label ?? q.label[lang];

  return (
    <section className="calc lesson-tool" aria-label={texts?.title ?? old.title[lang]} data-widget={def.id}>
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={answers} onLoad={setAnswers} resets={resets} />}
        <p>{texts?.lead ?? old.lead[lang]}</p>
        {visibleQuestions(old, answers).map((q) => (
          <Radios key={q.id} name={`${name}-${q.id}`} legend={label(q)} help={words(q)?.help ?? q.help?.[lang]} values={q.options.map((o) => o.id)} value={answers[q.id]}
            label={(v) => words(q)?.options[v] ?? q.options.find((o) => o.id === v)!.label[lang]} onChange={set(q.id)} />
        ))}
      </div>
      <div className="calc__result" aria-live="polite">
        <div className={`result lesson-tool__verdict lesson-tool__verdict--${tone}`} data-testid="check-verdict" data-verdict={result.kind === 'result' ? result.verdict.code : 'incomplete'}>
          {result.kind === 'result'
            ? <p className="result__band">{texts?.verdicts[result.verdict.code] ?? result.verdict.label[lang]}</p>
            : <><p className="result__band">{t('check.incomplete')}</p><p className="meta" data-testid="check-missing">{t('check.missing', { items: result.missing.map(label).join('; ') })}</p></>}
        </div>
        {result.findings.length > 0 && (
          <>
            <h3>{t('check.findings')}</h3>
            <ul className="lesson-tool__verdicts" data-testid="check-findings">
              {result.findings.map((f) => (
                <li key={f.id} data-finding={f.id} className={`lt-fit lt-fit--${f.level === 'stop' ? 'avoid' : f.level === 'warn' ? 'possible' : 'fits'}`}>
                  <strong>{t(`check.level.${f.level}`)}: </strong>{texts?.findings[f.id] ?? f.text[lang]} <span className="meta">({citeText(f.refs, lang)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="calc__actions"><button type="button" onClick={() => { setAnswers({}); setResets((n) => n + 1); }} data-testid="reset">{t('calc.reset')}</button></div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
