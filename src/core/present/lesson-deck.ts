import type { Locale, Localized } from '../i18n/locales';
import type { LessonFrontmatter } from '../content/schemas';
import {
  chunkItems,
  citationLength,
  citeIn,
  joinLocalized,
  mapLocalized,
  partTitle,
  refsBlock,
  type Block,
  type Deck,
  type DeckContext,
  type Slide,
} from './deck';
import { educationNotice } from './notice';
import { fitSlides } from './fit';
import { labels, notePrompts, slideTitles } from './present-text';

/**
 * A module's take-home deck from its lesson frontmatter in both languages: title, objectives, key points
 * (one at a time), the self-check questions with the answer as fragments, and the references.
 */

export type LessonDeckFrontmatter = Pick<LessonFrontmatter, 'title' | 'module' | 'description' | 'objectives' | 'keyPoints' | 'selfCheck' | 'refs'>;

export interface LessonDeckInput {
  slug: string;
  it: LessonDeckFrontmatter;
  en: LessonDeckFrontmatter;
  /** The lesson's own schematics, in the order the lesson shows them (keys of `deck.figures`). */
  figures?: readonly LessonFigure[];
  /** The interactive widgets the lesson embeds (island names), with their titles and tool pages. */
  widgets?: readonly LessonWidget[];
}

export interface LessonWidget {
  name: string;
  title: Localized;
  /** The widget's own page, for the handout and the speaker notes. */
  href: Localized;
}

export interface LessonFigure {
  name: string;
  title: Localized;
  /** The figure's caption: it goes to the speaker notes, the drawing speaks on the slide. */
  caption?: Localized;
}

/**
 * Pairs the Italian and English lists item by item. The content check keeps them the same length; if one
 * locale has fewer items, the other language fills the gap so nothing is lost or blank.
 */
function zipLists<T, U>(it: readonly T[], en: readonly T[], pick: (x: T) => U): { it: U; en: U }[] {
  const n = Math.max(it.length, en.length);
  const out: { it: U; en: U }[] = [];
  for (let i = 0; i < n; i++) {
    const a = it[i] ?? en[i];
    const b = en[i] ?? it[i];
    if (a !== undefined && b !== undefined) out.push({ it: pick(a), en: pick(b) });
  }
  return out;
}

const paragraphs = (parts: readonly Localized[]): Localized => joinLocalized(parts, '\n\n');

export function lessonDeck(input: LessonDeckInput, ctx: DeckContext = {}): Deck {
  const { it, en, slug } = input;
  const title: Localized = { it: it.title, en: en.title };
  const module = it.module;
  const lessonUrl = (lang: Locale) => `/${lang}/lessons/${slug}/`;
  const slides: Slide[] = [];

  slides.push({
    id: 'title',
    kind: 'title',
    title,
    blocks: [
      { type: 'text', text: mapLocalized(labels.module, (l) => `${l} ${module}`), style: 'small' },
      { type: 'text', text: { it: it.description, en: en.description }, style: 'lead' },
      educationNotice(),
    ],
    fragments: [],
    notes: paragraphs([
      { it: it.description, en: en.description },
      { it: `${notePrompts.onlineLesson.it}: ${lessonUrl('it')}`, en: `${notePrompts.onlineLesson.en}: ${lessonUrl('en')}` },
    ]),
  });

  // Long lists are split into continuation slides by fitSlides (word limit), not here.
  const objectives = zipLists(it.objectives, en.objectives, (s) => s);
  slides.push({
    id: 'objectives',
    kind: 'objectives',
    title: slideTitles.objectives,
    blocks: [{ type: 'list', items: objectives }],
    fragments: [],
    notes: notePrompts.objectives,
  });

  const keyPoints = zipLists(it.keyPoints, en.keyPoints, (s) => s);
  slides.push({
    id: 'key-points',
    kind: 'key-points',
    title: slideTitles.keyPoints,
    blocks: [],
    fragments: keyPoints.map((text): Block => ({ type: 'point', text })),
    notes: notePrompts.keyPoints,
  });

  for (const f of input.figures ?? []) {
    slides.push({
      id: `figure-${f.name}`,
      kind: 'figure',
      title: f.title,
      blocks: [{ type: 'figure', figure: f.name }],
      fragments: [],
      notes: f.caption ? paragraphs([f.caption, notePrompts.figure]) : notePrompts.figure,
    });
  }

  // The lesson's widgets, live: the lecturer works an example in front of the room.
  for (const w of input.widgets ?? []) {
    slides.push({
      id: `widget-${w.name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`,
      kind: 'widget',
      title: w.title,
      blocks: [{ type: 'widget', widget: w.name, label: w.title, href: w.href }],
      fragments: [],
      notes: paragraphs([notePrompts.widget, joinLocalized([w.title, w.href], ': ')]),
    });
  }

  const checks = zipLists(it.selfCheck, en.selfCheck, (s) => s);
  checks.forEach((q, i) => {
    const answer: Localized = { it: q.it.answer, en: q.en.answer };
    const explanation: Localized = { it: q.it.explanation, en: q.en.explanation };
    slides.push({
      id: `self-check-${i + 1}`,
      kind: 'self-check',
      title: partTitle(slideTitles.selfCheck, i, checks.length),
      blocks: [{ type: 'text', text: { it: q.it.stem, en: q.en.stem }, style: 'lead' }],
      fragments: [
        { type: 'text', label: labels.answer, text: answer, style: 'answer' },
        { type: 'text', text: explanation },
      ],
      notes: paragraphs([notePrompts.selfCheck, joinLocalized([labels.answer, answer], ': '), explanation]),
    });
  });

  const refs = it.refs.length >= en.refs.length ? it.refs : en.refs;
  if (refs.length > 0) {
    const refChunks = chunkItems(refs, (id) => citationLength(citeIn(ctx, id)), 4, 640);
    refChunks.forEach((chunk, i) =>
      slides.push({
        id: refChunks.length > 1 ? `references-${i + 1}` : 'references',
        kind: 'references',
        title: partTitle(slideTitles.references, i, refChunks.length),
        blocks: [refsBlock(chunk, ctx)],
        fragments: [],
        notes: notePrompts.lessonReferences,
      }),
    );
  }

  return { id: `lesson-${slug}`, title: mapLocalized(title, (t) => `${module} · ${t}`), slides: fitSlides(slides) };
}
