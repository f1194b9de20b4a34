import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { answer, createSession, type QuestionWithId, type Session } from './session';
import {
  clearSnapshot,
  QUIZ_SNAPSHOT_KEY,
  readQuizSnapshot,
  readSnapshot,
  restoreQuizSession,
  toQuizSnapshot,
  writeSnapshot,
} from './session-snapshot';
import { caseSnapshotKey, readCaseSnapshot } from './case-snapshot';
import { multiple, numeric, single } from './test-questions';

const t0 = Date.UTC(2025, 2, 1, 9);
const bank = [single('m01-a'), multiple('m01-b'), numeric('m01-c')] as QuestionWithId[];
const byId = new Map(bank.map((q) => [q.id, q]));

function played(): Session {
  let s = createSession({ questionIds: bank.map((q) => q.id), mode: 'exam', seed: 's', timeLimitSec: 180 }, t0);
  for (const [q, a] of [[bank[0]!, 'a'], [bank[2]!, '12,5']] as const) {
    const o = answer(s, q, a, t0 + 1000);
    if (o.kind === 'accepted') s = o.session;
  }
  return s;
}

describe('quiz snapshots', () => {
  it('a running exam survives a round trip through storage with its answers, clock and place', () => {
    const storage = memoryStorage();
    const s = played();
    expect(writeSnapshot(storage, QUIZ_SNAPSHOT_KEY, toQuizSnapshot(s, 2))).toBe(true);
    const snap = readSnapshot(storage, QUIZ_SNAPSHOT_KEY, readQuizSnapshot);
    expect(snap).not.toBeNull();
    const back = restoreQuizSession(snap!, byId);
    expect(back?.index).toBe(2);
    expect(back?.session).toEqual(s);
  });

  it('grades restored answers again and drops questions the bank lost', () => {
    const snap = toQuizSnapshot(played(), 1);
    const back = restoreQuizSession({ ...snap, answers: { ...snap.answers, 'm01-a': { given: 'b', at: t0 } } }, new Map([['m01-a', bank[0]!]]));
    expect(back?.session.order).toEqual(['m01-a']);
    expect(back?.session.answers['m01-a']?.result.correct).toBe(true);
    expect(back?.index).toBe(0);
    expect(restoreQuizSession(snap, new Map())).toBeNull();
  });

  it('an answer that no longer fits its question is dropped, not crashed on', () => {
    const snap = toQuizSnapshot(played(), 0);
    const back = restoreQuizSession({ ...snap, answers: { 'm01-a': { given: 'z', at: t0 } } }, byId);
    expect(back?.session.answers).toEqual({});
  });

  it('reads corrupt, foreign or missing snapshots as none; storage errors never throw', () => {
    const storage = memoryStorage({ [QUIZ_SNAPSHOT_KEY]: '{"version":1,"mode":"exam"' });
    expect(readSnapshot(storage, QUIZ_SNAPSHOT_KEY, readQuizSnapshot)).toBeNull();
    storage.setItem(QUIZ_SNAPSHOT_KEY, JSON.stringify({ version: 9 }));
    expect(readSnapshot(storage, QUIZ_SNAPSHOT_KEY, readQuizSnapshot)).toBeNull();
    expect(readSnapshot(storage, 'nothing', readQuizSnapshot)).toBeNull();
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('denied'); } };
    expect(readSnapshot(broken, QUIZ_SNAPSHOT_KEY, readQuizSnapshot)).toBeNull();
    expect(writeSnapshot(broken, QUIZ_SNAPSHOT_KEY, {})).toBe(false);
    expect(() => clearSnapshot(broken, QUIZ_SNAPSHOT_KEY)).not.toThrow();
  });

  it('case snapshots are kept per case', () => {
    const storage = memoryStorage();
    const snap = { version: 1 as const, caseId: 'sins-t11', seed: 'x', pos: 3, answers: { q1: { given: 'b', at: t0 } } };
    writeSnapshot(storage, caseSnapshotKey('sins-t11'), snap);
    expect(readSnapshot(storage, caseSnapshotKey('sins-t11'), readCaseSnapshot)).toEqual(snap);
    expect(readSnapshot(storage, caseSnapshotKey('other'), readCaseSnapshot)).toBeNull();
  });
});
