// The site's one door to the data collections (src/content.config.ts): cases, the question bank, references and
// the glossary, read through astro:content and typed by the collection schemas. Nothing here parses a file.
import { getCollection } from 'astro:content';
import type { GlossaryEntry, Reference } from '../core/content/schemas';
import { courseOf, referenceIn, type Course } from './course';

export type { BankQuestion, Course } from './course';

let once: Promise<Course> | undefined;

/** The course's content, read once per build (the collections do not change while pages render; dev reads anew). */
export function loadCourse(): Promise<Course> {
  if (import.meta.env.DEV) return readCourse();
  once ??= readCourse();
  return once;
}

async function readCourse(): Promise<Course> {
  const [cases, references, glossary, questionFiles] = await Promise.all([
    getCollection('cases'),
    getCollection('references'),
    getCollection('glossary'),
    getCollection('questions'),
  ]);
  return courseOf({
    cases: cases.map((e) => e.data),
    references: references.map((e) => e.data),
    glossary: glossary.map((e) => e.data),
    questions: questionFiles.sort((a, b) => a.id.localeCompare(b.id)).flatMap((e) => e.data),
  });
}

/** One reference or glossary term by id; an unknown id names the file it should be in. */
export async function getReference(id: string): Promise<Reference> {
  return referenceIn(await loadCourse(), id);
}

export async function getGlossaryEntry(id: string): Promise<GlossaryEntry> {
  const entry = (await loadCourse()).glossaryById.get(id);
  if (!entry) throw new Error(`Unknown glossary term "${id}" (content/glossary.yaml)`);
  return entry;
}
