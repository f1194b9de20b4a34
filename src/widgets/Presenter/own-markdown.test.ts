// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ownSlideToSlide } from '../../core/present/own-slide';
import { fragmentCount, nextPosition } from '../../core/present/deck';
import { renderOwnMarkdown } from './own-markdown';

describe('own Markdown slides', () => {
  it('turns reveal.js fragment comments into numbered steps the deck knows about', async () => {
    const md = '## Cement leak\n\n- Seen on CT <!-- .element: class="fragment" -->\n- Asymptomatic <!-- .element: class="fragment" -->\n\nLast word <!-- .element: class="fragment" data-fragment-index="0" -->\n\nNotes:\nAsk who has seen one.';
    const { html, steps } = await renderOwnMarkdown(md);
    // As reveal.js orders them: the one with an index first, then the others in document order.
    expect(steps).toBe(3);
    const div = document.createElement('div');
    div.innerHTML = html;
    const indices = [...div.querySelectorAll('.fragment')].map((el) => [el.textContent?.trim(), el.getAttribute('data-fragment-index')]);
    expect(indices).toEqual([
      ['Seen on CT', '1'],
      ['Asymptomatic', '2'],
      ['Last word', '0'],
    ]);
    // The notes are not on the slide.
    expect(div.textContent).not.toContain('Ask who');
    expect(div.querySelector('h2')?.textContent).toBe('Cement leak');
  });

  it('gives the speaker view the steps of an own slide', async () => {
    const slide = ownSlideToSlide({ id: 'abcd', title: 'Mine', markdown: '- one <!-- .element: class="fragment" -->\n- two <!-- .element: class="fragment" -->' }, () => undefined);
    const { html, steps } = await renderOwnMarkdown(slide.markdown ?? '');
    const deck = { id: 'd', title: { it: 'd', en: 'd' }, slides: [{ ...slide, html, steps }, { ...slide, id: 'other' }] };
    expect(fragmentCount(deck, 0)).toBe(2);
    expect(nextPosition(deck, { slide: 0, fragment: 1 })).toEqual({ slide: 0, fragment: 2 });
    expect(nextPosition(deck, { slide: 0, fragment: 2 })).toEqual({ slide: 1, fragment: 0 });
  });
});
