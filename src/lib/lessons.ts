import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../core/i18n/locales';

export type Lesson = CollectionEntry<'lessons'>;

const moduleNumber = (l: Lesson) => Number(l.data.module.slice(1));

/** A lesson's slug without the locale folder: "it/m04-scores" → "m04-scores". */
export const lessonSlug = (l: Lesson) => l.id.replace(/^(it|en)\//, '');

export async function lessonsFor(lang: Locale): Promise<Lesson[]> {
  const all = await getCollection('lessons', (l) => l.id.startsWith(`${lang}/`));
  return all.sort((a, b) => moduleNumber(a) - moduleNumber(b));
}

/** About 200 words a minute for technical text in either language. */
export function readingMinutes(body: string | undefined): number {
  const words = (body ?? '').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}
