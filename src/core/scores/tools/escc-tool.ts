import { gradeEscc, type EsccResult } from '../escc/grade-escc';
import { esccQueryString, parseEsccQuery } from '../escc/escc-query';
import type { DescribedOutcome, ToolDefinition } from '../tool';

type EsccInput = { escc?: string };

/** The ESCC (Bilsky) grade as a registry entry: the grade is the band, its low/high split a flag. */
export const esccTool: ToolDefinition<EsccInput, EsccResult> = {
  id: 'escc',
  evaluate: (input) => gradeEscc(input.escc),
  parseQuery: (params) => parseEsccQuery(params.toString()),
  toQuery: esccQueryString,
  describe(input, result = gradeEscc(input.escc)) {
    const outcome: DescribedOutcome =
      result.kind === 'result' ? { kind: 'band', band: result.grade, flags: [result.level] }
        : result.kind === 'incomplete' ? { kind: 'incomplete', missing: result.missing }
          : { kind: 'invalid', invalid: result.invalid.map((i) => ({ field: i.component, value: i.value })) };
    return { items: input.escc === undefined ? [] : [{ field: 'escc', value: input.escc }], outcome };
  },
};
