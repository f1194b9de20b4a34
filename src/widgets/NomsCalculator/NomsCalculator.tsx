import { useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { isEsccGrade } from '../../core/scores/escc/escc-grades';
import { categoryOfParam, decideNoms, hasSinsItems, type NomsInput, type NomsResult } from '../../core/scores/noms/decide-noms';
import { nomsQueryString, parseNomsQuery } from '../../core/scores/noms/noms-query';
import type { NomsRuleId } from '../../core/scores/noms/noms-rules';
import type { NomsTexts } from '../../core/scores/noms/noms-texts';
import { readNumber } from '../../core/scores/numeric-input';
import type { QueryNotice } from '../../core/scores/query';
import { categoryOfHistology, type NomsRadiosensitivity } from '../../core/scores/radiosensitivity/histology-categories';
import { toolHref } from '../../core/scores/score-ids';
import { scoreSins, type SinsInput } from '../../core/scores/sins/score-sins';
import { sinsComponentIds } from '../../core/scores/sins/sins-points';
import { bandFor } from '../../core/scores/sum-score';
import { EsccGradeGroup } from '../shared/EsccGradeGroup';
import type { EsccDrawings } from '../shared/escc-drawings';
import { SinsInputs } from '../shared/SinsInputs';
import { CopyButton } from '../shared/CopyButton';
import { QueryNotices } from '../shared/QueryNotices';
import { useUrlState } from '../shared/useUrlState';
import { OptionGroup } from './OptionGroup';
import '../shared/widget.css';
import '../shared/compact.css';
import './noms-calculator.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The wording of the NOMS codes in `lang` (core/scores/noms/noms-texts.ts), resolved by the wrapper. */
  texts: NomsTexts;
  /** The ESCC grade drawings as markup (escc-drawings.ts), built by the wrapper. */
  drawings: EsccDrawings;
  /** On the tool page the state lives in the URL; embedded in a lesson it does not. */
  syncUrl?: boolean;
  /** Lesson mode: one column, option help hidden (still read as descriptions), for several tools on one page. */
  compact?: boolean;
}

type Dimension = 'N' | 'O' | 'M' | 'S';
type MechMode = 'items' | 'total';
type T = ReturnType<typeof getT>;
type Decided = Extract<NomsResult, { kind: 'result' }>;

/** Which assessments each NOMS rule rests on: a rule that fires makes its assessments decisive. */
const ruleDimensions: Readonly<Record<NomsRuleId, readonly Dimension[]>> = {
  'radiosensitive-any-escc': ['O'],
  'radioresistant-low-grade': ['O', 'N'],
  'radioresistant-high-grade-fit': ['O', 'N', 'S'],
  'radioresistant-high-grade-unfit': ['O', 'N', 'S'],
  'deficit-low-grade-noted': [],
  'symptomatic-compression-urgent-review': ['N', 'O', 'S'],
  'symptomatic-compression-no-cement': ['N'],
  'sins-stable': [],
  'sins-indeterminate': ['M'],
  'sins-unstable': ['M'],
  'mechanical-pain': ['M'],
  'stabilization-in-separation-surgery': ['M'],
  'stabilization-unfit-percutaneous': ['M', 'S'],
  'stabilization-surgical-only': ['M', 'N', 'S'],
  'stabilization-not-possible': ['M', 'N', 'S'],
};
const dimensions: readonly Dimension[] = ['N', 'O', 'M', 'S'];
const paramOfCategory: Record<NomsRadiosensitivity, 'sensitive' | 'resistant'> = { radiosensitive: 'sensitive', radioresistant: 'resistant' };

type SinsDef = NomsTexts['sins'];
const sinsLabel = (id: string, lang: Locale, sins: SinsDef) => sins.components.find((c) => c.id === id)?.label[lang];

/** Name of an input (a URL parameter) in words, for the missing and invalid lists. */
function fieldLabel(id: string, t: T, lang: Locale, sins: SinsDef): string {
  const names: Record<string, string> = {
    escc: t('noms.field.escc'),
    myelopathy: t('noms.field.myelopathy'),
    mechanicalPain: t('noms.field.mechanicalPain'),
    histology: t('noms.histology.label'),
    radiosensitivity: t('noms.field.radiosensitivity'),
    sins: t('noms.field.sins'),
    surgeryFit: t('noms.field.surgeryFit'),
    level: t('sins.levelLegend'),
  };
  return names[id] ?? sinsLabel(id, lang, sins) ?? id;
}

/** The recommendation in a few words, steps in order: "Surgical consultation → cEBRT". */
function shortLabel(r: Decided, texts: NomsTexts): string {
  return r.steps.map((s) => texts.steps[s].short).join(' → ');
}

/** The texts shown for a result: one per step, the rules that led there and the notes. */
function explain(r: Decided, texts: NomsTexts) {
  return {
    steps: r.steps.map((s) => texts.steps[s]),
    rules: r.rules.map((id) => ({ id, ...texts.rules[id] })),
    notes: r.notes.map((id) => ({ id, ...texts.notes[id] })),
  };
}

/** One line per assessment (N, O, M, S) saying what was found. */
function findings(r: Decided, t: T, lang: Locale, texts: NomsTexts): Record<Dimension, string> {
  const a = r.assessment;
  const histology = texts.histologies.find((h) => h.id === a.histology);
  const sinsBand = bandFor(texts.sins.bands, a.sinsTotal);
  return {
    N: [
      `${texts.escc.grades[a.escc].name} — ${texts.escc.levels[a.esccLevel]}`,
      a.myelopathy ? t(a.myelopathy === 'yes' ? 'noms.finding.myelopathyYes' : 'noms.finding.myelopathyNo') : undefined,
    ].filter(Boolean).join('; '),
    O: `${histology ? `${histology.label}: ` : ''}${texts.categories[a.radiosensitivity]}`,
    M: [t('noms.m.summary', { total: a.sinsTotal, band: sinsBand.label[lang] }), a.mechanicalPain ? t('noms.field.mechanicalPain') : undefined].filter(Boolean).join('; '),
    S: a.surgeryFit ? t(a.surgeryFit === 'yes' ? 'noms.finding.fit' : 'noms.finding.unfit') : t('noms.finding.notAsked'),
  };
}

function missingText(r: Extract<NomsResult, { kind: 'incomplete' }>, t: T, lang: Locale, sins: SinsDef): string {
  const items = r.missing.map((m) =>
    m === 'sins' && r.sinsMissing.length > 0
      ? t('noms.field.sinsItems', { items: r.sinsMissing.map((c) => fieldLabel(c, t, lang, sins)).join(', ') })
      : fieldLabel(m, t, lang, sins),
  );
  return t('calc.missing', { items: items.join(', ') });
}

/** Plain text for notes: the four assessments, the recommendation with its reasons, the disclaimer. */
function nomsText(result: NomsResult, t: T, lang: Locale, texts: NomsTexts): string {
  const sins = texts.sins;
  const lines = [texts.name];
  if (result.kind === 'result') {
    const f = findings(result, t, lang, texts);
    for (const d of dimensions) lines.push(`${t(`noms.dim.${d}`)}: ${f[d]}`);
    const { steps, rules, notes } = explain(result, texts);
    lines.push(`${t('noms.recommendation')}: ${shortLabel(result, texts)}`);
    steps.forEach((s, i) => lines.push(`${i + 1}. ${s.label}: ${s.explanation}`));
    for (const note of notes) lines.push(`${t(`note.${note.kind}`)}: ${note.title}. ${note.text}`);
    lines.push(`${t('noms.rules')}:`);
    for (const rule of rules) lines.push(`- ${rule.when} → ${rule.then}`);
  } else if (result.kind === 'incomplete') {
    lines.push(`${t('calc.incomplete')}. ${missingText(result, t, lang, sins)}`);
  } else {
    lines.push(result.invalid.map((i) => t('calc.invalid', { field: fieldLabel(i.component, t, lang, sins), value: i.value })).join('; '));
  }
  lines.push(t('site.disclaimer'));
  return lines.join('\n');
}

function ResultView({ result, lang, texts }: { result: NomsResult; lang: Locale; texts: NomsTexts }) {
  const t = getT(lang);
  const sins = texts.sins;
  if (result.kind === 'invalid') {
    return (
      <div className="result result--invalid" role="alert">
        <p className="result__total"><span>{t('noms.recommendation')}: </span><strong data-testid="score-total">—</strong></p>
        <p className="result__band" data-testid="score-band" data-band="invalid">{t('calc.incomplete')}</p>
        <ul>{result.invalid.map((i) => <li key={i.component}>{t('calc.invalid', { field: fieldLabel(i.component, t, lang, sins), value: i.value })}</li>)}</ul>
      </div>
    );
  }
  if (result.kind === 'incomplete') {
    return (
      <div className="result result--incomplete">
        <p className="result__total"><span>{t('noms.recommendation')}: </span><strong data-testid="score-total">—</strong></p>
        <p className="result__band" data-testid="score-band" data-band="incomplete">{t('calc.incomplete')}</p>
        <p data-testid="score-missing">{missingText(result, t, lang, sins)}</p>
      </div>
    );
  }
  const { steps, rules, notes } = explain(result, texts);
  const drivers = new Set(result.rules.flatMap((id) => ruleDimensions[id]));
  const f = findings(result, t, lang, texts);
  const role = (d: Dimension) =>
    drivers.has(d) ? 'decisive' : d === 'S' && !result.assessment.surgeryFit ? 'notNeeded' : 'notDecisive';
  return (
    <div className="result noms-result" data-mechanical={result.assessment.mechanical}>
      <p className="result__total"><span>{t('noms.recommendation')}: </span><strong data-testid="score-total">{shortLabel(result, texts)}</strong></p>
      <p className="result__band" data-testid="score-band" data-band={result.code}>{steps.map((s) => s.label).join(' → ')}</p>
      <p className="noms-result__heading">{t('noms.stepsTitle')}</p>
      <ol className="noms-result__steps" data-testid="noms-steps">
        {steps.map((s, i) => <li key={i}><strong>{s.label}.</strong> {s.explanation}</li>)}
      </ol>
      {notes.map((note) => (
        <aside key={note.id} className={`note note--${note.kind} noms-result__note`} data-note={note.id} data-testid="noms-note">
          <p className="note__title">{t(`note.${note.kind}`)}: {note.title}</p>
          <p>{note.text}</p>
        </aside>
      ))}
      <table className="result__breakdown noms-result__drivers" data-testid="noms-drivers" data-drivers={dimensions.filter((d) => drivers.has(d)).join(',')}>
        <caption>{t('noms.drivers')}</caption>
        <thead>
          <tr><th scope="col">{t('noms.col.assessment')}</th><th scope="col">{t('noms.col.finding')}</th><th scope="col">{t('noms.col.role')}</th></tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d} data-dim={d} data-role={role(d)} className={role(d) === 'decisive' ? 'is-decisive' : undefined}>
              <th scope="row">{t(`noms.dim.${d}`)}</th>
              <td>{f[d]}</td>
              <td>{role(d) === 'decisive' ? <strong>{t('noms.role.decisive')}</strong> : t(`noms.role.${role(d)}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="noms-result__heading">{t('noms.rules')}</p>
      <ul className="noms-result__rules" data-testid="noms-rules">
        {rules.map((rule) => <li key={rule.id} data-rule={rule.id}>{rule.when} → {rule.then}</li>)}
      </ul>
      <p className="noms-result__heading">{t('noms.next')}</p>
      <ul className="noms-result__next" data-testid="noms-next">
        {result.steps.map((step) => <li key={step}>{t(`noms.nextStep.${step}`)}</li>)}
        <li>{t('noms.nextStep.team')}</li>
      </ul>
    </div>
  );
}

export default function NomsCalculator({ lang, texts, drawings, syncUrl = false, compact = false, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const sins = texts.sins;
  const idPrefix = `noms${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [input, setInput] = useState<NomsInput>({});
  const [mechMode, setMechMode] = useState<MechMode>('items');
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const query = nomsQueryString(input);
  useUrlState(syncUrl, (search) => {
    const parsed = parseNomsQuery(search);
    setInput(parsed.input);
    setMechMode(parsed.input.sins !== undefined && !hasSinsItems(parsed.input) ? 'total' : 'items');
    setNotices(parsed.notices);
  }, query);
  const patch = (p: Partial<NomsInput>) => setInput((prev) => ({ ...prev, ...p }));

  const result = useMemo(() => decideNoms(input), [input]);
  // Ask about surgery only when the core, without an answer, would still need one.
  const fitProbe = useMemo(() => decideNoms({ ...input, surgeryFit: undefined }), [input]);
  const fitMatters = fitProbe.kind === 'invalid' || (fitProbe.kind === 'incomplete' && fitProbe.missing.includes('surgeryFit'));

  // Oncologic: a histology decides the category (the studies' agreement was asked of the radiosensitivity core on the server).
  const histology = texts.histologies.find((h) => h.id === input.histology);
  const histologyCategory = histology ? categoryOfHistology(histology.id) : undefined;
  const category: NomsRadiosensitivity | undefined = histologyCategory ?? categoryOfParam(input.radiosensitivity ?? '');

  // Mechanical: live SINS summary from the SINS core, whichever way it is given.
  const sinsSummary = (() => {
    if (mechMode === 'items') {
      const s = scoreSins(input as SinsInput);
      if (s.kind === 'result') return t('noms.m.summary', { total: s.total, band: bandFor(sins.bands, s.total).label[lang] });
      if (s.kind === 'incomplete') return t('noms.m.summaryIncomplete', { items: s.missing.map((c) => fieldLabel(c, t, lang, sins)).join(', ') });
      return t('noms.m.summaryInvalid');
    }
    if (input.sins === undefined || input.sins.trim() === '') return t('noms.m.summaryNone');
    const n = readNumber(input.sins, { min: 0, max: 18, integer: true });
    return n.ok ? t('noms.m.summary', { total: n.value, band: bandFor(sins.bands, n.value).label[lang] }) : t('noms.m.summaryInvalid');
  })();

  const setMode = (mode: string) => {
    const next: MechMode = mode === 'total' ? 'total' : 'items';
    setMechMode(next);
    if (next === 'total') patch({ level: undefined, ...Object.fromEntries(sinsComponentIds.map((c) => [c, undefined])) });
    else patch({ sins: undefined, mechanicalPain: undefined });
  };

  const announcement = result.kind === 'result' ? t('noms.announce', { label: shortLabel(result, texts) })
    : result.kind === 'incomplete' ? t('noms.announceIncomplete', { count: result.missing.length }) : t('noms.announceInvalid');
  const selectId = `${idPrefix}-histology`;
  const totalId = `${idPrefix}-sins-total`;

  return (
    <section className={`calc noms-calc${compact ? ' calc--compact' : ''}`} aria-label={t('noms.title')} data-widget="noms">
      <div className="calc__inputs">
        <QueryNotices notices={notices} lang={lang} />

        <fieldset className="noms-step" data-dim="N">
          <legend>{t('noms.dim.N')}</legend>
          <p className="choice-group__help">{t('noms.n.help')}</p>
          <EsccGradeGroup lang={lang} idPrefix={idPrefix} texts={texts.escc} drawings={drawings} value={isEsccGrade(input.escc) ? input.escc : undefined} onChange={(escc) => patch({ escc })} />
          <OptionGroup
            name={`${idPrefix}-myelopathy`}
            legend={t('noms.myelopathy.legend')}
            help={t('noms.myelopathy.help')}
            options={[{ id: 'yes', label: t('noms.myelopathy.yes') }, { id: 'no', label: t('noms.myelopathy.no') }]}
            value={input.myelopathy}
            onChange={(myelopathy) => patch({ myelopathy })}
          />
        </fieldset>

        <fieldset className="noms-step" data-dim="O">
          <legend>{t('noms.dim.O')}</legend>
          <p className="choice-group__help">{t('noms.o.help')}</p>
          <div className="noms-field">
            <label htmlFor={selectId}>{t('noms.histology.label')}</label>
            <select
              id={selectId}
              value={input.histology ?? ''}
              onChange={(e) => patch(e.target.value ? { histology: e.target.value, radiosensitivity: undefined } : { histology: undefined })}
            >
              <option value="">{t('noms.histology.none')}</option>
              {texts.histologies.map((h) => <option key={h.id} value={h.id}>{h.label}</option>)}
            </select>
          </div>
          <p className="noms-derived" data-testid="noms-category">
            {histologyCategory
              ? t('noms.histology.category', { category: texts.categories[histologyCategory] })
              : t('noms.histology.noneChosen')}
          </p>
          {histology?.disagreement && (
            <p className="noms-derived__note">
              {t('noms.histology.disagree')}{' '}
              <a href={toolHref(lang, 'radiosensitivity', `?histology=${histology.id}`)}>{t('noms.histology.studies')}</a>
            </p>
          )}
          <OptionGroup
            name={`${idPrefix}-radiosensitivity`}
            legend={t('noms.radiosensitivity.legend')}
            options={(['radiosensitive', 'radioresistant'] as const).map((c) => ({ id: paramOfCategory[c], label: texts.categories[c] }))}
            value={category ? paramOfCategory[category] : undefined}
            onChange={(radiosensitivity) => patch({ radiosensitivity, histology: undefined })}
          />
        </fieldset>

        <fieldset className="noms-step" data-dim="M">
          <legend>{t('noms.dim.M')}</legend>
          <p className="choice-group__help">{t('noms.m.help')}</p>
          <OptionGroup
            name={`${idPrefix}-mech-mode`}
            legend={t('noms.m.mode.legend')}
            options={[{ id: 'items', label: t('noms.m.mode.items') }, { id: 'total', label: t('noms.m.mode.total') }]}
            value={mechMode}
            onChange={setMode}
            testId="noms-mech-mode"
          />
          {mechMode === 'items' ? (
            <SinsInputs lang={lang} def={sins} idPrefix={`${idPrefix}-sins`} input={input as SinsInput} onChange={(p) => patch(p)} />
          ) : (
            <div className="noms-field">
              <label htmlFor={totalId}>{t('noms.m.total.label')}</label>
              <input
                id={totalId}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                size={4}
                value={input.sins ?? ''}
                onChange={(e) => patch({ sins: e.target.value === '' ? undefined : e.target.value })}
                aria-describedby={`${totalId}-help`}
              />
              <p className="choice-group__help" id={`${totalId}-help`}>{t('noms.m.total.help')}</p>
              <OptionGroup
                name={`${idPrefix}-mechanical-pain`}
                legend={t('noms.mechanicalPain.legend')}
                help={t('noms.mechanicalPain.help')}
                options={[{ id: 'yes', label: t('noms.mechanicalPain.yes') }, { id: 'no', label: t('noms.mechanicalPain.no') }]}
                value={input.mechanicalPain}
                onChange={(mechanicalPain) => patch({ mechanicalPain })}
                testId="noms-mechanical-pain"
              />
            </div>
          )}
          <p className="noms-derived" data-testid="noms-sins">{sinsSummary}</p>
        </fieldset>

        <fieldset className="noms-step" data-dim="S">
          <legend>{t('noms.dim.S')}</legend>
          {fitMatters ? (
            <OptionGroup
              name={`${idPrefix}-surgery-fit`}
              legend={t('noms.s.question')}
              help={t('noms.s.help')}
              options={[{ id: 'yes', label: t('noms.s.yes') }, { id: 'no', label: t('noms.s.no') }]}
              value={input.surgeryFit}
              onChange={(surgeryFit) => patch({ surgeryFit })}
              testId="noms-surgery-fit"
            />
          ) : (
            <p className="noms-derived" data-testid="noms-surgery-not-needed">{t('noms.s.notNeeded')}</p>
          )}
        </fieldset>
      </div>
      <div className="calc__result">
        <ResultView result={result} lang={lang} texts={texts} />
        <p className="visually-hidden" aria-live="polite" data-testid="score-announcement">{announcement}</p>
        <div className="calc__actions">
          <button type="button" onClick={() => { setInput({}); setMechMode('items'); setNotices([]); }} data-testid="reset">{t('calc.reset')}</button>
          <CopyButton text={nomsText(result, t, lang, texts)} lang={lang} />
          {!syncUrl && <a href={toolHref(lang, 'noms', query)}>{t('calc.link')}</a>}
        </div>
        <p className="meta">{t('calc.disclaimer')}</p>
      </div>
    </section>
  );
}
