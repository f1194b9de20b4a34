import type { Locale, Localized } from '../i18n/locales';
import { mapLocalized, type Block, type Slide } from './deck';
import { labels } from './present-text';

/**
 * Keeps every slide readable from the back of the room: at most `maxSlideWords` words once fully revealed
 * (title, education notice, figures and reference lists aside). A denser slide is split into continuation
 * slides — never shrunk — keeping the order of blocks and fragments, so an answer that was a fragment stays
 * a fragment (hidden in the overview until the lecturer reaches it). Both languages split the same way, so
 * the live language switch keeps the slide count and position.
 */

export const maxSlideWords = 50;
/** Beside a drawing the text has half the width: fewer words fit. */
export const maxWordsBesideFigure = 32;

const hasSideFigure = (blocks: readonly Block[]) => blocks.some((b) => b.type === 'figure' && b.side);
/** The limit for one slide: lower when a drawing shares it. */
export const wordLimit = (slide: Slide, limit = maxSlideWords) => (hasSideFigure(slide.blocks) ? Math.min(limit, maxWordsBesideFigure) : limit);

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const both = (l: Localized) => Math.max(words(l.it), words(l.en));

/** Words a block puts on the slide, in the wordier language. */
export function blockWords(b: Block): number {
  switch (b.type) {
    case 'text':
      // The stage direction of a continuation that waits for its answer is not read as slide text.
      if (b.text === labels.answerNext) return 0;
      return both(b.text) + (b.label ? both(b.label) : 0);
    case 'point':
      return both(b.text) + (b.label ? both(b.label) : 0);
    case 'heading':
      return both(b.text);
    case 'list':
      return b.items.reduce((n, i) => n + 2 + both(i), 0);
    // Each item starts a line (and an option its letter disc): count the line as words too.
    case 'options':
      return b.items.reduce((n, o) => n + 4 + both(o.text) + (o.detail ? both(o.detail) : 0), 0);
    case 'facts':
      return b.items.reduce((n, f) => n + both(f.label) + both(f.value), 0);
    case 'table':
      return [b.head, ...b.rows].reduce((n, row) => n + 3 + row.reduce((m, c) => m + both(c), 0), 0);
    case 'link':
      return both(b.label);
    // The notice is the same short line on every title slide; references are read in the handout.
    case 'notice':
    case 'refs':
    case 'figure':
    case 'widget':
      return 0;
  }
}

/** Words on the slide when every fragment is shown. */
export function slideWords(slide: Slide): number {
  return [...slide.blocks, ...slide.fragments].reduce((n, b) => n + blockWords(b), 0);
}

/** Splits text into `parts` runs of whole sentences with about the same number of words each. */
function splitLanguage(text: string, parts: number): string[] {
  // A sentence ends at . ! ? followed by a space: "53.3%" is one word, not two sentences, and a clause after ";"
  // belongs with the one before it ("7–12; only 13–18 is unstable").
  let pieces = text.split(/(?<=[.!?]["»”’)]*)\s+/).filter(Boolean);
  // Too few sentences: fall back to clauses, then to words.
  if (pieces.length < parts) pieces = text.split(/(?<=[,:])\s+/).filter(Boolean);
  if (pieces.length < parts) pieces = text.split(/\s+/).filter(Boolean);
  const total = pieces.reduce((n, p) => n + words(p), 0);
  const out: string[] = [];
  let current: string[] = [];
  let acc = 0;
  pieces.forEach((p, i) => {
    current.push(p);
    acc += words(p);
    const left = pieces.length - i - 1;
    const need = parts - out.length - 1;
    if (need > 0 && (acc >= (total * (out.length + 1)) / parts || left === need)) {
      out.push(current.join(' '));
      current = [];
    }
  });
  if (current.length) out.push(current.join(' '));
  while (out.length < parts) out.push('…');
  return out;
}

export function splitLocalized(text: Localized, parts: number): Localized[] {
  const it = splitLanguage(text.it, parts);
  const en = splitLanguage(text.en, parts);
  return it.map((s, i) => ({ it: s, en: en[i] ?? '…' }));
}

/** Breaks one block that is too long on its own into several blocks of the same kind. */
function explode(b: Block, limit: number, depth = 0): Block[] {
  const n = blockWords(b);
  if (n <= limit) return [b];
  const parts = Math.ceil(n / limit);
  if (b.type === 'text' || b.type === 'point') {
    // Sentences are uneven: a part still too long is split again (words at the last resort).
    return splitLocalized(b.text, parts).flatMap((text, i): Block[] => {
      const part: Block = { ...b, text, ...(i > 0 ? { label: undefined } : {}) };
      return depth < 4 ? explode(part, limit, depth + 1) : [part];
    });
  }
  if (b.type === 'list' || b.type === 'options' || b.type === 'facts' || b.type === 'table') {
    const items: readonly unknown[] = b.type === 'table' ? b.rows : b.items;
    const size = (x: unknown) =>
      b.type === 'table' ? 3 + (x as Localized[]).reduce((m, c) => m + both(c), 0) : blockWords({ ...b, items: [x] } as Block);
    const groups: unknown[][] = [];
    let acc = b.type === 'table' ? blockWords({ ...b, rows: [] }) : 0;
    for (const item of items) {
      const s = size(item);
      if (!groups.length || acc + s > limit) {
        groups.push([]);
        acc = b.type === 'table' ? blockWords({ ...b, rows: [] }) : 0;
      }
      groups[groups.length - 1]?.push(item);
      acc += s;
    }
    return groups.map((g) => (b.type === 'table' ? { ...b, rows: g as Localized[][] } : ({ ...b, items: g } as Block)));
  }
  return [b];
}

const continuedLabel: Localized = { it: 'segue', en: 'continued' };
/** The first part keeps its title; the next ones say they continue it. */
const continued = (title: Localized, index: number): Localized =>
  index === 0 ? title : mapLocalized(title, (t, lang: Locale) => `${t} (${continuedLabel[lang]})`);

/** Citations per slide: they are long, set small, and read in the handout rather than from the back. */
export const maxRefsPerSlide = 3;

/** What a continuation shows while its answer waits for the next step (fit-only: unfit() in tests drops it). */
export const answerNextBlock: Block = { type: 'text', style: 'small', text: labels.answerNext };
/** Steps of a reveal that a continuation shows at once so it does not open blank (unfit() in tests puts them back). */
export const shownAtOnce = new WeakSet<Block>();

/** One slide as one or more slides, each within the word limit. */
export function fitSlide(slide: Slide, limit = maxSlideWords): Slide[] {
  const refs = slide.blocks.find((b) => b.type === 'refs');
  if (refs?.type === 'refs' && refs.items.length > maxRefsPerSlide) {
    const parts: Slide[] = [];
    for (let i = 0; i < refs.items.length; i += maxRefsPerSlide) {
      const k = parts.length;
      parts.push({
        ...slide,
        id: k === 0 ? slide.id : `${slide.id}-${k + 1}`,
        ...(k > 0 ? { continues: slide.id } : {}),
        title: continued(slide.title, k),
        blocks: slide.blocks.map((b) => (b === refs ? { ...refs, items: refs.items.slice(i, i + maxRefsPerSlide) } : b)),
      });
    }
    return parts;
  }
  if (slideWords(slide) <= wordLimit(slide, limit)) return [slide];
  const side = Math.min(limit, maxWordsBesideFigure);
  // Blocks too long for the narrow column are cut to its size; the drawing stays on the first part only.
  const unitLimit = hasSideFigure(slide.blocks) ? side : limit;
  const units = [
    ...slide.blocks.flatMap((b) => explode(b, unitLimit).map((block) => ({ block, fragment: false }))),
    ...slide.fragments.flatMap((b) => explode(b, unitLimit).map((block) => ({ block, fragment: true }))),
  ];
  const pages: (typeof units)[] = [];
  let acc = 0;
  const pageLimit = () => (hasSideFigure((pages[pages.length - 1] ?? []).map((u) => u.block)) ? side : limit);
  for (const u of units) {
    const n = blockWords(u.block);
    if (!pages.length || (acc + n > pageLimit() && acc > 0)) {
      pages.push([]);
      acc = 0;
    }
    pages[pages.length - 1]?.push(u);
    acc += n;
  }
  let revealBegan = false;
  return pages.map((page, i) => {
    let fragments = page.filter((u) => u.fragment).map((u) => u.block);
    let blocks = page.filter((u) => !u.fragment).map((u) => u.block);
    // A continuation holding only steps of a reveal would open blank. Once the reveal began on an earlier part
    // (the answer is out) the rest shows at once; an answer still to come waits behind a line saying so; any
    // other first step shows at once.
    const first = fragments[0];
    if (i > 0 && blocks.length === 0 && first) {
      if (revealBegan) [blocks, fragments] = [fragments, []];
      else if (first.type === 'text' && first.style === 'answer') blocks = [answerNextBlock];
      else [blocks, fragments] = [[first], fragments.slice(1)];
      for (const b of blocks) if (b !== answerNextBlock) shownAtOnce.add(b);
    }
    revealBegan ||= page.some((u) => u.fragment);
    return {
      ...slide,
      id: i === 0 ? slide.id : `${slide.id}-${i + 1}`,
      ...(i > 0 ? { continues: slide.id } : {}),
      title: continued(slide.title, i),
      blocks,
      fragments,
    };
  });
}

export function fitSlides(slides: readonly Slide[], limit = maxSlideWords): Slide[] {
  return slides.flatMap((s) => fitSlide(s, limit));
}
