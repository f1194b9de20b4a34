import type { QueryNotice } from '../../scores/query';
import { choiceQuery, type FieldSpec } from '../tool-query';
import { visibleQuestions, type Answers, type CheckerRules } from './checker';

/**
 * A rule checker's answers as a link: one parameter per question (its id), the option id as value
 * (`?pattern=movement&night=no`). Only questions on screen are written; an answer to a question the
 * other answers hide is read as ignored, with a notice, so the link and the form always agree.
 */
export function checkerQuery(def: CheckerRules) {
  const spec: Record<string, FieldSpec> = {};
  for (const q of def.questions) spec[q.id] = { kind: 'one', values: q.options.map((o) => o.id) };
  const base = choiceQuery<Record<string, string | undefined>>(spec, {});
  return {
    defaults: {} as Answers,
    parse(search: string): { state: Answers; notices: QueryNotice[] } {
      const { state, notices } = base.parse(search);
      const shown = new Set(visibleQuestions(def, state).map((q) => q.id));
      const kept: Record<string, string | undefined> = {};
      for (const [id, value] of Object.entries(state)) {
        if (value === undefined) continue;
        if (shown.has(id)) kept[id] = value;
        else notices.push({ param: id, value, reason: 'unknown-param' });
      }
      return { state: kept, notices };
    },
    serialize(answers: Answers): string {
      const shown = new Set(visibleQuestions(def, answers).map((q) => q.id));
      return base.serialize(Object.fromEntries(Object.entries(answers).filter(([id]) => shown.has(id))));
    },
  };
}
