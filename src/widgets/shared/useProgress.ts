import { useCallback, useEffect, useRef, useState } from 'react';
import { loadProgress, type LoadReport } from '../../core/progress/load';
import { saveProgress } from '../../core/progress/save';
import { emptyProgress, type ProgressState } from '../../core/progress/schema';
import { browserStorage } from './browserStorage';

export interface ProgressStore {
  /** Null until the browser store has been read (so server rendering and first paint agree). */
  state: ProgressState | null;
  report: LoadReport | null;
  /** Applies an edit to the freshest stored state and saves it; false when the browser refused to store it. */
  update: (edit: (state: ProgressState) => ProgressState) => boolean;
}

const unavailable = (report: LoadReport) => report.kind === 'recovered' && report.problem === 'storage-unavailable';

/**
 * Progress in localStorage for an island. A store that had to be repaired or migrated is saved back
 * at once (loadProgress has already copied the original aside), so its report is shown only once.
 */
export function useProgress(): ProgressStore {
  const [state, setState] = useState<ProgressState | null>(null);
  const [report, setReport] = useState<LoadReport | null>(null);
  const current = useRef<ProgressState | null>(null);

  useEffect(() => {
    const loaded = loadProgress(browserStorage, Date.now());
    if ((loaded.report.kind === 'recovered' && !unavailable(loaded.report)) || loaded.report.kind === 'migrated') {
      saveProgress(browserStorage, loaded.state);
    }
    current.current = loaded.state;
    setState(loaded.state);
    setReport(loaded.report);
  }, []);

  const update = useCallback((edit: (state: ProgressState) => ProgressState) => {
    // Re-read first: another tab (or the lesson toggle) may have saved since this page loaded.
    const fresh = loadProgress(browserStorage, Date.now());
    const base = unavailable(fresh.report) ? (current.current ?? emptyProgress()) : fresh.state;
    const next = edit(base);
    const saved = saveProgress(browserStorage, next).kind === 'saved';
    current.current = next;
    setState(next);
    return saved;
  }, []);

  return { state, report, update };
}
