import { z } from '../zod';
import { openQuestion } from './question-body';

/**
 * Schemas for everything under content/. The Astro content config and the tests share them, so a
 * file that passes the tests also passes the build (and the other way round).
 */

const nonEmpty = z.string().trim().min(1);
/** Ids are kebab-case ASCII so they can be URL segments and HTML ids. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and -');

/** Frontmatter of content/lessons/{it,en}/<slug>.mdx. */
export const lessonSchema = z.object({
  /** Lesson title in this locale. */
  title: nonEmpty,
  /** Curriculum module, M1…M15 (CURRICULUM.md). */
  module: z.string().regex(/^M(?:[1-9]|1[0-5])$/, 'must be M1…M15'),
  /** One sentence for the lessons index and the meta description. */
  description: nonEmpty,
  /** What the resident will be able to do after the lesson. */
  objectives: z.array(nonEmpty).min(1),
  /** The take-home summary. */
  keyPoints: z.array(nonEmpty).min(1),
  /** Reference ids (content/references.yaml) cited in the lesson, in the order they should be listed. */
  refs: z.array(idSchema).default([]),
  /**
   * Self-check questions with the answer revealed on demand: open questions of the one question model
   * (question-body.ts), written in the lesson's language.
   */
  selfCheck: z
    .array(
      openQuestion(
        {
          /** Cognitive level and curriculum facts, as on bank items (the item checks require them). */
          level: z.enum(['recall', 'application']).optional(),
          facts: z.array(nonEmpty).min(1).optional(),
        },
        nonEmpty,
      ),
    )
    .default([]),
  /** ISO date of the last content review. */
  lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
});
export type LessonFrontmatter = z.infer<typeof lessonSchema>;

/** Frontmatter of content/tools/{it,en}/<tool-id>.mdx: the prose around a calculator. */
export const toolPageSchema = z.object({
  /** Page title in this locale, e.g. "Calcolatore SINS". */
  title: nonEmpty,
  /** One line for the calculators index and the meta description. */
  description: nonEmpty,
  /** The original publication(s) and any other works cited on the page. */
  refs: z.array(idSchema).min(1),
  /** ISO date of the last content review, shown on the page. */
  lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  /** Position in the calculators index. */
  order: z.number().int().min(0),
});
export type ToolPageFrontmatter = z.infer<typeof toolPageSchema>;

/** One entry of content/references.yaml. */
export const referenceSchema = z
  .object({
    id: idSchema,
    /** Authors as printed, e.g. "Fisher CG, DiPaola CP, Ryken TC, et al." */
    authors: nonEmpty,
    title: nonEmpty,
    /** Journal, book or publisher. */
    journal: nonEmpty,
    year: z.number().int().min(1900).max(2100),
    /** The source itself carries no date: `year` then only sorts it, and readers see "n.d." / "s.d.". */
    noDate: z.literal(true).optional(),
    /** Volume, issue and pages, e.g. "35(22):E1221–9". */
    details: z.string().optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.xxxx/…').optional(),
    url: z.url().optional(),
    /** In-text label per locale when "Surname year" does not fit (a described source, e.g. a lecture course). */
    short: z.object({ it: nonEmpty, en: nonEmpty }).strict().optional(),
    /**
     * Italian words for the parts that are English prose rather than bibliographic data: a described source's
     * authors, title and journal (a lecture course names none), or details such as "Book chapter". Italian pages
     * show them instead.
     */
    italian: z
      .object({ authors: nonEmpty.optional(), title: nonEmpty.optional(), journal: nonEmpty.optional(), details: nonEmpty.optional() })
      .strict()
      .refine((x) => Object.keys(x).length > 0, 'names at least one part')
      .optional(),
    /** Which seed documents cite this work (file prefix 000…004). */
    seeds: z.array(z.enum(['000', '001', '002', '003', '004'])).min(1),
  })
  .strict();
export type Reference = z.infer<typeof referenceSchema>;
export const referencesFileSchema = z.array(referenceSchema);

const glossarySide = z.object({ term: nonEmpty, definition: nonEmpty }).strict();
/** Words that must not be used for the concept in that locale (the content check enforces it). */
const glossaryVariants = z.object({ it: z.array(nonEmpty).optional(), en: z.array(nonEmpty).optional() }).strict();
/** One entry of content/glossary.yaml: the same concept in both languages; `term` is the preferred word. */
export const glossaryEntrySchema = z.object({ id: idSchema, it: glossarySide, en: glossarySide, variants: glossaryVariants.optional() }).strict();
export const glossaryFileSchema = z.array(glossaryEntrySchema);
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
