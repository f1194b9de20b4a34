// Build-time assembly of the presentation decks: cases from content/cases, lessons from the collection,
// algorithms from the registry. Every deck is built in both languages at once.
import { parse } from 'yaml';
import { caseSchema, type CaseStudy } from '../core/content/case-schema';
import { algorithmIds, algorithms, type AlgorithmId } from '../core/algorithms/registry';
import type { Locale } from '../core/i18n/locales';
import { caseDeck } from '../core/present/case-deck';
import { lessonDeck } from '../core/present/lesson-deck';
import { algorithmDeck } from '../core/present/algorithm-deck';
import { citationContext } from '../core/present/citation';
import type { Deck } from '../core/present/deck';
import type { PlaylistCatalog, PlaylistItem } from '../core/present/playlist';
import { references } from './content-data';
import { lessonsFor, lessonSlug } from './lessons';

const caseFiles = import.meta.glob<string>('../../content/cases/*.yaml', { query: '?raw', import: 'default', eager: true });

/** Every documented case, validated, in curriculum order (first module, then title). */
export const cases: CaseStudy[] = Object.entries(caseFiles)
  .map(([file, text]) => {
    const parsed = caseSchema.safeParse(parse(text));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  })
  .sort((a, b) => Number(a.modules[0]?.slice(1)) - Number(b.modules[0]?.slice(1)) || a.id.localeCompare(b.id));

const ctx = citationContext(references);

export function buildCaseDeck(c: CaseStudy): Deck {
  return caseDeck(c, ctx);
}

export function buildAlgorithmDeck(id: AlgorithmId): Deck {
  return algorithmDeck(algorithms[id], ctx);
}

type LessonDeckEntry = { deck: Deck; module: string; title: Record<Locale, string> };
let lessonDecksOnce: Promise<Map<string, LessonDeckEntry>> | undefined;

/** Lesson decks need both locales' frontmatter; keyed by slug, in module order. Built once per build. */
export function lessonDecks(): Promise<Map<string, LessonDeckEntry>> {
  lessonDecksOnce ??= buildLessonDecks();
  return lessonDecksOnce;
}

async function buildLessonDecks(): Promise<Map<string, LessonDeckEntry>> {
  const [it, en] = await Promise.all([lessonsFor('it'), lessonsFor('en')]);
  const enBySlug = new Map(en.map((l) => [lessonSlug(l), l]));
  const out = new Map<string, LessonDeckEntry>();
  for (const l of it) {
    const slug = lessonSlug(l);
    const other = enBySlug.get(slug);
    if (!other) continue;
    out.set(slug, {
      deck: lessonDeck({ slug, it: l.data, en: other.data }, ctx),
      module: l.data.module,
      title: { it: l.data.title, en: other.data.title },
    });
  }
  return out;
}

export async function playlistCatalog(): Promise<PlaylistCatalog> {
  return {
    case: cases.map((c) => c.id),
    lesson: [...(await lessonDecks()).keys()],
    algorithm: [...algorithmIds],
  };
}

/** Every deck that can be presented, for the JSON files the playlist page fetches. */
export async function allDecks(): Promise<{ item: PlaylistItem; deck: Deck }[]> {
  const lessons = await lessonDecks();
  return [
    ...cases.map((c) => ({ item: { kind: 'case' as const, id: c.id }, deck: buildCaseDeck(c) })),
    ...[...lessons].map(([slug, l]) => ({ item: { kind: 'lesson' as const, id: slug }, deck: l.deck })),
    ...algorithmIds.map((id) => ({ item: { kind: 'algorithm' as const, id }, deck: buildAlgorithmDeck(id) })),
  ];
}
