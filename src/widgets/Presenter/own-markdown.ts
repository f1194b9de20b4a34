import MarkdownPlugin from 'reveal.js/plugin/markdown';

// The own slide's conversion comes with the plugin, so the playlist page loads neither without own slides.
export { ownSlideToSlide } from '../../core/present/own-slide';

/**
 * The lecturer's own slides, from reveal.js Markdown to HTML with reveal.js's own Markdown plugin (its
 * `<!-- .element: class="fragment" -->` comments included). Loaded only when a lecture holds own slides:
 * the plugin carries a Markdown parser that deck pages without own slides never need.
 *
 * Fragments get explicit, consecutive `data-fragment-index` values in reveal.js's order (indexed ones by
 * index, then the rest in document order), so the speaker view and the handout know how many steps the
 * slide has and which ones a step shows, exactly as the projector does.
 */

/** A regular expression that never matches: one own slide is one section, never split. */
const never = '(?!)';

export interface OwnHtml {
  html: string;
  steps: number;
}

export async function renderOwnMarkdown(markdown: string): Promise<OwnHtml> {
  const root = document.createElement('div');
  const section = document.createElement('section');
  section.setAttribute('data-markdown', '');
  section.setAttribute('data-separator', never);
  const template = document.createElement('textarea');
  template.setAttribute('data-template', '');
  template.textContent = markdown;
  section.append(template);
  root.append(section);
  const plugin = MarkdownPlugin();
  // The plugin needs only these two of reveal.js's API to convert the slides under `root`.
  await plugin.init?.({ getConfig: () => ({}), getRevealElement: () => root } as never);
  const out = root.querySelector('section');
  if (!out) return { html: '', steps: 0 };
  // The notes are the slide's own (speaker view), not part of what the room sees.
  for (const aside of out.querySelectorAll('aside.notes')) aside.remove();
  const steps = numberFragments(out);
  return { html: out.innerHTML, steps };
}

/** Gives every `.fragment` its step (0-based) as reveal.js would order them; returns the number of steps. */
export function numberFragments(scope: Element): number {
  const fragments = [...scope.querySelectorAll('.fragment')];
  const indexed = new Map<number, Element[]>();
  const unindexed: Element[] = [];
  for (const f of fragments) {
    const raw = f.getAttribute('data-fragment-index');
    const n = raw === null ? NaN : Number(raw);
    if (Number.isFinite(n)) indexed.set(n, [...(indexed.get(n) ?? []), f]);
    else unindexed.push(f);
  }
  const groups = [...[...indexed].sort((a, b) => a[0] - b[0]).map(([, els]) => els), ...unindexed.map((f) => [f])];
  groups.forEach((els, i) => els.forEach((el) => el.setAttribute('data-fragment-index', String(i))));
  return groups.length;
}
