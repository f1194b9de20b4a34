import type { z } from 'zod';
import type { Localized } from '../i18n/locales';
import type { Instant } from '../quiz/time';
import { EXPORT_FORMAT } from './export-progress';
import { importErrorMessage, type ImportError } from './import-messages';
import { mergeProgress } from './merge';
import { migrateV1 } from './migrate-v1';
import { isPlainObject } from './salvage';
import {
  caseQuizzesSchema,
  emptyProgress,
  lessonsReadSchema,
  PROGRESS_VERSION,
  quizResultsSchema,
  reviewCardsSchema,
  type ProgressState,
} from './schema';
import { v1ReadSchema, v1ResultsSchema } from './schema-v1';

export type ImportResult =
  | {
      kind: 'ok';
      /** The imported progress alone. */
      state: ProgressState;
      /** The imported progress merged into `current`, when `current` was given. */
      merged?: ProgressState;
      migratedFrom: 1 | null;
    }
  | { kind: 'error'; error: ImportError; message: Localized };

function fail(error: ImportError): ImportResult {
  return { kind: 'error', error, message: importErrorMessage(error) };
}

function formatPath(section: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, section);
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: ImportError };

/** Unlike loading, import is all or nothing: a file the user picked should be right, or be refused with a reason. */
function checkSection<T>(section: string, raw: unknown, schema: z.ZodType<T>, empty: T): Checked<T> {
  if (raw === undefined) return { ok: true, value: empty };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: { code: 'invalid-section', section, path: formatPath(section, issue?.path ?? []) } };
}

function readV2(raw: Record<string, unknown>): Checked<ProgressState> {
  const empty = emptyProgress();
  const lessonsRead = checkSection('lessonsRead', raw.lessonsRead, lessonsReadSchema, empty.lessonsRead);
  if (!lessonsRead.ok) return lessonsRead;
  const quizResults = checkSection('quizResults', raw.quizResults, quizResultsSchema, empty.quizResults);
  if (!quizResults.ok) return quizResults;
  const repeated = quizResults.value.findIndex((r, i) => quizResults.value.findIndex((o) => o.id === r.id) !== i);
  if (repeated >= 0) return { ok: false, error: { code: 'invalid-section', section: 'quizResults', path: `quizResults[${repeated}].id` } };
  const caseQuizzes = checkSection('caseQuizzes', raw.caseQuizzes, caseQuizzesSchema, empty.caseQuizzes);
  if (!caseQuizzes.ok) return caseQuizzes;
  const reviewCards = checkSection('reviewCards', raw.reviewCards, reviewCardsSchema, empty.reviewCards);
  if (!reviewCards.ok) return reviewCards;
  return {
    ok: true,
    value: {
      version: PROGRESS_VERSION,
      lessonsRead: lessonsRead.value,
      quizResults: quizResults.value,
      caseQuizzes: caseQuizzes.value,
      reviewCards: reviewCards.value,
    },
  };
}

function readV1(raw: Record<string, unknown>, now: Instant): Checked<ProgressState> {
  const read = checkSection('read', raw.read, v1ReadSchema, []);
  if (!read.ok) return read;
  const results = checkSection('results', raw.results, v1ResultsSchema, []);
  if (!results.ok) return results;
  return { ok: true, value: migrateV1({ read: read.value, results: results.value }, now) };
}

/**
 * Reads a file made by exportProgress (v2, or v1 from older exports). Refuses, with a message in
 * both languages naming the problem, anything that is not JSON, not tagged as ours, from a newer
 * version, or invalid in any section. `now` dates v1 lessons read without a date; with `current`,
 * the result also carries the merge of both.
 */
export function importProgress(text: string, options: { now: Instant; current?: ProgressState }): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!isPlainObject(raw)) return fail({ code: 'not-an-object' });
  if (raw.format !== EXPORT_FORMAT) {
    return fail({ code: 'wrong-format', found: typeof raw.format === 'string' ? raw.format : null });
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'bad-version' });
  if (version > PROGRESS_VERSION) return fail({ code: 'newer-version', version });

  const checked = version === 1 ? readV1(raw, options.now) : readV2(raw);
  if (!checked.ok) return fail(checked.error);
  return {
    kind: 'ok',
    state: checked.value,
    ...(options.current ? { merged: mergeProgress(options.current, checked.value) } : {}),
    migratedFrom: version === 1 ? 1 : null,
  };
}
