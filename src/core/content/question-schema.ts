import { z } from '../zod';
import { idSchema } from './schemas';
import { isCurriculumFact } from './curriculum-facts';
import { questionVariants } from './question-body';

/**
 * Where a question's answer comes from: a reference, a documented case, or both. The two links are
 * plain ids here; the Astro collection (src/content.config.ts) passes `reference()` so the site's
 * entries carry typed links to the references and cases collections.
 */
export function questionSource<R extends z.ZodType, C extends z.ZodType>(refLink: R, caseLink: C) {
  return z
    .object({ ref: refLink.optional(), case: caseLink.optional() })
    .strict()
    .refine((s) => s.ref !== undefined || s.case !== undefined, 'needs a ref or a case');
}
const source = questionSource(idSchema, idSchema);

/** Cognitive level: recall of a fact, or application (a vignette asking for a decision, a computation or an interpretation). */
export const itemLevels = ['recall', 'application'] as const;
export const itemLevelSchema = z.enum(itemLevels);
export type ItemLevel = z.infer<typeof itemLevelSchema>;
/** The curriculum facts an item tests (ids of curriculum-facts.ts), at least one. */
export const itemFactsSchema = z
  .array(z.string().refine((id): boolean => isCurriculumFact(id), { message: 'unknown curriculum fact id (see src/core/content/curriculum-facts.ts)' }))
  .min(1, 'name at least one curriculum fact');

/**
 * A bank question: the shared question body (question-body.ts: stem, explanation, the three answer
 * forms and their rules, as in case quizzes) plus the bank's own fields. Numeric items state their
 * tolerance (the item checks read it from the file, so the body's default of 0 cannot hide a missing one).
 */
export function bankQuestion<S extends z.ZodType>(sourceSchema: S) {
  return questionVariants({
    /** Unique across the bank, kebab-case, prefixed by module: "m06-leak-risk-factor". */
    id: idSchema,
    module: z.string().regex(/^M(?:[1-9]|1[0-5])$/, 'must be M1…M15'),
    source: sourceSchema,
    level: itemLevelSchema,
    facts: itemFactsSchema,
  });
}
export const questionSchema = bankQuestion(source);
export type Question = z.infer<typeof questionSchema>;

/** content/questions/<module-slug>.yaml holds a list of questions. */
export const questionFileSchema = z.array(questionSchema);
