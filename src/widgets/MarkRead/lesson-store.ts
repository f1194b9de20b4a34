// The lesson toggle's and module list's view of the progress log: no React, no zod, only idb and
// the core's event reader (a few kilobytes), because these ship on every lesson and the home page.
import { foldEvents } from '../../core/progress/fold';
import { readRecords } from '../../core/progress/log';
import type { ProgressState } from '../../core/progress/schema';
import { migrateLegacy, openProgressDb, readLog, type Opened } from '../shared/progressDb';

export type LessonView = { kind: 'ok'; opened: Opened; state: ProgressState; readOnly: boolean } | { kind: 'unavailable' };

/** The lesson marks only (an index read), after moving any old localStorage progress in. */
export async function readLessons(): Promise<LessonView> {
  const opened = await openProgressDb();
  if (opened.kind !== 'ok') return { kind: 'unavailable' };
  try {
    await migrateLegacy(opened);
    const raws = (await opened.db.getAllFromIndex('events', 'type', 'lesson')) as unknown[];
    return { kind: 'ok', opened, state: foldEvents(readRecords(raws, Date.now()).events), readOnly: opened.readOnly };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Everything (the module list also shows quiz scores). */
export async function readAll(): Promise<ProgressState | null> {
  const opened = await openProgressDb();
  if (opened.kind !== 'ok') return null;
  try {
    await migrateLegacy(opened);
    return foldEvents((await readLog(opened.db)).events);
  } catch {
    return null;
  }
}
