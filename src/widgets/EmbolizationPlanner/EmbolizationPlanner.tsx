import { useId, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { emboFlags, emboIndications, initialEmbolization, planEmbolization, type EmboInput } from '../../core/lesson-tools/embolization/embolization-rules';
import { citeText } from '../shared/cite';
import { Radios } from '../shared/Radios';
import type { EmboTexts } from '../../core/lesson-tools/embolization/embolization-texts';
import type { UrlSync } from '../shared/UrlSync';
import '../shared/widget.css';
import '../shared/lesson-tools.css';

interface Props {
  strings?: UiStrings;
  lang: Locale;
  /** The planner's rule wording in this page's language only, resolved by the wrapper (emboTextsIn). */
  texts: EmboTexts;
  /** On its tool page (EmbolizationPlannerTool.tsx) the state lives in the URL, so a link reproduces it. */
  url?: UrlSync<EmboInput>;
}
const tone = { stop: 'danger', caution: 'warn', proceed: 'ok' } as const;

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: () => void }) {
  return (
    <label htmlFor={id} className={checked ? 'is-checked' : undefined}>
      <input type="checkbox" id={id} checked={checked} onChange={onChange} />
      <span className="choice-group__label">{label}</span>
    </label>
  );
}

export default function EmbolizationPlanner({ lang, strings, texts, url: Url }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const p = `emb${useId().replace(/:/g, '')}`;
  const [input, setInput] = useState<EmboInput>(initialEmbolization);
  const { indication, radiotherapy, ablation, collaterals, flags } = input;
  const set = <K extends keyof EmboInput>(k: K) => (v: EmboInput[K]) => setInput((prev) => ({ ...prev, [k]: v }));
  const [setIndication, setRt, setAbl, setCollaterals, setFlags] = [set('indication'), set('radiotherapy'), set('ablation'), set('collaterals'), set('flags')];
  const plan = planEmbolization(input);
  const cite = (refs: readonly string[]) => <span className="meta">({citeText(refs, lang)})</span>;

  return (
    <section className="calc lesson-tool" aria-label={t('emb.title')} data-widget="embolization-planner">
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={input} onLoad={setInput} />}
        <p>{t('emb.lead')}</p>
        <Radios name={`${p}-indication`} legend={t('emb.indication')} values={emboIndications} value={indication} label={(v) => t(`emb.indication.${v}`)} onChange={setIndication} />
        <fieldset className="choice-group">
          <legend>{t('emb.planned')}</legend>
          <div className="choice-group__options">
            <Check id={`${p}-rt`} label={t('emb.planned.radiotherapy')} checked={radiotherapy} onChange={() => setRt(!radiotherapy)} />
            <Check id={`${p}-abl`} label={t('emb.planned.ablation')} checked={ablation} onChange={() => setAbl(!ablation)} />
          </div>
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('emb.findings')}</legend>
          <div className="choice-group__options">
            {emboFlags.map((f) => (
              <Check key={f} id={`${p}-${f}`} label={t(`emb.flag.${f}`)} checked={flags.includes(f)} onChange={() => setFlags(flags.includes(f) ? flags.filter((x) => x !== f) : [...flags, f])} />
            ))}
            <Check id={`${p}-collaterals`} label={t('emb.collaterals')} checked={collaterals} onChange={() => setCollaterals(!collaterals)} />
          </div>
        </fieldset>
      </div>
      <div className="calc__result" aria-live="polite">
        <div className={`result lesson-tool__verdict lesson-tool__verdict--${tone[plan.verdict]}`} data-testid="emb-verdict" data-verdict={plan.verdict}>
          <p className="result__band">{t(`emb.verdict.${plan.verdict}`)}</p>
          {plan.flags.length > 0 && <ul>{plan.flags.map((f) => <li key={f.id} data-flag={f.id}>{texts.flags[f.id]} {cite(f.refs)}</li>)}</ul>}
        </div>
        <p data-testid="emb-indication">{texts.indications[plan.indication.id]} {cite(plan.indication.refs)}</p>
        <h3>{t('emb.sequence')}</h3>
        {plan.sequence.length
          ? <ol data-testid="emb-sequence">{plan.sequence.map((s) => <li key={s.id}>{texts.sequence[s.id]} {cite(s.refs)}</li>)}</ol>
          : <p data-testid="emb-sequence">{t('emb.noSequence')}</p>}
        <h3>{t('emb.agent')}</h3>
        <ul data-testid="emb-agents">{plan.agents.map((a) => <li key={a.id}>{texts.agents[a.id]} {cite(a.refs)}</li>)}</ul>
        <p className="meta">{t('emb.expect')}</p>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
