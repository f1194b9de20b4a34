import { isIntAtLeast, isPlainObject, isShortString, readRecord } from './guards';
import { readSaved, type SavedAnswer } from './snapshot-store';

/** A case quiz left half-way, kept per case (its answers are graded again on restore by the case quiz). */
export const caseSnapshotKey = (caseId: string) => `percutanea.running.case.${caseId}`;

export interface CaseSavedAnswer extends SavedAnswer {
  /** SINS item choices, when the answer was scored item by item. */
  sinsItems?: Record<string, string>;
}

export interface CaseSnapshot {
  version: 1;
  caseId: string;
  seed: string;
  /** How far the story has been revealed (plan position). */
  pos: number;
  /** By question id. */
  answers: Record<string, CaseSavedAnswer>;
}

function readCaseSaved(raw: unknown): CaseSavedAnswer | null {
  const saved = readSaved(raw);
  if (!saved || !isPlainObject(raw)) return null;
  if (raw.sinsItems === undefined) return saved;
  const sinsItems = readRecord(raw.sinsItems, (v) => (typeof v === 'string' ? v : null));
  return sinsItems ? { ...saved, sinsItems } : null;
}

/** A case-quiz snapshot read back from storage, or null. */
export function readCaseSnapshot(raw: unknown): CaseSnapshot | null {
  if (!isPlainObject(raw) || raw.version !== 1) return null;
  const { caseId, seed, pos } = raw;
  if (!isShortString(caseId, 200) || !isShortString(seed, 100) || !isIntAtLeast(pos)) return null;
  const answers = readRecord(raw.answers, readCaseSaved);
  return answers ? { version: 1, caseId, seed, pos, answers } : null;
}
