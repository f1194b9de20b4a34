import type { Localized } from '../i18n/locales';
import { chunkItems, type Block, type Deck, type Slide } from './deck';
import { lectureText } from './present-text';

/**
 * The lecturer's own slides as deck slides, and a lecture assembled from them and the site's decks. No
 * validation library here: this runs on every deck page (the file checks are in own-lecture.ts).
 */

export interface OwnSlide {
  /** Short random id (`[a-z0-9]{4,24}`), also the playlist item `own:<id>`. */
  id: string;
  title: string;
  /** reveal.js Markdown; `Notes:` starts the speaker notes; images as `![text](img:<imageId>)`. */
  markdown: string;
}

/**
 * Markdown from a file may come from someone else: raw HTML is shown as text, links may not run script,
 * and reveal.js's `<!-- .element: … -->` comments may set only classes and data attributes.
 */
export function sanitizeOwnMarkdown(markdown: string): string {
  const comments: string[] = [];
  let md = markdown.replace(/<!--\s*\.(element|slide):([^>]*?)-->/g, (_, kind: string, attrs: string) => {
    const safe = [...attrs.matchAll(/(class|data-[a-z0-9-]+)="([^"<>]*)"/gi)].map((m) => `${m[1]}="${m[2]}"`).join(' ');
    comments.push(`<!-- .${kind}: ${safe} -->`);
    return `\u0000${comments.length - 1}\u0000`;
  });
  md = md.replace(/</g, '&lt;');
  md = md.replace(/\]\(\s*(javascript|data|vbscript):[^)]*\)/gi, '](#)');
  return md.replace(/\u0000(\d+)\u0000/g, (_, i: string) => comments[Number(i)] ?? '');
}

/** Speaker notes of an own slide: what follows `Notes:` (reveal.js convention), or a neutral line. */
function ownNotes(markdown: string): Localized {
  const m = /^\s*notes?:\s*([\s\S]*)$/im.exec(markdown);
  const text = m?.[1]?.trim();
  return text ? { it: text, en: text } : lectureText.ownSlideNote;
}

/** An own slide as a deck slide; `imageUrl` turns `img:<id>` into the browser's local URL for the image. */
export function ownSlideToSlide(o: OwnSlide, imageUrl: (id: string) => string | undefined): Slide {
  const title = o.title.trim() || '—';
  const md = sanitizeOwnMarkdown(o.markdown).replace(/\(img:([a-z0-9]+)\)/g, (_, id: string) => `(${imageUrl(id) ?? '#'})`);
  const heading = /^\s*#{1,2}\s/m.test(md.split(/^\s*notes?:/im)[0] ?? '') ? '' : `## ${title.replace(/</g, '&lt;')}\n\n`;
  return { id: `own-${o.id}`, kind: 'own', title: { it: title, en: title }, blocks: [], fragments: [], notes: ownNotes(o.markdown), markdown: `${heading}${md}` };
}

export type LecturePart = { kind: 'deck'; deck: Deck; skip: ReadonlySet<string> } | { kind: 'own'; slide: Slide };

const refsPerSlide = 3;

/**
 * A lecture: an outline, the parts in the lecturer's order (site decks without the slides they skipped,
 * own slides), and one merged reference list at the end instead of one per deck.
 */
export function lectureDeck(id: string, title: Localized, parts: readonly LecturePart[]): Deck {
  const figures: Record<string, Localized> = {};
  const widgetStrings: NonNullable<Deck['widgetStrings']> = {};
  const refs = new Map<string, string>();
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
  const refChunks = chunkItems([...refs], ([, text]) => text.length, refsPerSlide, 640);
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
