import type { Question } from '../content/question-schema';

/** Small hand-made bank for the quiz tests: one question of each type per module, no clinical claims. */
const text = (en: string) => ({ it: `[it] ${en}`, en });
const options = (...ids: string[]) => ids.map((id) => ({ id, text: text(`option ${id}`) }));
const base = (id: string, module: string) => ({
  id,
  module,
  stem: text(`stem of ${id}`),
  explanation: text(`why ${id}`),
  source: { ref: 'gangi2010' },
  level: 'recall' as const,
  facts: ['1a'],
});

export const single = (id = 'm01-single', module = 'M1'): Question => ({
  ...base(id, module),
  type: 'single',
  options: options('a', 'b', 'c', 'd'),
  correct: 'b',
});

export const multiple = (id = 'm01-multiple', module = 'M1'): Question => ({
  ...base(id, module),
  type: 'multiple',
  options: options('a', 'b', 'c', 'd', 'e'),
  correct: ['a', 'c', 'e'],
});

export const numeric = (id = 'm01-numeric', module = 'M1', extra: { tolerance?: number; min?: number; max?: number } = {}): Question => ({
  ...base(id, module),
  type: 'numeric',
  correct: 12.5,
  tolerance: extra.tolerance ?? 0,
  ...(extra.min !== undefined ? { min: extra.min } : {}),
  ...(extra.max !== undefined ? { max: extra.max } : {}),
});
