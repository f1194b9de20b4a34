import { classifyRadiosensitivity, type RadiosensitivityResult } from '../radiosensitivity/classify-radiosensitivity';
import { parseRadiosensitivityQuery, radiosensitivityQueryString } from '../radiosensitivity/radiosensitivity-query';
import type { DescribedOutcome, ToolDefinition } from '../tool';

type RadiosensitivityInput = { histology?: string };

/** Radiosensitivity by histology as a registry entry: the NOMS category is the band; study disagreement a flag. */
export const radiosensitivityTool: ToolDefinition<RadiosensitivityInput, RadiosensitivityResult> = {
  id: 'radiosensitivity',
  evaluate: (input) => classifyRadiosensitivity(input.histology),
  parseQuery: (params) => parseRadiosensitivityQuery(params.toString()),
  toQuery: radiosensitivityQueryString,
  describe(input, result = classifyRadiosensitivity(input.histology)) {
    const outcome: DescribedOutcome =
      result.kind === 'result'
        ? { kind: 'band', band: result.noms, flags: [...(result.disagreement ? ['studies-disagree'] : []), ...(result.reported ? [] : ['not-in-studies'])] }
        : result.kind === 'incomplete' ? { kind: 'incomplete', missing: result.missing }
          : { kind: 'invalid', invalid: result.invalid.map((i) => ({ field: i.component, value: i.value })) };
    return { items: input.histology === undefined ? [] : [{ field: 'histology', value: input.histology }], outcome };
  },
};
