import { describe, expect, it } from 'vitest';
import { results } from './results';
import { answer, createSession, finish, type Session } from './session';
import { multiple, numeric, single } from './test-questions';

const t0 = Date.UTC(2025, 2, 1, 9);
const bank = [single('m01-a', 'M1'), multiple('m01-b', 'M1'), numeric('m10-c', 'M10'), single('m06-d', 'M6')];
const [qa, qb, qc, qd] = bank as [typeof bank[0], typeof bank[0], typeof bank[0], typeof bank[0]];

function play(): Session {
  let s = createSession({ questionIds: bank.map((q) => q.id), mode: 'exam', seed: 1 }, t0);
  for (const [q, a] of [[qa, 'b'], [qb, ['a', 'c']], [qc, '11']] as const) {
    const o = answer(s, q, a, t0 + 1000);
    if (o.kind === 'accepted') s = o.session;
  }
  return finish(s, t0 + 90_000);
}

describe('results', () => {
  it('totals score with partial credit, counts exact answers apart', () => {
    const r = results(play(), bank);
    expect(r).toMatchObject({ total: 4, answered: 3, correct: 1, endReason: 'submitted', durationMs: 90_000, missing: [] });
    expect(r.score).toBeCloseTo(1 + 2 / 3, 10);
    // Only answered questions count: the skipped one is no failure.
    expect(r.fraction).toBeCloseTo((1 + 2 / 3) / 3, 10);
  });

  it('breaks the score down by module, in module order', () => {
    const r = results(play(), bank);
    expect(r.byModule.map((m) => m.module)).toEqual(['M1', 'M6', 'M10']);
    expect(r.byModule[0]).toMatchObject({ module: 'M1', total: 2, answered: 2, correct: 1 });
    expect(r.byModule[0]?.score).toBeCloseTo(5 / 3, 10);
    expect(r.byModule[1]).toEqual({ module: 'M6', total: 1, answered: 0, correct: 0, score: 0 });
    expect(r.byModule[2]).toEqual({ module: 'M10', total: 1, answered: 1, correct: 0, score: 0 });
  });

  it('lists mistakes (wrong, partial) and the skipped ones apart', () => {
    const r = results(play(), bank);
    expect([...r.mistakes].sort()).toEqual([qb.id, qc.id].sort());
    expect(r.unanswered).toEqual([qd.id]);
  });

  it('leaves questions the bank no longer has out of the totals', () => {
    const r = results(play(), bank.filter((q) => q.id !== qc.id));
    expect(r).toMatchObject({ total: 3, answered: 2, missing: [qc.id] });
    expect(r.mistakes).not.toContain(qc.id);
  });

  it('breaks the score down by cognitive level (unclassified items count as recall)', () => {
    const leveled = bank.map((q) => ({ id: q.id, module: q.module, ...(q.id === qa.id || q.id === qc.id ? { level: 'application' as const } : {}) }));
    const r = results(play(), leveled);
    expect(r.byLevel.map((l) => l.level)).toEqual(['recall', 'application']);
    expect(r.byLevel[1]).toEqual({ level: 'application', total: 2, answered: 2, correct: 1, score: 1 });
    expect(r.byLevel[0]).toMatchObject({ level: 'recall', total: 2, answered: 1, correct: 0 });
  });

  it('gives zeros, not NaN, for an empty session; no duration while running', () => {
    const r = results(createSession({ questionIds: [], mode: 'practice', seed: 1 }, t0), bank);
    expect(r).toMatchObject({ total: 0, score: 0, fraction: 0, byModule: [], durationMs: null, endReason: null });
  });
});
