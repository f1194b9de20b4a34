import type { Localized } from '../i18n/locales';
import type { Slide } from './deck';
import { lectureText } from './present-text';

/**
 * The lecturer's own slides as deck slides. Apart from ./lecture.ts so the playlist page loads this only with
 * the Markdown plugin, for a lecture that holds own slides (widgets/Presenter/own-markdown.ts re-exports it).
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
