// The toggle's writer, imported when the button is pressed (registered as on demand in scripts/bench.mjs):
// the idb wrapper, the progress store and its one-time move of the previous release's localStorage progress.
import { appendEvents } from '../shared/progressDb';
import { readLessons } from './lesson-store';

export { readLessons };

export type ToggleOutcome = { kind: 'saved'; read: boolean } | { kind: 'not-saved'; readOnly: boolean };

/** Flips the lesson's mark as one event in the log (an un-mark survives any later merge). */
export async function toggleLessonRead(slug: string, now = new Date()): Promise<ToggleOutcome> {
  const view = await readLessons();
  if (view.kind !== 'ok' || view.readOnly) return { kind: 'not-saved', readOnly: view.kind === 'ok' };
  const read = !Object.hasOwn(view.state.lessonsRead, slug);
  const outcome = await appendEvents(view.opened, [{ type: 'lesson', at: now.toISOString(), slug, read }]);
  return outcome.kind === 'saved' ? { kind: 'saved', read } : { kind: 'not-saved', readOnly: false };
}
