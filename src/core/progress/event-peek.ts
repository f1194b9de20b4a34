import { readLessonEvent, validEvents } from './event-basics';
import type { LessonEvent } from './events';

// One kind of event read for display at load, from the log's raw records of that type (./event-basics.ts,
// validEvents), without the quiz and card readers: the lesson toggle here, the case page's score in
// ./case-peek.ts. Each is readRecords + foldEvents for one item; event-peek.test.ts holds both to the full reader.
// Apart, so each lands in the one page script that uses it.

/** Whether `slug` is marked read: the latest of its events wins. */
export function lessonMarked(raws: readonly unknown[], slug: string): boolean {
  const events = validEvents<LessonEvent>(raws, 'lesson', readLessonEvent).filter((e) => e.slug === slug);
  return events.at(-1)?.read ?? false;
}
