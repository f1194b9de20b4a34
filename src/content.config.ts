// Every piece of content the site shows is a collection here, typed by the zod schemas of src/core/content; pages
// and components read it only through astro:content (src/lib/content.ts). The checks a schema cannot express
// (twins, dangling ids, duplicates, jargon, Italian decimals) run before the build in src/integrations/content-check.ts.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { glossaryEntrySchema, idSchema, lessonSchema, referenceSchema, toolPageSchema } from './core/content/schemas';
import { caseSchema } from './core/content/case-schema';
import { bankQuestion, questionSource } from './core/content/question-schema';
import { z } from './core/zod';

// Lessons live outside src so authors find all content in one place; ids look like "it/m04-scores".
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

// Calculator pages: the prose (when to use, pearls, evidence) around each widget, per locale.
const tools = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/tools' }),
  schema: toolPageSchema,
});

// One documented case per file; the entry id is the file name, which the content check ties to the case's `id`.
const cases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/cases' }),
  schema: caseSchema,
});

// The question bank, one entry per module file (id "m06-vertebroplasty"): the quiz data is published per module.
// A question's source names a reference and/or a case as typed links.
const questions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/questions' }),
  schema: z.array(bankQuestion(questionSource(idSchema.pipe(reference('references')), idSchema.pipe(reference('cases'))))),
});

// The same YAML parser as the content check, so both read a file alike.
const yamlList = (text: string) => parse(text) ?? [];

// The bibliography and the glossary: one entry per list item, keyed by its id.
const references = defineCollection({
  loader: file('content/references.yaml', { parser: yamlList }),
  schema: referenceSchema,
});

const glossary = defineCollection({
  loader: file('content/glossary.yaml', { parser: yamlList }),
  schema: glossaryEntrySchema,
});

export const collections = { lessons, tools, cases, questions, references, glossary };
