import { useCallback, useEffect, useRef, useState } from 'react';
import { eventsFromEdit } from '../../core/progress/diff';
import type { NewEvent, ProgressEvent, Rating } from '../../core/progress/events';
import { foldEvents } from '../../core/progress/fold';
import { composeReport, describeRecords, type LoadReport, type SaveOutcome } from '../../core/progress/report';
import { emptyProgress, type ProgressState } from '../../core/progress/schema';
import { appendEvents, migrateLegacy, onOtherTabChange, openProgressDb, readLog, type LegacyOutcome, type Opened } from './progressDb';
import { dailyBackup } from './progressBackups';

export type { LoadReport, SaveOutcome };

export interface ProgressStore {
  /** Null until the browser store has been read (so server rendering and first paint agree). */
  state: ProgressState | null;
  report: LoadReport | null;
  /** True when this page must not write (data from a newer version of the site). */
  readOnly: boolean;
  /**
   * Applies an edit to the freshest stored view and records the difference as events. Resolves to
   * true only once the events are in storage; false when the browser refused (full, disabled,
   * read-only), in which case the edit is shown on this page only.
   */
  update: (edit: (state: ProgressState) => ProgressState, options?: { rating?: Rating }) => Promise<boolean>;
  /** Appends events as they are (e.g. a review with its FSRS rating 1–4). */
  append: (events: NewEvent[]) => Promise<SaveOutcome>;
  /** The last write's outcome, for a "saved" / "not saved" line. */
  lastSave: SaveOutcome | null;
  /** The stored events the state is folded from (the review statistics read their history here). */
  events: readonly ProgressEvent[];
}

export interface LoadedStore {
  opened: Opened;
  events: ProgressEvent[];
  state: ProgressState;
  report: LoadReport;
}

const noLegacy: LegacyOutcome = { kind: 'none', records: 0, skipped: [] };

/** Opens the store, moves old localStorage progress in once, takes the daily backup, folds the log. */
export async function loadStore(now = Date.now(), first = false): Promise<LoadedStore> {
  const opened = await openProgressDb();
  if (opened.kind !== 'ok') {
    return { opened, events: [], state: emptyProgress(), report: composeReport({ available: false, readOnly: false, legacy: noLegacy, problems: [], events: 0 }) };
  }
  let legacy = noLegacy;
  try {
    legacy = await migrateLegacy(opened, now);
    if (first) await dailyBackup(opened, now);
  } catch {
    // Neither step may stop the page: the localStorage copy stays for the next load.
  }
  let log;
  try {
    log = await readLog(opened.db, now);
  } catch {
    return { opened, events: [], state: emptyProgress(), report: composeReport({ available: false, readOnly: false, legacy: noLegacy, problems: [], events: 0 }) };
  }
  const problems = [...describeRecords(log.skipped), ...describeRecords(log.repaired)];
  const report = composeReport({ available: true, readOnly: opened.readOnly, legacy, problems, events: log.events.length });
  // Old progress that could not be moved yet is still shown (and kept where it was).
  const shown = legacy.pending ? [...log.events, ...legacy.pending.filter((e) => !log.events.some((x) => x.id === e.id))] : log.events;
  return { opened, events: log.events, state: foldEvents(shown), report };
}

/**
 * Progress for an island, from the IndexedDB event log. Re-reads whenever another tab writes, so
 * every open page shows the same progress; writes only ever append, so no tab overwrites another.
 */
export function useProgress(): ProgressStore {
  const [state, setState] = useState<ProgressState | null>(null);
  const [report, setReport] = useState<LoadReport | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  const [lastSave, setLastSave] = useState<SaveOutcome | null>(null);
  const [events, setEvents] = useState<readonly ProgressEvent[]>([]);
  const current = useRef<ProgressState | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const show = useCallback((loaded: LoadedStore, withReport: boolean) => {
    current.current = loaded.state;
    setState(loaded.state);
    setEvents(loaded.events);
    setReadOnly(loaded.opened.kind === 'ok' && loaded.opened.readOnly);
    if (withReport) setReport(loaded.report);
  }, []);

  useEffect(() => {
    let live = true;
    void loadStore(Date.now(), true).then((loaded) => live && show(loaded, true));
    const off = onOtherTabChange(() => {
      void loadStore().then((loaded) => {
        if (!live) return;
        // Keep an unsaved local edit on screen when this browser cannot store anything.
        if (loaded.opened.kind === 'ok') show(loaded, false);
      });
    });
    return () => {
      live = false;
      off();
    };
  }, [show]);

  /** One write at a time per page, in order. */
  const queue = useCallback(<T,>(job: () => Promise<T>): Promise<T> => {
    const next = chain.current.then(job, job);
    chain.current = next.catch(() => undefined);
    return next;
  }, []);

  const append = useCallback(
    (events: NewEvent[]) =>
      queue(async () => {
        const opened = await openProgressDb();
        const outcome = await appendEvents(opened, events);
        setLastSave(outcome);
        if (outcome.kind === 'saved') show(await loadStore(), false);
        return outcome;
      }),
    [queue, show],
  );

  const update = useCallback(
    (edit: (state: ProgressState) => ProgressState, options: { rating?: Rating } = {}) =>
      queue(async () => {
        const fresh = await loadStore();
        const base = fresh.opened.kind === 'ok' ? fresh.state : (current.current ?? emptyProgress());
        let next: ProgressState;
        try {
          next = edit(base);
        } catch {
          // An edit that throws (a scheduler refusing a card) saves nothing and changes nothing.
          setLastSave({ kind: 'not-saved', reason: 'failed' });
          return false;
        }
        const events = eventsFromEdit(base, next, new Date().toISOString(), options);
        const outcome = await appendEvents(fresh.opened, events);
        setLastSave(outcome);
        if (outcome.kind === 'saved') {
          show(await loadStore(), false);
          return true;
        }
        // Not stored: show the edit on this page only, and say so through the outcome.
        current.current = next;
        setState(next);
        return false;
      }),
    [queue, show],
  );

  return { state, report, readOnly, update, append, lastSave, events };
}
