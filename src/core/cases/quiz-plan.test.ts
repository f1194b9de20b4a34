import { describe, expect, it } from 'vitest';
import { formatPoints, quizPlan } from './quiz-plan';

describe('quizPlan', () => {
  it('asks each question after the last step of its phase, in file order', () => {
    const timeline = [{ phase: 'presentation' }, { phase: 'work-up' }, { phase: 'decision' }, { phase: 'procedure' }] as const;
    const quiz = [{ afterPhase: 'work-up' }, { afterPhase: 'presentation' }, { afterPhase: 'work-up' }, { afterPhase: 'procedure' }] as const;
    expect(quizPlan(timeline, quiz)).toEqual([
      { kind: 'step', step: 0 },
      { kind: 'question', question: 1 },
      { kind: 'step', step: 1 },
      { kind: 'question', question: 0 },
      { kind: 'question', question: 2 },
      { kind: 'step', step: 2 },
      { kind: 'step', step: 3 },
      { kind: 'question', question: 3 },
    ]);
  });

  it('uses the last step of a phase that comes back (multi-session cases)', () => {
    const timeline = [{ phase: 'procedure' }, { phase: 'follow-up' }, { phase: 'procedure' }, { phase: 'follow-up' }] as const;
    expect(quizPlan(timeline, [{ afterPhase: 'procedure' }])).toEqual([
      { kind: 'step', step: 0 },
      { kind: 'step', step: 1 },
      { kind: 'step', step: 2 },
      { kind: 'question', question: 0 },
      { kind: 'step', step: 3 },
    ]);
  });

  it('never loses a question whose phase has no step', () => {
    expect(quizPlan([{ phase: 'presentation' }], [{ afterPhase: 'follow-up' }])).toEqual([
      { kind: 'step', step: 0 },
      { kind: 'question', question: 0 },
    ]);
  });
});

describe('formatPoints', () => {
  it('uses the decimal comma in Italian and never prints NaN', () => {
    expect(formatPoints(2.5, 'it')).toBe('2,5');
    expect(formatPoints(2.5, 'en')).toBe('2.5');
    expect(formatPoints(2 / 3, 'en')).toBe('0.67');
    expect(formatPoints(3, 'it')).toBe('3');
    expect(formatPoints(Number.NaN, 'it')).toBe('0');
  });
});
