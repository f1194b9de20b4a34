// Test-only helpers for the deck tests. Kept out of the purity check's way: file access goes through the
// `read` function the test passes in (node:fs lives in the *.test.ts files).
import { parse } from 'yaml';
import type { Localized } from '../i18n/locales';
import { caseSchema, type CaseStudy } from '../content/case-schema';
import { lessonSchema, referencesFileSchema, type Reference } from '../content/schemas';
import { splitFrontmatter } from '../content/mdx-usage';
import type { LessonDeckInput } from './lesson-deck';
import type { Block, Deck, Slide } from './deck';
import { answerNextBlock, shownAtOnce } from './fit';

export interface ContentReader {
  list: (dir: string) => string[];
  read: (path: string) => string;
}

export function loadCases(r: ContentReader): CaseStudy[] {
  return r
    .list('content/cases')
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => caseSchema.parse(parse(r.read(`content/cases/${f}`))));
}

export function loadReferences(r: ContentReader): Reference[] {
  return referencesFileSchema.parse(parse(r.read('content/references.yaml')));
}

export function loadLessons(r: ContentReader): LessonDeckInput[] {
  const fm = (lang: string, file: string) => lessonSchema.parse(parse(splitFrontmatter(r.read(`content/lessons/${lang}/${file}`)).frontmatter));
  return r
    .list('content/lessons/it')
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), it: fm('it', f), en: fm('en', f) }));
}

const isLocalized = (v: unknown): v is Localized =>
  typeof v === 'object' && v !== null && Object.keys(v).sort().join() === 'en,it' && typeof (v as Localized).it === 'string';

/** Every bilingual string of a deck, with a path for failure messages. */
export function localizedStrings(deck: Deck): { path: string; value: Localized }[] {
  const out: { path: string; value: Localized }[] = [];
  const walk = (v: unknown, path: string) => {
    if (isLocalized(v)) out.push({ path, value: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(deck, 'deck');
  return out;
}

/** The deck as the builder made it before fitSlides split dense slides: continuations merged back. */
export function unfit(deck: Deck): Deck {
  const slides: Slide[] = [];
  for (const s of deck.slides) {
    const first = s.continues ? slides.find((x) => x.id === s.continues) : undefined;
    if (!first) slides.push({ ...s });
    else {
      // Split reference lists are joined back into one list.
      const blocks = [...first.blocks];
      const early: Block[] = [];
      for (const b of s.blocks) {
        if (b === answerNextBlock) continue;
        // Steps a continuation showed at once (fit.ts) were fragments.
        if (shownAtOnce.has(b)) {
          early.push(b);
          continue;
        }
        const prev = blocks.at(-1);
        if (b.type === 'refs' && prev?.type === 'refs') blocks[blocks.length - 1] = { ...prev, items: [...prev.items, ...b.items] };
        else blocks.push(b);
      }
      Object.assign(first, { blocks, fragments: [...first.fragments, ...early, ...s.fragments] });
    }
  }
  return { ...deck, slides };
}
