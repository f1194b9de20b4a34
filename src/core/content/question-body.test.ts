import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openQuestion, questionVariants } from './question-body';

const schema = questionVariants({ id: z.string() });
const text = (en: string) => ({ it: `[it] ${en}`, en });
const options = ['a', 'b', 'c'].map((id) => ({ id, text: text(id) }));
const single = { id: 'q', type: 'single', stem: text('s'), explanation: text('e'), options, correct: 'b' };

const messages = (value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('questionVariants', () => {
  it('accepts the three answer forms', () => {
    expect(messages(single)).toEqual([]);
    expect(messages({ ...single, type: 'multiple', correct: ['a', 'c'] })).toEqual([]);
    expect(messages({ id: 'n', type: 'numeric', stem: text('s'), explanation: text('e'), correct: 8, unit: text('points') })).toEqual([]);
  });

  it('refuses a key that is not an option, repeated options or keys, and an untranslated stem', () => {
    expect(messages({ ...single, correct: 'z' })).toEqual(['correct: correct must be one of the options']);
    expect(messages({ ...single, type: 'multiple', correct: ['a', 'z'] })).toEqual(['correct: every correct id must be an option']);
    expect(messages({ ...single, type: 'multiple', correct: ['a', 'a'] })).toContain('correct: must not repeat an entry');
    expect(messages({ ...single, options: [...options, options[0]] })).toContain('options: option ids must be unique');
    expect(messages({ ...single, stem: { it: 'x', en: ' ' } })).toHaveLength(1);
    expect(messages({ ...single, extra: 1 })).toHaveLength(1);
  });
});

describe('openQuestion', () => {
  const open = openQuestion({ level: z.enum(['recall', 'application']).optional() }, z.string().trim().min(1));
  it('is the self-check form of the one model: stem, model answer, explanation; type open by default', () => {
    expect(open.parse({ stem: 'Where should the tip lie?', answer: 'Ventral body', explanation: 'Cement spreads' })).toEqual({
      type: 'open',
      stem: 'Where should the tip lie?',
      answer: 'Ventral body',
      explanation: 'Cement spreads',
    });
  });
  it('refuses the old "question" field, a missing answer and a graded type', () => {
    expect(open.safeParse({ question: 'Q?', answer: 'A', explanation: 'E' }).success).toBe(false);
    expect(open.safeParse({ stem: 'Q?', explanation: 'E' }).success).toBe(false);
    expect(open.safeParse({ type: 'single', stem: 'Q?', answer: 'A', explanation: 'E' }).success).toBe(false);
  });
});
