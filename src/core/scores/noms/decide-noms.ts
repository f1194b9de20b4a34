import { gradeEscc } from '../escc/grade-escc';
import type { EsccGrade, EsccLevel } from '../escc/escc-grades';
import { categoryOfHistology, histologyIds, type HistologyId, type NomsRadiosensitivity } from '../radiosensitivity/histology-categories';
import { readNumber } from '../numeric-input';
import { scoreSins, type SinsInput } from '../sins/score-sins';
import { sinsComponentIds, sinsPoints, type SinsBand } from '../sins/sins-points';
import { bandFor } from '../sum-score';
import { mechanicalIndication, type MechanicalIndication } from '../sins/mechanical-indication';
import type { NomsRadiationCode, NomsStepCode } from './noms-recommendations';
import type { NomsNoteId, NomsRuleId } from './noms-rules';

/**
 * NOMS input, flat so that it maps one-to-one onto the URL. Neurologic: the ESCC grade and whether the
 * patient has a neurological deficit (needed with high-grade compression, where it makes the compression
 * symptomatic). Oncologic: a histology (preferred) or the category directly. Mechanical: the SINS
 * components (scored by the SINS core, the pain item telling whether pain is mechanical) or, failing those,
 * a SINS total plus whether the pain is mechanical. Systemic: can the patient tolerate surgery.
 */
export type YesNo = 'yes' | 'no';
export type NomsInput = SinsInput & {
  escc?: string;
  /** Neurological deficit (myelopathy or radiculopathy); the URL keeps its historical name. */
  myelopathy?: string;
  histology?: string;
  radiosensitivity?: string;
  /** SINS total 0–18, used only when no SINS component is given. */
  sins?: string;
  /** Movement-related pain, used only with a SINS total (the SINS items carry their own pain item). */
  mechanicalPain?: string;
  surgeryFit?: string;
};

export type NomsField = 'escc' | 'myelopathy' | 'radiosensitivity' | 'sins' | 'mechanicalPain' | 'surgeryFit';

export interface NomsInvalid {
  component: string;
  value: string;
  allowed: readonly string[];
}

export interface NomsAssessment {
  escc: EsccGrade;
  esccLevel: EsccLevel;
  myelopathy?: YesNo;
  /** High-grade ESCC with a neurological deficit. */
  symptomaticCompression: boolean;
  histology?: HistologyId;
  radiosensitivity: NomsRadiosensitivity;
  sinsTotal: number;
  sinsBand: SinsBand;
  mechanicalPain: boolean;
  mechanical: MechanicalIndication;
  surgeryFit?: YesNo;
}

export type NomsResult =
  | { kind: 'invalid'; invalid: NomsInvalid[] }
  | { kind: 'incomplete'; missing: NomsField[]; sinsMissing: string[] }
  | {
      kind: 'result';
      radiation: NomsRadiationCode;
      /** Steps in the order they happen, e.g. ['stabilization-or-augmentation', 'cebrt']. */
      steps: NomsStepCode[];
      /** The steps joined with '+', a stable code for the whole recommendation. */
      code: string;
      /** Rules that fired, in reading order; each carries its source in noms-rules.ts. */
      rules: NomsRuleId[];
      /** Discrepancy and pitfall notes to show with the recommendation. */
      notes: NomsNoteId[];
      assessment: NomsAssessment;
    };

export const yesNo: readonly YesNo[] = ['yes', 'no'];
export const radiosensitivityParamValues = ['sensitive', 'resistant'] as const;
/** The category a `radiosensitivity=` value names (also what the NOMS view shows as chosen). */
export const categoryOfParam = (v: string): NomsRadiosensitivity | undefined =>
  v === 'sensitive' ? 'radiosensitive' : v === 'resistant' ? 'radioresistant' : undefined;
const sinsTotalRule = { min: 0, max: 18, integer: true };
const sinsTotalAllowed = ['0…18'];

const isYesNo = (v: string | undefined): v is YesNo => v === 'yes' || v === 'no';

type Mechanical =
  | { kind: 'ok'; total: number; band: SinsBand; mechanicalPain: boolean }
  /** The total is known but not whether the pain is mechanical (a SINS total given without the items). */
  | { kind: 'pain-missing'; total: number; band: SinsBand }
  | { kind: 'missing'; sinsMissing: string[] }
  | { kind: 'invalid'; invalid: NomsInvalid[] };

/** Whether the input gives any SINS item (or the level): then the items win over a SINS total. */
export const hasSinsItems = (input: NomsInput): boolean => input.level !== undefined || sinsComponentIds.some((c) => input[c] !== undefined);

/** SINS components win over a total; the SINS core does the scoring so NOMS and SINS never disagree. */
function readMechanical(input: NomsInput): Mechanical {
  if (hasSinsItems(input)) {
    const sinsInput: SinsInput = {};
    if (input.level !== undefined) sinsInput.level = input.level;
    for (const c of sinsComponentIds) {
      const v = input[c];
      if (v !== undefined) sinsInput[c] = v;
    }
    const r = scoreSins(sinsInput);
    if (r.kind === 'invalid') return { kind: 'invalid', invalid: r.invalid };
    if (r.kind === 'incomplete') return { kind: 'missing', sinsMissing: r.missing };
    return { kind: 'ok', total: r.total, band: r.band, mechanicalPain: input.pain === 'mechanical' };
  }
  if (input.sins === undefined || input.sins === '') return { kind: 'missing', sinsMissing: [] };
  const n = readNumber(input.sins, sinsTotalRule);
  if (!n.ok) return { kind: 'invalid', invalid: [{ component: 'sins', value: input.sins, allowed: sinsTotalAllowed }] };
  const band = bandFor(sinsPoints.bands, n.value).code;
  if (isYesNo(input.mechanicalPain)) return { kind: 'ok', total: n.value, band, mechanicalPain: input.mechanicalPain === 'yes' };
  // With SINS ≥ 13 stabilization is indicated whatever the pain, so the question is not needed.
  if (band === 'unstable') return { kind: 'ok', total: n.value, band, mechanicalPain: false };
  return { kind: 'pain-missing', total: n.value, band };
}

type Oncologic =
  | { kind: 'ok'; category: NomsRadiosensitivity; histology?: HistologyId }
  | { kind: 'missing' }
  | { kind: 'invalid'; invalid: NomsInvalid };

/** A histology, when given, decides the category (and wins over a category given alongside it). */
function readOncologic(input: NomsInput): Oncologic {
  if (input.histology !== undefined && input.histology !== '') {
    const category = categoryOfHistology(input.histology);
    if (!category) return { kind: 'invalid', invalid: { component: 'histology', value: input.histology, allowed: histologyIds } };
    return { kind: 'ok', category, histology: input.histology as HistologyId };
  }
  if (input.radiosensitivity === undefined || input.radiosensitivity === '') return { kind: 'missing' };
  const category = categoryOfParam(input.radiosensitivity);
  if (!category) {
    return {
      kind: 'invalid',
      invalid: { component: 'radiosensitivity', value: input.radiosensitivity, allowed: radiosensitivityParamValues },
    };
  }
  return { kind: 'ok', category };
}

/** The findings the decision rests on, once read and classified. */
export interface NomsFacts {
  level: EsccLevel;
  /** Neurological deficit; with high-grade ESCC it makes the compression symptomatic. */
  deficit: boolean;
  category: NomsRadiosensitivity;
  mechanical: MechanicalIndication;
}

export interface NomsPlan {
  radiation: NomsRadiationCode;
  steps: NomsStepCode[];
  /** Rules other than the mechanical reasons, which the caller knows from the SINS band and the pain. */
  rules: NomsRuleId[];
  notes: NomsNoteId[];
}

const cementMayFollow: readonly NomsStepCode[] = ['stabilization-or-augmentation', 'cement-augmentation', 'surgical-consultation'];

/**
 * The decision itself, on complete facts (laufer2013, with the cement contraindication of seed004-review
 * and the neurological-deficit position of seed003-encyclopedia). `fit` is whether the patient can
 * tolerate surgery; where it does not change the plan, either value gives the same answer.
 */
export function planNoms(f: NomsFacts, fit: boolean): NomsPlan {
  const symptomatic = f.level === 'high' && f.deficit;
  const rules: NomsRuleId[] = [];
  const notes: NomsNoteId[] = [];
  let radiation: NomsRadiationCode;
  if (f.category === 'radiosensitive') {
    radiation = 'cebrt';
    rules.push('radiosensitive-any-escc');
  } else if (f.level === 'low') {
    radiation = 'srs';
    rules.push('radioresistant-low-grade');
  } else if (fit) {
    radiation = 'separation-surgery-srs';
    rules.push('radioresistant-high-grade-fit');
  } else {
    radiation = 'palliative-cebrt';
    rules.push('radioresistant-high-grade-unfit');
  }
  if (f.level === 'low' && f.deficit) rules.push('deficit-low-grade-noted');

  const pre: NomsStepCode[] = [];
  // A deficit from high-grade compression is an emergency on every path, not only where surgery is the step.
  if (symptomatic) notes.push('symptomatic-compression-urgent');
  if (symptomatic && f.category === 'radiosensitive') {
    notes.push('deficit-sources-disagree');
    if (fit) {
      pre.push('urgent-surgical-consultation');
      rules.push('symptomatic-compression-urgent-review');
    }
  }
  if (symptomatic) {
    rules.push('symptomatic-compression-no-cement');
    notes.push('cement-contraindicated');
  }

  if (radiation === 'separation-surgery-srs') {
    if (f.mechanical === 'stabilization') rules.push('stabilization-in-separation-surgery');
  } else if (f.mechanical === 'stabilization') {
    if (symptomatic) {
      // Surgery covers the urgent consultation: the operation is the decompression.
      const step: NomsStepCode = fit ? 'surgical-stabilization' : 'orthosis-no-cement';
      if (pre[0] === 'urgent-surgical-consultation') pre.shift();
      pre.push(step);
      rules.push(fit ? 'stabilization-surgical-only' : 'stabilization-not-possible');
    } else if (fit) {
      pre.push('stabilization-or-augmentation');
    } else {
      pre.push('cement-augmentation');
      rules.push('stabilization-unfit-percutaneous');
    }
  } else if (f.mechanical === 'consultation' && !pre.includes('urgent-surgical-consultation')) {
    pre.push('surgical-consultation');
  }
  if (f.level === 'high' && !symptomatic && pre.some((s) => cementMayFollow.includes(s))) notes.push('cement-epidural-caution');
  return { radiation, steps: [...pre, radiation], rules, notes };
}

const planKey = (p: NomsPlan) => `${p.steps.join('+')}|${p.notes.join(',')}`;

/** Known facts, or every value a missing one could take. */
interface PartialFacts {
  level: readonly EsccLevel[];
  deficit: readonly boolean[];
  category: readonly NomsRadiosensitivity[];
  mechanical: readonly MechanicalIndication[];
}

/** Whether some completion of the facts gives a different plan with and without surgery: only then is it asked. */
export function surgeryFitMatters(p: PartialFacts): boolean {
  for (const level of p.level)
    for (const deficit of p.deficit)
      for (const category of p.category)
        for (const mechanical of p.mechanical) {
          const f = { level, deficit, category, mechanical };
          if (planKey(planNoms(f, true)) !== planKey(planNoms(f, false))) return true;
        }
  return false;
}

const allMechanical: readonly MechanicalIndication[] = ['none', 'consultation', 'stabilization'];

function possibleMechanical(mech: Mechanical): readonly MechanicalIndication[] {
  if (mech.kind === 'ok') return [mechanicalIndication(mech.band, mech.mechanicalPain).indication];
  if (mech.kind === 'pain-missing') return [mechanicalIndication(mech.band, false).indication, 'stabilization'];
  return allMechanical;
}

/**
 * Applies the NOMS framework (Laufer et al., The Oncologist 2013). Validation first, then the
 * decision; partial input gives 'incomplete' with what is still needed, never a guess. A question is
 * reported missing only when its answer can change the recommendation.
 */
export function decideNoms(input: NomsInput): NomsResult {
  const invalid: NomsInvalid[] = [];
  const missing: NomsField[] = [];

  const escc = gradeEscc(input.escc);
  if (escc.kind === 'invalid') invalid.push(...escc.invalid);
  if (escc.kind === 'incomplete') missing.push('escc');

  for (const field of ['myelopathy', 'mechanicalPain', 'surgeryFit'] as const) {
    const v = input[field];
    if (v !== undefined && v !== '' && !isYesNo(v)) invalid.push({ component: field, value: v, allowed: yesNo });
  }
  const myelopathy = isYesNo(input.myelopathy) ? input.myelopathy : undefined;
  // The deficit decides only with high-grade compression (symptomatic cord compression).
  if (escc.kind === 'result' && escc.level === 'high' && myelopathy === undefined) missing.push('myelopathy');

  const onco = readOncologic(input);
  if (onco.kind === 'invalid') invalid.push(onco.invalid);
  if (onco.kind === 'missing') missing.push('radiosensitivity');

  const mech = readMechanical(input);
  if (mech.kind === 'invalid') invalid.push(...mech.invalid);
  if (mech.kind === 'missing') missing.push('sins');
  if (mech.kind === 'pain-missing') missing.push('mechanicalPain');

  if (invalid.length > 0) return { kind: 'invalid', invalid };

  const surgeryFit = isYesNo(input.surgeryFit) ? input.surgeryFit : undefined;
  const levels: readonly EsccLevel[] = escc.kind === 'result' ? [escc.level] : ['low', 'high'];
  const fitNeeded = surgeryFitMatters({
    level: levels,
    deficit: myelopathy ? [myelopathy === 'yes'] : [false, true],
    category: onco.kind === 'ok' ? [onco.category] : ['radiosensitive', 'radioresistant'],
    mechanical: possibleMechanical(mech),
  });
  if (surgeryFit === undefined && fitNeeded) missing.push('surgeryFit');

  if (missing.length > 0 || escc.kind !== 'result' || onco.kind !== 'ok' || mech.kind !== 'ok') {
    return { kind: 'incomplete', missing, sinsMissing: mech.kind === 'missing' ? mech.sinsMissing : [] };
  }

  const mechanical = mechanicalIndication(mech.band, mech.mechanicalPain);
  const facts: NomsFacts = { level: escc.level, deficit: myelopathy === 'yes', category: onco.category, mechanical: mechanical.indication };
  // When surgery does not change the plan it is not asked, and either answer gives this same plan.
  const plan = planNoms(facts, surgeryFit === 'yes');
  // Reading order: the radiation rule, what the neurology adds, then the mechanical reasons and their consequence.
  const [radiationRule, ...rest] = plan.rules;
  const rules: NomsRuleId[] = [
    ...(radiationRule ? [radiationRule] : []),
    ...rest.filter((r) => r.startsWith('deficit') || r.startsWith('symptomatic')),
    ...mechanical.reasons,
    ...rest.filter((r) => r.startsWith('stabilization')),
  ];

  const assessment: NomsAssessment = {
    escc: escc.grade,
    esccLevel: escc.level,
    symptomaticCompression: escc.level === 'high' && myelopathy === 'yes',
    radiosensitivity: onco.category,
    sinsTotal: mech.total,
    sinsBand: mech.band,
    mechanicalPain: mech.mechanicalPain,
    mechanical: mechanical.indication,
  };
  if (myelopathy) assessment.myelopathy = myelopathy;
  if (onco.histology) assessment.histology = onco.histology;
  if (surgeryFit && fitNeeded) assessment.surgeryFit = surgeryFit;

  return { kind: 'result', radiation: plan.radiation, steps: plan.steps, code: plan.steps.join('+'), rules, notes: plan.notes, assessment };
}
