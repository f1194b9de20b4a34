// Every piece of content the site shows is a collection here, typed by the zod schemas of src/core/content; pages
// and components read it only through astro:content (src/lib/content.ts). The checks a schema cannot express
// (twins, dangling ids, duplicates, jargon, Italian decimals) run before the build in src/integrations/content-check.ts.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossaryEntrySchema, idSchema, lessonSchema, referenceSchema, toolPageSchema } from './core/content/schemas';
import { caseSchema, caseSchemaWith } from './core/content/case-schema';
import { bankQuestion, questionFileSchema, questionSource } from './core/content/question-schema';
import { yamlFiles, yamlList } from './integrations/checked-loader';
import { z } from './core/zod';

/** A list of reference ids, typed as links into the references collection. */
const referenceLinks = z.array(idSchema.pipe(reference('references')));

// Lessons live outside src so authors find all content in one place; ids look like "it/m04-scores".
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema.extend({ refs: referenceLinks.default([]) }),
});

// Calculator pages: the prose (when to use, pearls, evidence) around each widget, per locale.
const tools = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/tools' }),
  schema: toolPageSchema.extend({ refs: referenceLinks.min(1) }),
});

// The YAML collections load through glob()/file() wrapped so that a bad entry fails as `file › field: message`
// (src/integrations/checked-loader.ts), like the content check.

// One documented case per file; the entry id is the file name, which the content check ties to the case's `id`.
// Its reference ids are links into the references collection, kept as ids for the pages that show them.
const cases = defineCollection({
  loader: yamlFiles('./content/cases', caseSchema),
  schema: caseSchemaWith(idSchema.pipe(reference('references')).transform((link) => link.id)),
});

// The question bank, one entry per module file (id "m06-vertebroplasty"): the quiz data is published per module.
// A question's source names a reference and/or a case as typed links.
const questions = defineCollection({
  loader: yamlFiles('./content/questions', questionFileSchema),
  schema: z.array(bankQuestion(questionSource(idSchema.pipe(reference('references')), idSchema.pipe(reference('cases'))))),
});

// The bibliography and the glossary: one entry per list item, keyed by its id (read with the content check's parser).
const references = defineCollection({
  loader: yamlList('content/references.yaml', referenceSchema),
  schema: referenceSchema,
});

const glossary = defineCollection({
  loader: yamlList('content/glossary.yaml', glossaryEntrySchema),
  schema: glossaryEntrySchema,
});

export const collections = { lessons, tools, cases, questions, references, glossary };
