import { decideNoms, type NomsInput, type NomsResult } from '../noms/decide-noms';
import { nomsQueryOrder, nomsQueryString, parseNomsQuery } from '../noms/noms-query';
import type { DescribedOutcome, ToolDefinition } from '../tool';

/** The NOMS walkthrough as a registry entry: the recommendation code is the band, the rules that fired its flags. */
export const nomsTool: ToolDefinition<NomsInput, NomsResult> = {
  id: 'noms',
  evaluate: decideNoms,
  parseQuery: (params) => parseNomsQuery(params.toString()),
  toQuery: nomsQueryString,
  describe(input, result = decideNoms(input)) {
    const outcome: DescribedOutcome =
      result.kind === 'result' ? { kind: 'band', band: result.code, flags: result.rules }
        : result.kind === 'incomplete' ? { kind: 'incomplete', missing: [...result.missing, ...result.sinsMissing] }
          : { kind: 'invalid', invalid: result.invalid.map((i) => ({ field: i.component, value: i.value })) };
    const items = nomsQueryOrder.flatMap((field) => {
      const value = input[field];
      return value === undefined ? [] : [{ field, value: String(value) }];
    });
    return { items, outcome };
  },
};
