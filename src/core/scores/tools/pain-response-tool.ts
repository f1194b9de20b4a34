import { assessPainResponse, type PainInput, type PainResult } from '../pain-response/assess-pain-response';
import { painQueryOrder, painQueryString, parsePainQuery } from '../pain-response/pain-response-query';
import type { DescribedOutcome, ToolDefinition } from '../tool';

/** The pain response as a registry entry: the response class is the band, a > 50% fall the flag 'significant'. */
export const painResponseTool: ToolDefinition<PainInput, PainResult> = {
  id: 'pain-response',
  evaluate: assessPainResponse,
  parseQuery: (params) => parsePainQuery(params.toString()),
  toQuery: painQueryString,
  describe(input, result = assessPainResponse(input)) {
    const outcome: DescribedOutcome =
      result.kind === 'result' ? { kind: 'band', band: result.band, flags: result.significant ? ['significant'] : [] }
        : result.kind === 'not-applicable' ? { kind: 'not-applicable', reason: result.reason }
          : result.kind === 'incomplete' ? { kind: 'incomplete', missing: result.missing }
            : { kind: 'invalid', invalid: result.invalid.map((i) => ({ field: i.component, value: i.value })) };
    const items = painQueryOrder.flatMap((field) => {
      const value = input[field];
      return value === undefined ? [] : [{ field, value: String(value) }];
    });
    return { items, outcome };
  },
};
