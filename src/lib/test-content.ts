// For vitest only: astro:content exists only inside Astro, so unit tests read content/ from disk into the same
// Course the site gets from the collections (src/lib/content.ts), validated by the same core schemas. The site
// never imports this file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { caseSchema } from '../core/content/case-schema';
import { glossaryFileSchema, referencesFileSchema } from '../core/content/schemas';
import { questionFileSchema, type Question } from '../core/content/question-schema';
import { courseOf, type BankQuestion, type Course } from './course';

const root = join(__dirname, '..', '..');
const yaml = (file: string): unknown => parse(readFileSync(join(root, file), 'utf8')) ?? [];
const yamlFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => `${dir}/${n}`);

/** A bank question with its source as the collection's typed links. */
const linked = (q: Question): BankQuestion => ({
  ...q,
  source: {
    ...(q.source.ref ? { ref: { collection: 'references', id: q.source.ref } } : {}),
    ...(q.source.case ? { case: { collection: 'cases', id: q.source.case } } : {}),
  },
}) as BankQuestion;

let once: Course | undefined;

/** The course content as the site sees it, read once per test run. */
export function testCourse(): Course {
  once ??= courseOf({
    cases: yamlFiles('content/cases').map((f) => caseSchema.parse(yaml(f))),
    references: referencesFileSchema.parse(yaml('content/references.yaml')),
    glossary: glossaryFileSchema.parse(yaml('content/glossary.yaml')),
    questions: yamlFiles('content/questions').flatMap((f) => questionFileSchema.parse(yaml(f)).map(linked)),
  });
  return once;
}
