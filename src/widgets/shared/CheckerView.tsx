import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from './ui-strings';
import { runChecker, visibleQuestions, type Answers, type CheckerRules, type CheckerTexts } from '../../core/lesson-tools/checker/checker';
import { citeText } from './cite';
import { Radios } from './Radios';
import type { UrlSync } from './UrlSync';
import './widget.css';
import './lesson-tools.css';

interface Props {
  lang: Locale;
  /** On the tool's own page the answers live in the URL, so a filled-in check can be shared as a link. */
  url?: UrlSync<Answers>;
  /** The checker's rules (ids and logic). */
  def: CheckerRules;
  /** Its wording in this page's language only, resolved by its wrapper. */
  texts: CheckerTexts;
}

/**
 * The view of a rule checker (src/core/lesson-tools/checker): native radio groups, a live verdict and the
 * findings with their sources. Each module has its own thin entry component, so a page ships only its data.
 */
export function CheckerView({ lang, def, texts: words, url: Url }: Props) {
  const t = getT(lang);
  const ask = (id: string) => words.questions[id]!;
  const name = `${def.id}${useId().replace(/:/g, '')}`;
  const [answers, setAnswers] = useState<Answers>({});
  const [resets, setResets] = useState(0);
  const result = useMemo(() => runChecker(def, answers), [def, answers]);
  const set = (q: string) => (v: string) => setAnswers((prev) => ({ ...prev, [q]: v }));
  const tone = result.kind === 'result' ? result.verdict.tone : 'neutral';

  return (
    <section className="calc lesson-tool" aria-label={words.title} data-widget={def.id}>
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={answers} onLoad={setAnswers} resets={resets} />}
        <p>{words.lead}</p>
        {visibleQuestions(def, answers).map((q) => (
          <Radios key={q.id} name={`${name}-${q.id}`} legend={ask(q.id).label} help={ask(q.id).help}
            values={q.options.map((o) => o.id)} value={answers[q.id]} label={(v) => ask(q.id).options[v]!} onChange={set(q.id)} />
        ))}
      </div>
      <div className="calc__result" aria-live="polite">
        <div className={`result lesson-tool__verdict lesson-tool__verdict--${tone}`} data-testid="check-verdict" data-verdict={result.kind === 'result' ? result.verdict.code : 'incomplete'}>
          {result.kind === 'result'
            ? <p className="result__band">{words.verdicts[result.verdict.code]}</p>
            : <><p className="result__band">{t('check.incomplete')}</p><p className="meta" data-testid="check-missing">{t('check.missing', { items: result.missing.map((q) => ask(q.id).label).join('; ') })}</p></>}
        </div>
        {result.findings.length > 0 && (
          <>
            <h3>{t('check.findings')}</h3>
            <ul className="lesson-tool__verdicts" data-testid="check-findings">
              {result.findings.map((f) => (
                <li key={f.id} data-finding={f.id} className={`lt-fit lt-fit--${f.level === 'stop' ? 'avoid' : f.level === 'warn' ? 'possible' : 'fits'}`}>
                  <strong>{t(`check.level.${f.level}`)}: </strong>{words.findings[f.id]} <span className="meta">({citeText(f.refs, lang)})</span>
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
