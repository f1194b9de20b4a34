// The shape of the course's data as pages receive it (src/lib/content.ts reads it from the collections; unit tests
// build the same from disk with src/lib/test-content.ts). Pure: no file and no astro:content access here.
import type { CollectionEntry } from 'astro:content';
import type { CaseStudy } from '../core/content/case-schema';
import type { GlossaryEntry, Reference } from '../core/content/schemas';
import { sortCases } from '../core/content/case-order';

/** A bank question as the collection types it: its source names a reference and/or a case as `{ collection, id }`. */
export type BankQuestion = CollectionEntry<'questions'>['data'][number];

/** Everything the pages need from the data collections, with lookups by id. */
export interface Course {
  /** Every case, in the one case order (src/core/content/case-order.ts). */
  cases: CaseStudy[];
  /** The bibliography in file order. */
  references: Reference[];
  glossary: GlossaryEntry[];
  /** The question bank: module files by name, questions in file order. */
  questions: BankQuestion[];
  caseById: ReadonlyMap<string, CaseStudy>;
  referenceById: ReadonlyMap<string, Reference>;
  glossaryById: ReadonlyMap<string, GlossaryEntry>;
}

/** Sorts the cases into the one order and builds the lookups over the four lists. */
export function courseOf(lists: Pick<Course, 'cases' | 'references' | 'glossary' | 'questions'>): Course {
  const cases = sortCases(lists.cases);
  return {
    ...lists,
    cases,
    caseById: new Map(cases.map((c) => [c.id, c])),
    referenceById: new Map(lists.references.map((r) => [r.id, r])),
    glossaryById: new Map(lists.glossary.map((g) => [g.id, g])),
  };
}

/** The ids of a list of typed links (`reference()` in src/content.config.ts), for components that take ids. */
export const idsOf = (links: readonly { id: string }[]): string[] => links.map((l) => l.id);

/** One reference by id; an unknown id names the file it should be in. */
export function referenceIn(course: Pick<Course, 'referenceById'>, id: string): Reference {
  const ref = course.referenceById.get(id);
  if (!ref) throw new Error(`Unknown reference "${id}" (content/references.yaml)`);
  return ref;
}
