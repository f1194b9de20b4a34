import type { Locale, Localized } from '../i18n/locales';

/**
 * A slide deck as data: built once at build time, in both languages at once, so the presenter can swap
 * the audience language on the client. Builders (caseDeck, lessonDeck, algorithmDeck, lectureDeck) are
 * pure; the view only renders blocks and decides nothing clinical.
 */

export type SlideKind =
  | 'title'
  | 'presentation'
  | 'imaging'
  | 'question'
  | 'score'
  | 'decision'
  | 'procedure'
  | 'outcome'
  | 'teaching-points'
  | 'objectives'
  | 'key-points'
  | 'self-check'
  | 'algorithm-question'
  | 'recommendation'
  /** A discrepancy, pitfall or reading note attached to a recommendation, on its own slide after it. */
  | 'recommendation-note'
  | 'agenda'
  | 'figure'
  /** A lesson widget the lecturer operates in front of the room. */
  | 'widget'
  | 'map'
  | 'own'
  | 'references';

/** One piece of slide content. Text is bilingual, citations too (a described source reads in the deck's language). */
export type Block =
  /** `label` is a bold lead-in ("Answer:"). */
  | { type: 'text'; text: Localized; label?: Localized; style?: 'lead' | 'answer' | 'small' }
  | { type: 'heading'; text: Localized }
  /** One bullet; consecutive points are drawn as one list (so points can be revealed one by one). */
  | { type: 'point'; text: Localized; label?: Localized }
  | { type: 'list'; items: readonly Localized[]; ordered?: boolean }
  /** Lettered answer options of a question to the room (ids a…h), or the options of an algorithm step. */
  | { type: 'options'; items: readonly { key: string; text: Localized; detail?: Localized }[] }
  | { type: 'facts'; items: readonly { label: Localized; value: Localized }[] }
  | { type: 'link'; label: Localized; href: Localized }
  /** The education-only notice (title slides and handouts). */
  /** The education-only notice; its words are the UI string site.disclaimer, in the slide's language. */
  | { type: 'notice' }
  | { type: 'refs'; items: readonly { id: string; text: Localized }[] }
  /** A table (score items, findings, points); the first row of `head` names the columns. */
  | { type: 'table'; head: readonly Localized[]; rows: readonly (readonly Localized[])[] }
  /**
   * A drawing from `deck.figures` (a lesson schematic, a case schematic, an algorithm map). `lit` marks the
   * nodes and arrows of an algorithm map on the path so far (`current` is the step on screen); `side`
   * draws it beside the text instead of across the slide.
   */
  | { type: 'figure'; figure: string; side?: boolean; lit?: FigureLit }
  /**
   * One of the lesson's interactive widgets (its island name, e.g. `CryoPlanner`), live on the projector:
   * the view loads its code only when the slide is shown; previews and handouts name it instead.
   */
  | { type: 'widget'; widget: string; label: Localized; href: Localized };

export interface FigureLit {
  nodes: readonly string[];
  /** `from>to` pairs. */
  edges: readonly string[];
  current?: string;
}

export interface Slide {
  /** Unique within the deck; stable, so a link to a slide survives content edits elsewhere. */
  id: string;
  kind: SlideKind;
  title: Localized;
  /** Always visible. */
  blocks: readonly Block[];
  /** Revealed one at a time, in order, after the blocks. */
  fragments: readonly Block[];
  /** Speaker notes; paragraphs separated by a blank line. Never empty. */
  notes: Localized;
  /**
   * A lecturer's own slide: reveal.js Markdown (already sanitised, see own-lecture.ts), the same in both
   * languages; `blocks` and `fragments` are then empty. Images are `img:<id>` links to local images.
   */
  markdown?: string;
  /**
   * The own slide's Markdown as HTML, made in the browser by reveal.js's Markdown plugin (loaded only for
   * lectures that hold own slides), with its fragments numbered; `steps` is how many steps they make.
   */
  html?: string;
  steps?: number;
  /** Set on the continuation slides fitSlide makes: the id of the slide this one continues. */
  continues?: string;
}

export interface Deck {
  /** Unique per deck: also names the channel that keeps audience and speaker windows in sync. */
  id: string;
  title: Localized;
  slides: readonly Slide[];
  /**
   * Drawings the slides show, as SVG markup per language, keyed by the figure blocks' `figure`. Built at
   * build time from the site's own components (never from user input), so the view may inject it as is.
   */
  figures?: Readonly<Record<string, Localized>>;
  /** The UI strings of the widgets its widget slides show, per island and language (resolved at build time). */
  widgetStrings?: Readonly<Record<string, Readonly<Partial<Record<Locale, Readonly<Record<string, string>>>>>>>;
}

/** Turns a deck builder's reference ids into printable citations, per language; unknown ids print as the id. */
export interface DeckContext {
  citation?: (id: string) => Localized | undefined;
}

export const localized = (it: string, en: string): Localized => ({ it, en });

/** Joins bilingual fragments language by language. */
export function joinLocalized(parts: readonly Localized[], sep: string | Localized = ' '): Localized {
  const s = typeof sep === 'string' ? { it: sep, en: sep } : sep;
  return { it: parts.map((p) => p.it).join(s.it), en: parts.map((p) => p.en).join(s.en) };
}

/** Applies a template to each language: `mapLocalized(x, (text, lang) => …)`. */
export function mapLocalized(value: Localized, fn: (text: string, lang: Locale) => string): Localized {
  return { it: fn(value.it, 'it'), en: fn(value.en, 'en') };
}

/** A reference's citation in both languages; an id the context does not know prints as itself. */
export const citeIn = (ctx: DeckContext, id: string): Localized => ctx.citation?.(id) ?? { it: id, en: id };

/** How long a citation runs, for cutting reference slides: the longer language decides. */
export const citationLength = (text: Localized): number => Math.max(text.it.length, text.en.length);

export function refsBlock(ids: readonly string[], ctx: DeckContext): Block {
  return { type: 'refs', items: ids.map((id) => ({ id, text: citeIn(ctx, id) })) };
}

// ---------------------------------------------------------------------------------------------------------
// Navigation: a position is a slide and how many of its fragments are shown.

export interface Position {
  slide: number;
  fragment: number;
}

export function fragmentCount(deck: Deck, slide: number): number {
  const s = deck.slides[slide];
  return s?.markdown !== undefined ? (s.steps ?? 0) : (s?.fragments.length ?? 0);
}

/** Brings any position (a hand-edited hash, a message from another window) inside the deck. */
export function clampPosition(deck: Deck, pos: Position): Position {
  const last = Math.max(0, deck.slides.length - 1);
  const slide = Number.isInteger(pos.slide) ? Math.min(Math.max(pos.slide, 0), last) : 0;
  const max = fragmentCount(deck, slide);
  const fragment = Number.isInteger(pos.fragment) ? Math.min(Math.max(pos.fragment, 0), max) : 0;
  return { slide, fragment };
}

/** Next step: the next fragment, else the next slide with none shown; stays put at the very end. */
export function nextPosition(deck: Deck, pos: Position): Position {
  const p = clampPosition(deck, pos);
  if (p.fragment < fragmentCount(deck, p.slide)) return { slide: p.slide, fragment: p.fragment + 1 };
  if (p.slide < deck.slides.length - 1) return { slide: p.slide + 1, fragment: 0 };
  return p;
}

/** Previous step: hide the last fragment, else the previous slide fully revealed (as reveal.js does). */
export function prevPosition(deck: Deck, pos: Position): Position {
  const p = clampPosition(deck, pos);
  if (p.fragment > 0) return { slide: p.slide, fragment: p.fragment - 1 };
  if (p.slide > 0) return { slide: p.slide - 1, fragment: fragmentCount(deck, p.slide - 1) };
  return p;
}

/** A slide from its start (overview, go-to). */
export function slidePosition(deck: Deck, slide: number): Position {
  return clampPosition(deck, { slide, fragment: 0 });
}

export function isLastPosition(deck: Deck, pos: Position): boolean {
  const p = nextPosition(deck, pos);
  return p.slide === pos.slide && p.fragment === pos.fragment;
}

/** Splits a long list into slides of at most `maxItems` items and about `maxChars` characters (longer language). */
export function chunkItems<T>(items: readonly T[], size: (item: T) => number, maxItems = 4, maxChars = 560): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && (current.length >= maxItems || chars + n > maxChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export const localizedLength = (l: Localized) => Math.max(l.it.length, l.en.length);

/** "Key points (2/3)" when a list had to be split over several slides. */
export function partTitle(title: Localized, index: number, count: number): Localized {
  return count <= 1 ? title : mapLocalized(title, (t) => `${t} (${index + 1}/${count})`);
}
