import { z } from 'zod';
import { idSchema } from '../content/schemas';
import { isoDateSchema } from '../quiz/iso-date';
import { storedCardSchema } from '../quiz/review-card';

/** Current shape of the stored progress. Bump with a migration in migrate-v1.ts's manner. */
export const PROGRESS_VERSION = 2;
/** The one storage key progress is written under, as a whole JSON object. */
export const PROGRESS_KEY = 'percutanea.progress';
/** Where unreadable or partly dropped progress is copied before anything overwrites it. */
export const BACKUP_KEY = 'percutanea.progress.backup';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const nonNegative = finite.refine((n) => n >= 0, 'must be ≥ 0');
const moduleId = z.string().regex(/^M(?:[1-9]|1[0-5])$/, 'must be M1…M15');

/** Lesson slug → when it was last marked read. */
export const lessonsReadSchema = z.record(idSchema, isoDateSchema);

export const quizResultSchema = z
  .object({
    id: z.string().trim().min(1).max(200),
    date: isoDateSchema,
    mode: z.enum(['practice', 'exam']),
    modules: z.array(moduleId),
    /** Points earned, partial credit included: 0…total. */
    score: nonNegative,
    total: z.number().int().min(0),
    /** Question ids answered wrong, partly right or skipped. */
    mistakes: z.array(idSchema),
  })
  .refine((r) => r.score <= r.total, { message: 'score must not exceed total', path: ['score'] });
export type QuizResult = z.infer<typeof quizResultSchema>;
export const quizResultsSchema = z.array(quizResultSchema);

export const caseQuizSchema = z.object({ best: nonNegative, last: nonNegative, date: isoDateSchema });
export type CaseQuizRecord = z.infer<typeof caseQuizSchema>;
/** Case id → best and last score. */
export const caseQuizzesSchema = z.record(idSchema, caseQuizSchema);

/** Question id → ts-fsrs card as JSON (src/core/quiz/review-card.ts). */
export const reviewCardsSchema = z.record(idSchema, storedCardSchema);

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessonsRead: lessonsReadSchema,
  quizResults: quizResultsSchema,
  caseQuizzes: caseQuizzesSchema,
  reviewCards: reviewCardsSchema,
});
export type ProgressState = z.infer<typeof progressSchema>;

/** The sections, each validated and salvaged on its own so one bad section never wipes the others. */
export const sectionNames = ['lessonsRead', 'quizResults', 'caseQuizzes', 'reviewCards'] as const;
export type SectionName = (typeof sectionNames)[number];

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, lessonsRead: {}, quizResults: [], caseQuizzes: {}, reviewCards: {} };
}
