import { z } from '../zod';

/**
 * What every question is made of, wherever it is written (the bank, a case quiz, a lesson's
 * self-check): a stem and an explanation, and one answer form — single, multiple or numeric, with the
 * rules they share (option ids a…h, unique; the key among the options; a numeric tolerance and unit),
 * or open (a model answer the learner compares with their own). A question source adds only its own
 * fields (a bank item its module and source, a case question its phase and reference).
 */
export const localizedText = z.object({ it: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

export const optionSchema = z.object({ id: z.string().regex(/^[a-h]$/, 'option ids are a…h'), text: localizedText }).strict();

const optionsUnique = (os: { id: string }[]) => new Set(os.map((o) => o.id)).size === os.length;
const uniqueIds = z.array(z.string()).refine((xs) => new Set(xs).size === xs.length, 'must not repeat an entry');

type Keyed = { options: { id: string }[]; correct: string | string[] };
const keysAmongOptions = (q: Keyed) => (Array.isArray(q.correct) ? q.correct : [q.correct]).every((c) => q.options.some((o) => o.id === c));

/** The three answer forms over a source's own fields; the key must be one of the options. */
export function questionVariants<Shape extends z.ZodRawShape>(own: Shape) {
  const shared = { ...own, stem: localizedText, explanation: localizedText };
  return z.discriminatedUnion('type', [
    z
      .object({ ...shared, type: z.literal('single'), options: z.array(optionSchema).min(2).max(8).refine(optionsUnique, 'option ids must be unique'), correct: z.string() })
      .strict()
      .refine((q) => keysAmongOptions(q as unknown as Keyed), { message: 'correct must be one of the options', path: ['correct'] }),
    z
      .object({
        ...shared,
        type: z.literal('multiple'),
        options: z.array(optionSchema).min(3).max(8).refine(optionsUnique, 'option ids must be unique'),
        correct: uniqueIds.min(1),
      })
      .strict()
      .refine((q) => keysAmongOptions(q as unknown as Keyed), { message: 'every correct id must be an option', path: ['correct'] }),
    z
      .object({
        ...shared,
        type: z.literal('numeric'),
        correct: z.number(),
        /** Accepted distance from `correct` (0 for exact integers like a SINS total). */
        tolerance: z.number().min(0).default(0),
        unit: localizedText.optional(),
        min: z.number().optional(),
        max: z.number().optional(),
      })
      .strict(),
  ]);
}

/**
 * An open question: the learner answers in their head, then reveals the model answer and why (a
 * lesson's "check yourself"). Same stem and explanation as the graded forms, plus `answer`; no options
 * or key. `text` is the text schema: bilingual in data files, one language in a lesson's frontmatter
 * (each lesson file is written in its own language). `type` may be left out: open is the only form a
 * self-check takes.
 */
export function openQuestion<Shape extends z.ZodRawShape, Text extends z.ZodType>(own: Shape, text: Text) {
  return z.object({ ...own, type: z.literal('open').default('open'), stem: text, answer: text, explanation: text }).strict();
}
