import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema, toolPageSchema } from './core/content/schemas';

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

export const collections = { lessons, tools };
