import { dueCards } from './review';
import type { CardDeck } from './review-card';
import { toMillis, type Instant } from './time';

/** Local midnight at the end of the day of `now`: "due today" means due before then. */
export function endOfDay(now: Instant): number {
  const d = new Date(toMillis(now));
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}

/**
 * The cards due today (by the learner's local calendar), most overdue first, limited to questions the
 * site still has: the one definition behind the quiz page, the review page and the home page.
 */
export function dueToday(deck: CardDeck, now: Instant, known?: ReadonlySet<string>): string[] {
  const due = dueCards(deck, endOfDay(now));
  return known ? due.filter((id) => known.has(id)) : due;
}
