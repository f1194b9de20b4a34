import { parseChoiceParams, plusAsLiteral, toQueryString } from './query';
import { optionIdsByComponent, scoreSum, type SumScorePoints, type SumScoreResult } from './sum-score';
import type { DescribedItem, DescribedOutcome, ToolDefinition } from './tool';

/**
 * An input that stands for one component (SINS: the spinal level decides the location). A plain table, so it
 * can travel to an island as data; when given it wins over the component given alongside it.
 */
export interface DerivedInput<C extends string = string> {
  /** URL parameter and input key, e.g. 'level'. */
  param: string;
  /** The component it decides. */
  component: C;
  /** Each allowed value → the option id of `component` it means. */
  options: Readonly<Record<string, string>>;
}

/** What the factory needs: ids and points (no wording), and the optional derived input. */
export interface SumScoreToolSpec<C extends string = string, B extends string = string> {
  id: string;
  points: SumScorePoints<C, B>;
  derived?: DerivedInput<C>;
}

/** A sum score's input: one option id per component, plus the derived input's value when the score has one. */
export type SumToolInput<C extends string = string> = Partial<Record<C, string>> & { [param: string]: string | undefined };

export type SumScoreTool<C extends string = string, B extends string = string> = ToolDefinition<SumToolInput<C>, SumScoreResult<C, B>>;

/**
 * The registry entry of any sum score, from its data alone: evaluate (the generic engine), the URL contract
 * (one parameter per component, in the definition's order, the derived input first) and the description.
 * Option ids with a '+' (Tokuhashi's `3+`) get the literal plus back, since a typed `?x=3+` reads as "3 ".
 */
export function sumScoreTool<C extends string, B extends string>(spec: SumScoreToolSpec<C, B>): SumScoreTool<C, B> {
  const { points, derived } = spec;
  const componentIds = points.components.map((c) => c.id);
  const derivedValues = derived ? Object.keys(derived.options) : [];
  const fields: Record<string, readonly string[]> = {
    ...(derived ? { [derived.param]: derivedValues } : {}),
    ...optionIdsByComponent<C>(points),
  };
  const order: readonly string[] = [...(derived ? [derived.param] : []), ...componentIds];
  const literalPlus = points.components.some((c) => c.options.some((o) => o.id.includes('+')));

  // The option of `component` that the derived input stands for ('' when it is not one of the table's values).
  const derivedOption = (input: SumToolInput<C>) => {
    const value = derived ? input[derived.param] : undefined;
    return value === undefined ? undefined : derivedValues.includes(value) ? derived!.options[value]! : '';
  };

  const evaluate = (input: SumToolInput<C>): SumScoreResult<C, B> => {
    const option = derivedOption(input);
    if (option === '') return { kind: 'invalid', invalid: [{ component: derived!.param, value: String(input[derived!.param]), allowed: derivedValues }] };
    return scoreSum(points, (option === undefined ? input : { ...input, [derived!.component]: option }) as Partial<Record<C, string>>);
  };

  return {
    id: spec.id,
    evaluate,
    parseQuery(params) {
      const { values, notices } = parseChoiceParams(literalPlus ? plusAsLiteral(params) : params, fields);
      const input = values as SumToolInput<C>;
      const chosen = derived ? input[derived.param] : undefined;
      if (derived && chosen && input[derived.component]) {
        notices.push({ param: derived.component, value: input[derived.component]!, reason: 'superseded', by: `${derived.param}=${chosen}` });
        delete input[derived.component];
      }
      return { input, notices };
    },
    toQuery: (input) => toQueryString(order.map((k) => [k, input[k]])),
    describe(input, result = evaluate(input)) {
      const derivedTo = derivedOption(input);
      const items: DescribedItem[] = derivedTo === undefined ? [] : [{ field: derived!.param, value: String(input[derived!.param]) }];
      for (const c of points.components) {
        const option = c.options.find((o) => o.id === (derivedTo && c.id === derived!.component ? derivedTo : input[c.id]));
        if (option) items.push({ field: c.id, value: option.id, points: option.points });
      }
      return { items, outcome: sumOutcome(result) };
    },
  };
}

function sumOutcome<C extends string, B extends string>(result: SumScoreResult<C, B>): DescribedOutcome {
  switch (result.kind) {
    case 'result':
      return { kind: 'total', total: result.total, band: result.band };
    case 'incomplete':
      return { kind: 'incomplete', missing: result.missing, partialTotal: result.partialTotal };
    case 'invalid':
      return { kind: 'invalid', invalid: result.invalid.map((i) => ({ field: i.component, value: i.value })) };
  }
}
