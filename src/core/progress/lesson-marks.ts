import type { ProgressState } from './schema';
import { markLessonRead, unmarkLessonRead } from './updates';
import type { Instant } from '../quiz/time';

/**
 * A zod-free view of the stored progress for the two places that ship on every lesson and on the
 * home page: the "mark as read" toggle and the module list's read/quiz marks. Loading through
 * ./load pulls in zod (about 27 kB gzip), more than a toggle deserves, so this reads the stored JSON
 * directly and only ever edits a value that is plainly the current version. Anything else (corrupt
 * text, an old or newer version) is left untouched for the full loader on the progress page, which
 * backs it up, repairs it and tells the user.
 *
 * The key and version are repeated here rather than imported, because importing them from
 * ./schema would pull zod back in; a test checks they match.
 */
export const STORED_KEY = 'percutanea.progress';
export const STORED_VERSION = 2;

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

export type StoredView =
  /** Nothing stored yet. */
  | { kind: 'empty' }
  /** The current version, with a lessonsRead section that is an object (or missing). */
  | { kind: 'current'; raw: Raw }
  /** Anything else: leave it to loadProgress. */
  | { kind: 'other' };

export function viewStored(text: string | null): StoredView {
  if (text === null || text.trim() === '') return { kind: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'other' };
  }
  if (!isObject(raw) || raw.version !== STORED_VERSION) return { kind: 'other' };
  if (raw.lessonsRead !== undefined && !isObject(raw.lessonsRead)) return { kind: 'other' };
  return { kind: 'current', raw };
}

/** Read, not read, or null when the stored value needs the full loader first. */
export function isLessonRead(text: string | null, slug: string): boolean | null {
  const view = viewStored(text);
  if (view.kind === 'empty') return false;
  if (view.kind === 'other') return null;
  const read = view.raw.lessonsRead;
  return isObject(read) && typeof read[slug] === 'string';
}

/**
 * The text to store after marking a lesson read (or not), or null when the stored value is not one
 * this module may edit. Every other part of the stored object is kept exactly as it was.
 */
export function withLessonRead(text: string | null, slug: string, read: boolean, now: Instant): string | null {
  const view = viewStored(text);
  if (view.kind === 'other') return null;
  const base =
    view.kind === 'empty'
      ? { version: STORED_VERSION, lessonsRead: {}, quizResults: [], caseQuizzes: {}, reviewCards: {} }
      : { ...view.raw, lessonsRead: view.raw.lessonsRead ?? {} };
  // The updates only spread lessonsRead and the object itself, so unknown or not-yet-validated
  // sections pass through untouched.
  const state = base as unknown as ProgressState;
  return JSON.stringify(read ? markLessonRead(state, slug, now) : unmarkLessonRead(state, slug));
}

export interface ProgressGlance {
  /** Slugs of the lessons marked read. */
  read: string[];
  /** Module → best fraction (0…1) among finished quizzes that covered that module alone. */
  quizBest: Record<string, number>;
}

/**
 * What the module lists show: lessons read and, per module, the best single-module quiz score.
 * Results of mixed sessions are not split by module when stored, so they cannot be credited to one.
 * Tolerant: entries that do not look right are skipped, never trusted.
 */
export function glance(text: string | null): ProgressGlance {
  const out: ProgressGlance = { read: [], quizBest: {} };
  const view = viewStored(text);
  if (view.kind !== 'current') return out;
  const { lessonsRead, quizResults } = view.raw;
  if (isObject(lessonsRead)) out.read = Object.keys(lessonsRead).filter((slug) => typeof lessonsRead[slug] === 'string');
  if (Array.isArray(quizResults)) {
    for (const r of quizResults as unknown[]) {
      if (!isObject(r) || !Array.isArray(r.modules) || r.modules.length !== 1) continue;
      const module = r.modules[0];
      const { score, total } = r;
      if (typeof module !== 'string' || typeof score !== 'number' || typeof total !== 'number') continue;
      if (!(total > 0) || !(score >= 0) || score > total) continue;
      out.quizBest[module] = Math.max(out.quizBest[module] ?? 0, score / total);
    }
  }
  return out;
}
