import { z } from '../zod';
import { idSchema } from './schemas';
import { isCurriculumFact } from './curriculum-facts';

const localized = z.object({ it: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

/** Where a question's answer comes from: a reference, a documented case, or both. */
const source = z
  .object({ ref: idSchema.optional(), case: idSchema.optional() })
  .strict()
  .refine((s) => s.ref !== undefined || s.case !== undefined, 'needs a ref or a case');

/** Cognitive level: recall of a fact, or application (a vignette asking for a decision, a computation or an interpretation). */
export const itemLevels = ['recall', 'application'] as const;
export const itemLevelSchema = z.enum(itemLevels);
export type ItemLevel = z.infer<typeof itemLevelSchema>;
/** The curriculum facts an item tests (ids of curriculum-facts.ts), at least one. */
export const itemFactsSchema = z
  .array(z.string().refine((id): boolean => isCurriculumFact(id), { message: 'unknown curriculum fact id (see src/core/content/curriculum-facts.ts)' }))
  .min(1, 'name at least one curriculum fact');

const base = {
  /** Unique across the bank, kebab-case, prefixed by module: "m06-leak-risk-factor". */
  id: idSchema,
  module: z.string().regex(/^M(?:[1-9]|1[0-5])$/, 'must be M1…M15'),
  stem: localized,
  /** Why the right answer is right (and the tempting wrong one wrong). */
  explanation: localized,
  source,
  level: itemLevelSchema,
  facts: itemFactsSchema,
};

const option = z.object({ id: z.string().regex(/^[a-h]$/, 'option ids are a…h'), text: localized }).strict();

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('single'), options: z.array(option).min(2).max(8), correct: z.string() }).strict(),
  z.object({ ...base, type: z.literal('multiple'), options: z.array(option).min(3).max(8), correct: z.array(z.string()).min(1) }).strict(),
  z
    .object({
      ...base,
      type: z.literal('numeric'),
      correct: z.number(),
      /** Accepted distance from `correct` (0 for exact integers like a SINS total); stated on every item. */
      tolerance: z.number().min(0),
      /** Required by the item checks (item-checks.ts), which name the item when it is missing. */
      unit: localized.optional(),
      min: z.number().optional(),
      max: z.number().optional(),
    })
    .strict(),
]);
export type Question = z.infer<typeof questionSchema>;

/** content/questions/<module-slug>.yaml holds a list of questions. */
export const questionFileSchema = z.array(questionSchema);
