import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { Graded } from './grade';
import { isoToMillis } from './iso-date';
import type { CardDeck, StoredCard } from './review-card';
import type { Session } from './session';
import { toMillis, type Instant } from './time';

/**
 * Spaced repetition over ts-fsrs. Every answered question becomes a card keyed by its id.
 *
 * Fuzz is off so that the same history always gives the same due date (testable, and two devices
 * agree after a merge). Short-term learning steps are off too: a resident reviews a question bank
 * once a day or so, and steps of 1 and 10 minutes would bring a question straight back within the
 * same sitting. With them off, FSRS schedules whole days from the first answer.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

const toGrade: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const stateNames = ['New', 'Learning', 'Review', 'Relearning'] as const satisfies readonly (keyof typeof State)[];

export function toCard(stored: StoredCard): Card {
  return {
    due: new Date(isoToMillis(stored.due)),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days ?? 0,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: State[stored.state],
    ...(stored.last_review !== undefined ? { last_review: new Date(isoToMillis(stored.last_review)) } : {}),
  };
}

function iso(date: Date): string {
  return new Date(toMillis(date)).toISOString();
}

export function fromCard(card: Card): StoredCard {
  // The numeric fields are copied wholesale, including ts-fsrs's deprecated elapsed_days, so a round
  // trip through storage gives back exactly the card the scheduler produced.
  const { due, last_review, state, ...numbers } = card;
  return {
    ...numbers,
    due: iso(due),
    state: stateNames[state] ?? 'New',
    ...(last_review ? { last_review: iso(last_review) } : {}),
  };
}

export function newCard(now: Instant): StoredCard {
  return fromCard(createEmptyCard(new Date(toMillis(now))));
}

/**
 * Wrong → again, right → good. A partly right multiple-choice answer counts as hard by default: the
 * resident knew some of it, so it should come back sooner than a clean answer but later than a miss.
 */
export function ratingFor(result: Graded, options: { partialAsHard?: boolean } = {}): ReviewRating {
  if (result.correct) return 'good';
  return (options.partialAsHard ?? true) && result.score > 0 ? 'hard' : 'again';
}

/** Schedules the next review; with no card yet, starts one at `now`. */
export function review(card: StoredCard | undefined, rating: ReviewRating, now: Instant): StoredCard {
  const at = new Date(toMillis(now));
  const current = card ? toCard(card) : createEmptyCard(at);
  return fromCard(scheduler.next(current, at, toGrade[rating]).card);
}

/** Records one graded answer in the deck (a new card for a first answer). */
export function reviewAnswer(deck: CardDeck, questionId: string, result: Graded, now: Instant): CardDeck {
  return { ...deck, [questionId]: review(deck[questionId], ratingFor(result), now) };
}

/** Records every answer of a session in the deck, each at the time it was given. */
export function reviewSession(deck: CardDeck, session: Session): CardDeck {
  const answered = session.order.flatMap((id) => {
    const record = session.answers[id];
    return record ? [{ id, record }] : [];
  });
  answered.sort((a, b) => a.record.at - b.record.at);
  return answered.reduce((d, { id, record }) => reviewAnswer(d, id, record.result, record.at), deck);
}

/** Ids of the cards due at `now`, most overdue first (ties by id, so the order is stable). */
export function dueCards(deck: CardDeck, now: Instant): string[] {
  const at = toMillis(now);
  return Object.entries(deck)
    .map(([id, card]) => ({ id, due: isoToMillis(card.due) }))
    .filter((c) => c.due <= at)
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => c.id);
}

export function dueCount(deck: CardDeck, now: Instant): number {
  return dueCards(deck, now).length;
}

/** When the card would next be due under each grade, as the grade buttons show it ("3 d"). */
export function previewDue(card: StoredCard | undefined, now: Instant): Record<ReviewRating, string> {
  const at = new Date(toMillis(now));
  const preview = scheduler.repeat(card ? toCard(card) : createEmptyCard(at), at);
  return {
    again: iso(preview[Rating.Again].card.due),
    hard: iso(preview[Rating.Hard].card.due),
    good: iso(preview[Rating.Good].card.due),
    easy: iso(preview[Rating.Easy].card.due),
  };
}

/** Whole days from `now` to an ISO date, at least 1 (the next review is never the same day). */
export function daysUntil(due: string, now: Instant): number {
  return Math.max(1, Math.round((isoToMillis(due) - toMillis(now)) / 86_400_000));
}
