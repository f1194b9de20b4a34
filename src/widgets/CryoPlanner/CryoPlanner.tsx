import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { cryoModel, freezeCycles, type FreezeCycle } from '../../core/lesson-tools/cryo/cryo-model';
import { evaluatePlan } from '../../core/lesson-tools/cryo/evaluate-plan';
import type { Point } from '../../core/lesson-tools/cryo/geometry';
import { defaultPlan, planQueryString, type PlanState } from '../../core/lesson-tools/cryo/plan-link';
import { cryoScenarios, scenarioById, type CryoScenarioId } from '../../core/lesson-tools/cryo/scenarios';
import { formatDecimal as formatNumber } from '../shared/ui-strings';
import type { CryoScenarioWords } from '../../core/lesson-tools/cryo/scenario-texts';
import type { UrlSync } from '../shared/UrlSync';
import { PlannerField } from './PlannerField';
import { PlanReport } from './PlanReport';
import '../shared/widget.css';
import './cryo-planner.css';

interface Props {
  /** This island\'s UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The scenarios' wording in this page's language only, resolved by the wrapper (cryoScenarioTextsIn). */
  texts: CryoScenarioWords;
  /** On its tool page (CryoPlannerTool.tsx) the plan lives in the URL, so a link reproduces it. */
  url?: UrlSync<PlanState>;
  /** The model's assumptions (components/widgets/CryoAssumptions.astro): static, rendered by the wrapper. */
  children?: ReactNode;
}

const clamp = (v: number, max: number) => Math.max(0, Math.min(max, Math.round(v * 10) / 10));

export default function CryoPlanner({ lang, url: Url, strings, texts, children }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `cryo${useId().replace(/:/g, '')}`;
  const [plan, setPlan] = useState<PlanState>(() => defaultPlan());
  const [selected, setSelected] = useState(0);
  const [resets, setResets] = useState(0);
  const query = planQueryString(plan);

  const scenario = scenarioById(plan.scenario) ?? cryoScenarios[0]!;
  const iceRadius = cryoModel.iceRadiusMm[plan.cycle];
  const lethalRadius = iceRadius - cryoModel.lethalDepthMm.value;
  // The drawing follows the pointer at once; the report (≈ 20 ms of sampling) may lag a frame behind.
  const deferred = useDeferredValue(plan);
  const result = useMemo(() => evaluatePlan(scenarioById(deferred.scenario)!, deferred.probes, deferred.cycle), [deferred]);

  const move = (index: number, to: Point) => setPlan((prev) => ({
    ...prev,
    probes: prev.probes.map((p, i) => (i === index ? { x: clamp(to.x, scenario.field.width), y: clamp(to.y, scenario.field.height) } : p)),
  }));
  const add = () => {
    if (plan.probes.length >= cryoModel.maxProbes) return;
    // A new probe starts 5 mm right of the last one (or at the lesion centre), so it is visible at once.
    const last = plan.probes.at(-1);
    const at = last ? { x: clamp(last.x + 5, scenario.field.width), y: last.y } : { ...scenario.start };
    setPlan({ ...plan, probes: [...plan.probes, at] });
    setSelected(plan.probes.length);
  };
  const remove = () => {
    setPlan((prev) => ({ ...prev, probes: prev.probes.filter((_, i) => i !== selected) }));
    setSelected((i) => Math.max(0, i - 1));
  };
  const setScenario = (id: CryoScenarioId) => { setPlan((prev) => ({ ...defaultPlan(id), cycle: prev.cycle })); setSelected(0); };
  const setCycle = (cycle: FreezeCycle) => setPlan((prev) => ({ ...prev, cycle }));

  const sel = plan.probes[selected];
  const announcement = result.kind === 'plan' && sel
    ? t('cryo.announce', {
      probe: t('cryo.probeAt', { n: selected + 1, x: formatNumber(sel.x, lang), y: formatNumber(sel.y, lang) }),
      margin: formatNumber(result.iceMarginMm, lang),
      lethal: t(result.lethalCovers ? 'cryo.announceCovers' : 'cryo.announceShort'),
      structure: formatNumber(result.structureIceGapMm, lang),
    })
    : '';

  return (
    <section className="calc cryo-planner" aria-label={t('cryo.title')} data-widget="cryo-planner">
      <div className="calc__inputs">
        {Url && <Url lang={lang} state={plan} onLoad={setPlan} resets={resets} />}
        <p className="cryo-lead">{t('cryo.lead')}</p>
        <fieldset className="choice-group">
          <legend>{t('cryo.scenario')}</legend>
          <div className="choice-group__options">
            {cryoScenarios.map((s) => (
              <label key={s.id} className={s.id === plan.scenario ? 'is-checked' : undefined}>
                <input type="radio" name={`${idPrefix}-scenario`} value={s.id} checked={s.id === plan.scenario} onChange={() => setScenario(s.id)} />
                <span className="choice-group__label">{texts[s.id].label}</span>
              </label>
            ))}
          </div>
          <p className="choice-group__help" data-testid="cryo-scenario-description">{texts[scenario.id].description}</p>
        </fieldset>
        <PlannerField
          lang={lang}
          idPrefix={idPrefix}
          scenario={scenario}
          words={texts[scenario.id]}
          probes={plan.probes}
          iceRadius={iceRadius}
          lethalRadius={lethalRadius}
          selected={selected}
          onSelect={setSelected}
          onMove={move}
        />
        <p className="meta" id={`${idPrefix}-keys`}>{t('cryo.keys')}</p>
        <ul className="cryo-legend">
          <li><span className="swatch swatch--tumour" aria-hidden="true" />{t('cryo.legend.tumour')}</li>
          <li><span className="swatch swatch--ice" aria-hidden="true" />{t('cryo.legend.ice')}</li>
          <li><span className="swatch swatch--lethal" aria-hidden="true" />{t('cryo.legend.lethal')}</li>
          <li><span className="swatch swatch--structure" aria-hidden="true" />{t('cryo.legend.structure')}</li>
        </ul>
        <fieldset className="choice-group">
          <legend>{t('cryo.cycle')}</legend>
          <div className="choice-group__options">
            {freezeCycles.map((c) => (
              <label key={c} className={c === plan.cycle ? 'is-checked' : undefined}>
                <input type="radio" name={`${idPrefix}-cycle`} value={c} checked={c === plan.cycle} onChange={() => setCycle(c)} />
                <span className="choice-group__label">{t(`cryo.cycle.${c}`)} ({formatNumber(cryoModel.iceRadiusMm[c], lang)} mm)</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="calc__actions">
          <button type="button" onClick={add} disabled={plan.probes.length >= cryoModel.maxProbes} data-testid="cryo-add">{t('cryo.add')}</button>
          <button type="button" onClick={remove} disabled={!sel} data-testid="cryo-remove">{t('cryo.remove')}</button>
          <button type="button" onClick={() => { setPlan(defaultPlan(plan.scenario)); setSelected(0); setResets((n) => n + 1); }} data-testid="reset">{t('calc.reset')}</button>
        </div>
        {plan.probes.length >= cryoModel.maxProbes && <p className="meta">{t('cryo.max', { max: cryoModel.maxProbes })}</p>}
      </div>
      <div className="calc__result">
        <PlanReport lang={lang} structureInText={texts[scenario.id].structureInText} result={result} />
        <p className="visually-hidden" aria-live="polite" data-testid="cryo-announcement">{announcement}</p>
        {children}
        <p className="meta" data-testid="cryo-not-tool"><strong>{t('cryo.notTool')}</strong></p>
        {!Url && <p><a href={`/${lang}/tools/cryo-planner/${query}`}>{t('cryo.link')}</a></p>}
      </div>
    </section>
  );
}
