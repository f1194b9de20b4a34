import { gradeEscc } from '../escc/grade-escc';
import type { EsccGrade, EsccLevel } from '../escc/escc-definition';
import { histologyById, histologyIds, type HistologyId, type NomsRadiosensitivity } from '../radiosensitivity/histologies';
import { readNumber } from '../numeric-input';
import { scoreSins, type SinsInput } from '../sins/score-sins';
import { sinsComponentIds, sinsDefinition, type SinsBand } from '../sins/sins-definition';
import { bandFor } from '../sum-score';
import type { NomsRadiationCode, NomsStabilizationCode } from './noms-recommendations';
import type { NomsRuleId } from './noms-rules';

/**
 * NOMS input, flat so that it maps one-to-one onto the URL. Oncologic: a histology (preferred) or the
 * category directly. Mechanical: the SINS components (scored by the SINS core) or, failing those, a
 * SINS total. Myelopathy is recorded but optional: it does not change the NOMS path (laufer2013).
 */
export type YesNo = 'yes' | 'no';
export type NomsInput = SinsInput & {
  escc?: string;
  myelopathy?: string;
  histology?: string;
  radiosensitivity?: string;
  /** SINS total 0–18, used only when no SINS component is given. */
  sins?: string;
  surgeryFit?: string;
};

export type NomsField = 'escc' | 'radiosensitivity' | 'sins' | 'surgeryFit';

export interface NomsInvalid {
  component: string;
  value: string;
  allowed: readonly string[];
}

export interface NomsAssessment {
  escc: EsccGrade;
  esccLevel: EsccLevel;
  myelopathy?: YesNo;
  histology?: HistologyId;
  radiosensitivity: NomsRadiosensitivity;
  sinsTotal: number;
  sinsBand: SinsBand;
  surgeryFit?: YesNo;
}

export type NomsResult =
  | { kind: 'invalid'; invalid: NomsInvalid[] }
  | { kind: 'incomplete'; missing: NomsField[]; sinsMissing: string[] }
  | {
      kind: 'result';
      radiation: NomsRadiationCode;
      /** True only for cEBRT given because a radioresistant, high-grade lesion cannot be operated on. */
      palliative: boolean;
      stabilization: NomsStabilizationCode;
      /** Steps in the order they happen, e.g. ['stabilization-or-augmentation', 'cebrt']. */
      steps: (NomsRadiationCode | Exclude<NomsStabilizationCode, 'none'>)[];
      /** The steps joined with '+', a stable code for the whole recommendation. */
      code: string;
      /** Rules that fired, in reading order; each carries its source in noms-rules.ts. */
      rules: NomsRuleId[];
      assessment: NomsAssessment;
    };

export const yesNo: readonly YesNo[] = ['yes', 'no'];
export const radiosensitivityParamValues = ['sensitive', 'resistant'] as const;
const categoryOfParam = (v: string): NomsRadiosensitivity | undefined =>
  v === 'sensitive' ? 'radiosensitive' : v === 'resistant' ? 'radioresistant' : undefined;
const sinsTotalRule = { min: 0, max: 18, integer: true };
const sinsTotalAllowed = ['0…18'];

const isYesNo = (v: string | undefined): v is YesNo => v === 'yes' || v === 'no';

type Mechanical =
  | { kind: 'ok'; total: number; band: SinsBand }
  | { kind: 'missing'; sinsMissing: string[] }
  | { kind: 'invalid'; invalid: NomsInvalid[] };

/** SINS components win over a total; the SINS core does the scoring so NOMS and SINS never disagree. */
function readMechanical(input: NomsInput): Mechanical {
  const hasComponent = input.level !== undefined || sinsComponentIds.some((c) => input[c] !== undefined);
  if (hasComponent) {
    const sinsInput: SinsInput = {};
    if (input.level !== undefined) sinsInput.level = input.level;
    for (const c of sinsComponentIds) {
      const v = input[c];
      if (v !== undefined) sinsInput[c] = v;
    }
    const r = scoreSins(sinsInput);
    if (r.kind === 'invalid') return { kind: 'invalid', invalid: r.invalid };
    if (r.kind === 'incomplete') return { kind: 'missing', sinsMissing: r.missing };
    return { kind: 'ok', total: r.total, band: r.band };
  }
  if (input.sins === undefined || input.sins === '') return { kind: 'missing', sinsMissing: [] };
  const n = readNumber(input.sins, sinsTotalRule);
  if (!n.ok) return { kind: 'invalid', invalid: [{ component: 'sins', value: input.sins, allowed: sinsTotalAllowed }] };
  return { kind: 'ok', total: n.value, band: bandFor(sinsDefinition.bands, n.value).code };
}

type Oncologic =
  | { kind: 'ok'; category: NomsRadiosensitivity; histology?: HistologyId }
  | { kind: 'missing' }
  | { kind: 'invalid'; invalid: NomsInvalid };

/** A histology, when given, decides the category (and wins over a category given alongside it). */
function readOncologic(input: NomsInput): Oncologic {
  if (input.histology !== undefined && input.histology !== '') {
    const h = histologyById(input.histology);
    if (!h) return { kind: 'invalid', invalid: { component: 'histology', value: input.histology, allowed: histologyIds } };
    return { kind: 'ok', category: h.noms, histology: h.id as HistologyId };
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

function stabilizationFor(band: SinsBand): NomsStabilizationCode {
  if (band === 'unstable') return 'stabilization-or-augmentation';
  if (band === 'indeterminate') return 'surgical-consultation';
  return 'none';
}

/**
 * Applies the NOMS framework (Laufer et al., The Oncologist 2013). Validation first, then the
 * decision; partial input gives 'incomplete' with what is still needed, never a guess.
 */
export function decideNoms(input: NomsInput): NomsResult {
  const invalid: NomsInvalid[] = [];
  const missing: NomsField[] = [];

  const escc = gradeEscc(input.escc);
  if (escc.kind === 'invalid') invalid.push(...escc.invalid);
  if (escc.kind === 'incomplete') missing.push('escc');

  const onco = readOncologic(input);
  if (onco.kind === 'invalid') invalid.push(onco.invalid);
  if (onco.kind === 'missing') missing.push('radiosensitivity');

  const mech = readMechanical(input);
  if (mech.kind === 'invalid') invalid.push(...mech.invalid);
  if (mech.kind === 'missing') missing.push('sins');

  for (const field of ['myelopathy', 'surgeryFit'] as const) {
    const v = input[field];
    if (v !== undefined && v !== '' && !isYesNo(v)) invalid.push({ component: field, value: v, allowed: yesNo });
  }
  if (invalid.length > 0) return { kind: 'invalid', invalid };

  // Surgery tolerance matters for a radioresistant high-grade lesion and whenever stability is in
  // question; while those are unknown it may matter, so it is asked for.
  const surgeryFit = isYesNo(input.surgeryFit) ? input.surgeryFit : undefined;
  const mayNeedSurgery =
    (escc.kind !== 'result' || escc.level === 'high') && (onco.kind !== 'ok' || onco.category === 'radioresistant');
  const mayNeedStability = mech.kind !== 'ok' || mech.band !== 'stable';
  if (surgeryFit === undefined && (mayNeedSurgery || mayNeedStability)) missing.push('surgeryFit');

  if (missing.length > 0 || escc.kind !== 'result' || onco.kind !== 'ok' || mech.kind !== 'ok') {
    return { kind: 'incomplete', missing, sinsMissing: mech.kind === 'missing' ? mech.sinsMissing : [] };
  }

  const rules: NomsRuleId[] = [];
  let radiation: NomsRadiationCode;
  let palliative = false;
  if (onco.category === 'radiosensitive') {
    radiation = 'cebrt';
    rules.push('radiosensitive-any-escc');
  } else if (escc.level === 'low') {
    radiation = 'srs';
    rules.push('radioresistant-low-grade');
  } else if (surgeryFit === 'yes') {
    radiation = 'separation-surgery-srs';
    rules.push('radioresistant-high-grade-fit');
  } else {
    radiation = 'cebrt';
    palliative = true;
    rules.push('radioresistant-high-grade-unfit');
  }
  const myelopathy = isYesNo(input.myelopathy) ? input.myelopathy : undefined;
  if (myelopathy === 'yes') rules.push('myelopathy-noted');

  const stabilization = stabilizationFor(mech.band);
  rules.push(mech.band === 'stable' ? 'sins-stable' : mech.band === 'indeterminate' ? 'sins-indeterminate' : 'sins-unstable');
  if (stabilization !== 'none' && surgeryFit === 'no') rules.push('stabilization-unfit-percutaneous');

  // Stability is settled before radiation: an unstable segment is fixed or cemented first (laufer2013).
  const steps: (NomsRadiationCode | Exclude<NomsStabilizationCode, 'none'>)[] =
    stabilization === 'none' ? [radiation] : [stabilization, radiation];

  const assessment: NomsAssessment = {
    escc: escc.grade,
    esccLevel: escc.level,
    radiosensitivity: onco.category,
    sinsTotal: mech.total,
    sinsBand: mech.band,
  };
  if (myelopathy) assessment.myelopathy = myelopathy;
  if (onco.histology) assessment.histology = onco.histology;
  if (surgeryFit) assessment.surgeryFit = surgeryFit;

  return { kind: 'result', radiation, palliative, stabilization, steps, code: steps.join('+'), rules, assessment };
}
