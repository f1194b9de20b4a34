import type { Localized } from '../i18n/locales';
import { chunkItems, citationLength, type Block, type Deck, type Slide } from './deck';
import type { lectureText } from './present-text';

/** The outline's and the merged reference list's wording (present-text.ts), passed in by the page as data. */
export type LectureText = Pick<typeof lectureText, 'agendaTitle' | 'referencesTitle' | 'agendaNote' | 'referencesNote'>;

/**
 * A lecture assembled from the site's decks and the lecturer's own slides (./own-slide.ts turns those into
 * deck slides; it loads only for a lecture that holds some). No validation library here: this runs on every
 * deck page (the file checks are in own-lecture.ts).
 */

export type { OwnSlide } from './own-slide';

export type LecturePart = { kind: 'deck'; deck: Deck; skip: ReadonlySet<string> } | { kind: 'own'; slide: Slide };

const refsPerSlide = 3;

/**
 * A lecture: an outline, the parts in the lecturer's order (site decks without the slides they skipped,
 * own slides), and one merged reference list at the end instead of one per deck.
 */
export function lectureDeck(id: string, title: Localized, parts: readonly LecturePart[], lectureText: LectureText): Deck {
  const figures: Record<string, Localized> = {};
  const widgetStrings: NonNullable<Deck['widgetStrings']> = {};
  const refs = new Map<string, Localized>();
  const slides: Slide[] = [];
  parts.forEach((p, i) => {
    if (p.kind === 'own') {
      slides.push(p.slide);
      return;
    }
    for (const [k, v] of Object.entries(p.deck.figures ?? {})) figures[`d${i}-${k}`] = v;
    Object.assign(widgetStrings, p.deck.widgetStrings ?? {});
    const rekey = (b: Block): Block => (b.type === 'figure' ? { ...b, figure: `d${i}-${b.figure}` } : b);
    for (const s of p.deck.slides) {
      if (s.kind === 'references') {
        for (const b of s.blocks) if (b.type === 'refs') for (const r of b.items) if (!refs.has(r.id)) refs.set(r.id, r.text);
        continue;
      }
      if (p.skip.has(s.id) || (s.continues && p.skip.has(s.continues))) continue;
      slides.push({ ...s, id: `${p.deck.id}/${s.id}`, blocks: s.blocks.map(rekey), fragments: s.fragments.map(rekey) });
    }
  });
  const agenda: Slide = {
    id: 'agenda',
    kind: 'agenda',
    title: lectureText.agendaTitle,
    blocks: [{ type: 'list', ordered: true, items: parts.map((p) => (p.kind === 'deck' ? p.deck.title : p.slide.title)) }],
    fragments: [],
    notes: lectureText.agendaNote,
  };
  const refChunks = chunkItems([...refs], ([, text]) => citationLength(text), refsPerSlide, 640);
  const refSlides: Slide[] = refChunks.map((chunk, i) => ({
    id: refChunks.length > 1 ? `references-${i + 1}` : 'references',
    kind: 'references',
    title: refChunks.length > 1 ? { it: `${lectureText.referencesTitle.it} (${i + 1}/${refChunks.length})`, en: `${lectureText.referencesTitle.en} (${i + 1}/${refChunks.length})` } : lectureText.referencesTitle,
    blocks: [{ type: 'refs', items: chunk.map(([rid, text]) => ({ id: rid, text })) }],
    fragments: [],
    notes: lectureText.referencesNote,
  }));
  return { id, title, slides: [agenda, ...slides, ...refSlides], figures, ...(Object.keys(widgetStrings).length ? { widgetStrings } : {}) };
}
