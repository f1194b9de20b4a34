import { isIsoDate } from '../quiz/calendar-date';
import { isFiniteNumber, isPlainObject } from '../quiz/guards';
import type { QuizResult } from './schema';

export { isFiniteNumber, isPlainObject, type Raw } from '../quiz/guards';
export { isId, readScore } from './event-basics';
import { isId } from './event-basics';

/**
 * The one set of checks for every stored or imported record (IndexedDB events, an export file,
 * the old localStorage object). Hand-written rather than zod so the lesson toggle stays small.
 * Each returns the cleaned value or null; nothing here throws.
 */

const modulePattern = /^M(?:[1-9]|1[0-5])$/;

export function readQuizResult(raw: unknown): QuizResult | null {
  if (!isPlainObject(raw)) return null;
  const { id, date, mode, modules, score, total, mistakes } = raw;
  if (typeof id !== 'string' || id.trim() === '' || id.length > 200) return null;
  if (!isIsoDate(date)) return null;
  if (mode !== 'practice' && mode !== 'exam') return null;
  if (!Array.isArray(modules) || !modules.every((m) => typeof m === 'string' && modulePattern.test(m))) return null;
  if (!isFiniteNumber(total) || !Number.isInteger(total) || total < 0) return null;
  if (!isFiniteNumber(score) || score < 0 || score > total) return null;
  if (!Array.isArray(mistakes) || !mistakes.every(isId)) return null;
  return { id, date, mode, modules: [...modules] as string[], score, total, mistakes: [...mistakes] as string[] };
}

