import { describe, expect, it } from 'vitest';
import { dueCards } from '../quiz/review';
import { answer, createSession, finish, type Session } from '../quiz/session';
import { multiple, numeric, single } from '../quiz/test-questions';
import { quizResultId, recordSession } from './record-session';
import { emptyProgress } from './schema';
import { eventsFromEdit } from './diff';
import { foldEvents } from './fold';
import { parseEvent, type ProgressEvent } from './events';
import { day, isoAt, t0 } from './test-fixtures';

const bank = [single('m06-a', 'M6'), multiple('m06-b', 'M6'), numeric('m09-c', 'M9')];

function played(): Session {
  let s = createSession({ questionIds: bank.map((q) => q.id), mode: 'exam', seed: 'x' }, t0);
  for (const [q, a] of [[bank[0]!, 'b'], [bank[1]!, ['a']]] as const) {
    const o = answer(s, q, a, t0 + 1000);
    if (o.kind === 'accepted') s = o.session;
  }
  return finish(s, t0 + 60_000);
}

describe('recordSession', () => {
  it('stores the result and a card per answered question', () => {
    const s = recordSession(emptyProgress(), played(), bank);
    // What the log records for it reads back as valid events and folds to the same view.
    const events = eventsFromEdit(emptyProgress(), s, isoAt(t0)).map((e, i) => ({ ...e, id: `e${i}` }));
    const parsed = events.map((e) => parseEvent(e, t0));
    expect(parsed.every((p) => p.ok && !p.repaired)).toBe(true);
    const back = foldEvents(parsed.flatMap((p) => (p.ok ? [p.event as ProgressEvent] : [])));
    expect(back.quizResults).toEqual(s.quizResults);
    expect(back.reviewCards).toEqual(s.reviewCards);
    expect(s.quizResults).toHaveLength(1);
    expect(s.quizResults[0]).toMatchObject({
      id: quizResultId(played()),
      date: isoAt(t0 + 60_000),
      mode: 'exam',
      // The unanswered M9 question is neither counted nor a mistake.
      modules: ['M6'],
      total: 2,
      mistakes: ['m06-b'],
    });
    expect(s.quizResults[0]?.score).toBeCloseTo(1 + 1 / 3, 10);
    expect(Object.keys(s.reviewCards).sort()).toEqual(['m06-a', 'm06-b']);
    expect(dueCards(s.reviewCards, t0 + 3 * day)).toEqual(['m06-b']);
    expect(dueCards(s.reviewCards, t0 + 4 * day)).toEqual(['m06-b', 'm06-a']);
  });

  it('a session ended before any answer records nothing', () => {
    const s = finish(createSession({ questionIds: bank.map((q) => q.id), mode: 'practice', seed: 'y' }, t0), t0 + 5);
    expect(recordSession(emptyProgress(), s, bank)).toEqual(emptyProgress());
  });

  it('recording the same session twice keeps one result and does not review twice', () => {
    const once = recordSession(emptyProgress(), played(), bank);
    expect(recordSession(once, played(), bank)).toEqual(once);
  });
});
