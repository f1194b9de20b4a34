import { describe, expect, it } from 'vitest';
import type { Deck } from './deck';
import { lectureText } from './present-text';
import { lectureDeck, ownSlideToSlide, parseLectureFile, sanitizeOwnMarkdown, type LectureFile } from './own-lecture';

const file: LectureFile = {
  format: 'percutanea-lecture',
  version: 1,
  title: 'Vertebroplastica',
  items: ['own:abcd1234', 'case:sins-t11'],
  skip: ['case:sins-t11/imaging'],
  slides: [{ id: 'abcd1234', title: 'Il mio caso', markdown: '- punto\n\n![TC](img:img00001)\n\nNotes:\nDire del caso.' }],
  images: [{ id: 'img00001', name: 'tc.png', type: 'image/png', data: 'iVBORw0KGgo=' }],
};

describe('parseLectureFile', () => {
  it('reads back an exported lecture', () => {
    const r = parseLectureFile(JSON.stringify(file));
    expect(r).toEqual({ ok: true, lecture: file });
  });
  it('names what is wrong with a bad or foreign file', () => {
    expect(parseLectureFile('not json')).toMatchObject({ ok: false, error: 'not-json' });
    expect(parseLectureFile(JSON.stringify({ format: 'percutanea-progress', version: 2 }))).toMatchObject({ ok: false, error: 'not-a-lecture' });
    expect(parseLectureFile(JSON.stringify({ ...file, version: 2 }))).toMatchObject({ ok: false, error: 'newer-version' });
    expect(parseLectureFile(JSON.stringify({ ...file, items: ['case:../../etc'] }))).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseLectureFile(JSON.stringify({ ...file, images: [{ ...file.images[0], type: 'image/svg+xml' }] }))).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseLectureFile(JSON.stringify({ ...file, images: [] }))).toMatchObject({ ok: false, error: 'missing-image' });
  });
  it.each<[string, unknown, string]>([
    ['a slide id in the wrong form', { slides: [{ ...file.slides[0], id: 'AB' }] }, 'slides.0.id'],
    ['a slide title that is not text', { slides: [{ ...file.slides[0], title: 1 }] }, 'slides.0.title'],
    ['markdown over 20,000 characters', { slides: [{ ...file.slides[0], markdown: 'x'.repeat(20_001) }] }, 'slides.0.markdown'],
    ['61 items', { items: Array.from({ length: 61 }, () => 'case:sins-t11') }, 'items'],
    ['an item pointing outside the site', { items: ['own:abcd1234', 'http:evil'] }, 'items.1'],
    ['an image that is not base64', { images: [{ ...file.images[0], data: '<script>' }] }, 'images.0.data'],
    ['skip not a list', { skip: 'all' }, 'skip'],
    ['a title over 200 characters', { title: 't'.repeat(201) }, 'title'],
  ])('refuses a planted file with %s and names the field', (_label, change, path) => {
    const r = parseLectureFile(JSON.stringify({ ...file, ...(change as object) }));
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    expect(r.ok ? '' : r.detail).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')}: `));
  });
  it('drops fields it does not know', () => {
    expect(parseLectureFile(JSON.stringify({ ...file, extra: 'x', slides: [{ ...file.slides[0], colour: 'red' }] }))).toEqual({ ok: true, lecture: file });
  });
});

describe('own slides', () => {
  it('shows raw HTML as text and disarms script links, keeping reveal.js fragment comments', () => {
    const md = sanitizeOwnMarkdown('<img src=x onerror=alert(1)>\n[x](javascript:alert(1))\n- a <!-- .element: class="fragment" onclick="evil()" -->');
    expect(md).not.toMatch(/<img|javascript:|onclick/);
    expect(md).toContain('&lt;img');
    expect(md).toContain('<!-- .element: class="fragment" -->');
  });
  it('becomes a slide with its own notes and local image URLs', () => {
    const s = ownSlideToSlide(file.slides[0]!, (id) => (id === 'img00001' ? 'blob:http://127.0.0.1/x' : undefined));
    expect(s.id).toBe('own-abcd1234');
    expect(s.markdown).toContain('## Il mio caso');
    expect(s.markdown).toContain('(blob:http://127.0.0.1/x)');
    expect(s.notes.it).toBe('Dire del caso.');
  });
});

describe('lectureDeck', () => {
  const deck = (id: string, refs: string[]): Deck => ({
    id,
    title: { it: id, en: id },
    figures: { 'case-schematic': { it: '<svg/>', en: '<svg/>' } },
    slides: [
      { id: 'title', kind: 'title', title: { it: 't', en: 't' }, blocks: [], fragments: [], notes: { it: 'n', en: 'n' } },
      { id: 'imaging', kind: 'imaging', title: { it: 'i', en: 'i' }, blocks: [{ type: 'figure', figure: 'case-schematic', side: true }], fragments: [], notes: { it: 'n', en: 'n' } },
      { id: 'references', kind: 'references', title: { it: 'r', en: 'r' }, blocks: [{ type: 'refs', items: refs.map((r) => ({ id: r, text: { it: `cita ${r}`, en: `cite ${r}` } })) }], fragments: [], notes: { it: 'n', en: 'n' } },
    ],
  });
  it('mixes own slides and decks in order, skips slides, and ends with one merged reference list', () => {
    const own = ownSlideToSlide({ id: 'abcd1234', title: 'Mine', markdown: 'x' }, () => undefined);
    const d = lectureDeck('l', { it: 'L', en: 'L' }, [
      { kind: 'own', slide: own },
      { kind: 'deck', deck: deck('case-a', ['r1', 'r2']), skip: new Set(['imaging']) },
      { kind: 'deck', deck: deck('case-b', ['r2', 'r3']), skip: new Set() },
    ], lectureText);
    expect(d.slides.map((s) => s.id)).toEqual(['agenda', 'own-abcd1234', 'case-a/title', 'case-b/title', 'case-b/imaging', 'references']);
    const refs = d.slides.at(-1)?.blocks[0];
    expect(refs?.type === 'refs' && refs.items.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    // Each deck's drawings stay its own.
    const fig = d.slides.find((s) => s.id === 'case-b/imaging')?.blocks[0];
    expect(fig?.type === 'figure' && d.figures?.[fig.figure]).toBeTruthy();
  });
});
