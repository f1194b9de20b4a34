import { parseChoiceParams, toQueryString, type QueryNotice } from '../query';
import { esccGradeIds } from '../escc/escc-grades';
import { readNumber } from '../numeric-input';
import { histologyIds } from '../radiosensitivity/histology-categories';
import { sinsPoints, sinsComponentIds, type SinsComponentId } from '../sins/sins-points';
import { optionIdsByComponent } from '../sum-score';
import { spineLevelIds } from '../sins/spine-levels';
import { radiosensitivityParamValues, yesNo, type NomsInput } from './decide-noms';

/**
 * The public URL contract of /{lang}/tools/noms/, one group per NOMS assessment:
 *   neurologic  escc=0|1a|1b|1c|2|3, myelopathy=yes|no (neurological deficit; needed with high-grade ESCC)
 *   oncologic   histology=<radiosensitivity tool id>, or radiosensitivity=sensitive|resistant
 *               (histology wins when both are given)
 *   mechanical  the SINS tool's own parameters (level or location, pain, lesion, alignment, collapse,
 *               posterior), or sins=<total 0–18> (the components win when any is given) with
 *               mechanicalPain=yes|no (movement-related pain; ignored when the SINS items are given)
 *   systemic    surgeryFit=yes|no — can the patient tolerate surgery?
 */
const choiceFields: Record<Exclude<keyof NomsInput, 'sins'>, readonly string[]> = {
  escc: esccGradeIds,
  myelopathy: yesNo,
  histology: histologyIds,
  radiosensitivity: radiosensitivityParamValues,
  mechanicalPain: yesNo,
  surgeryFit: yesNo,
  level: spineLevelIds,
  ...optionIdsByComponent<SinsComponentId>(sinsPoints),
};

export const nomsQueryOrder: readonly (keyof NomsInput)[] = [
  'escc', 'myelopathy',
  'histology', 'radiosensitivity',
  'sins', 'mechanicalPain', 'level', ...sinsComponentIds,
  'surgeryFit',
];

export function parseNomsQuery(search: string): { input: NomsInput; notices: QueryNotice[] } {
  const params = new URLSearchParams(search);
  const { values, notices } = parseChoiceParams(params, choiceFields, ['sins']);
  const input: NomsInput = { ...values };

  const sins = params.get('sins');
  if (sins !== null) {
    if (readNumber(sins, { min: 0, max: 18, integer: true }).ok) input.sins = sins.trim();
    else notices.push({ param: 'sins', value: sins, reason: 'unknown-value', allowed: ['0…18'] });
  }

  if (input.histology && input.radiosensitivity) {
    notices.push({ param: 'radiosensitivity', value: input.radiosensitivity, reason: 'superseded', by: `histology=${input.histology}` });
    delete input.radiosensitivity;
  }
  if (input.level && input.location) {
    notices.push({ param: 'location', value: input.location, reason: 'superseded', by: `level=${input.level}` });
    delete input.location;
  }
  const component = (['level', ...sinsComponentIds] as const).find((c) => input[c] !== undefined);
  if (component && input.sins !== undefined) {
    notices.push({ param: 'sins', value: input.sins, reason: 'superseded', by: component });
    delete input.sins;
  }
  if (component && input.mechanicalPain !== undefined) {
    notices.push({ param: 'mechanicalPain', value: input.mechanicalPain, reason: 'superseded', by: component });
    delete input.mechanicalPain;
  }
  return { input, notices };
}

export function nomsQueryString(input: NomsInput): string {
  return toQueryString(nomsQueryOrder.map((k) => [k, input[k]]));
}
