import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { algorithmIds, algorithms } from '../algorithms/registry';
import type { DecisionGraph } from '../algorithms/decision-graph';
import { algorithmDeck } from './algorithm-deck';
import { caseDeck } from './case-deck';
import { citationContext } from './citation';
import type { Deck, Slide } from './deck';
import { fitSlide, maxSlideWords, slideWords, splitLocalized, wordLimit } from './fit';
import { lessonDeck } from './lesson-deck';
import { loadCases, loadLessons, loadReferences, type ContentReader } from './test-content';

const root = join(__dirname, '..', '..', '..');
const reader: ContentReader = { list: (d) => readdirSync(join(root, d)), read: (p) => readFileSync(join(root, p), 'utf8') };
const ctx = citationContext(loadReferences(reader));
const decks: Deck[] = [
  ...loadCases(reader).map((c) => caseDeck(c, ctx)),
  ...loadLessons(reader).map((l) => lessonDeck(l, ctx)),
  ...algorithmIds.map((id) => algorithmDeck(algorithms[id] as DecisionGraph, ctx)),
];

const text = (words: number, word = 'parola') => Array.from({ length: words }, (_, i) => `${word}${i}${i % 9 === 8 ? '.' : ''}`).join(' ');
const dense: Slide = {
  id: 'q',
  kind: 'question',
  title: { it: 'Domanda', en: 'Question' },
  blocks: [{ type: 'text', text: { it: text(40), en: text(44, 'word') }, style: 'lead' }],
  fragments: [
    { type: 'text', label: { it: 'Risposta', en: 'Answer' }, text: { it: 'B', en: 'B' }, style: 'answer' },
    { type: 'text', text: { it: text(70), en: text(66, 'word') } },
  ],
  notes: { it: 'note', en: 'notes' },
};

describe('fitSlide', () => {
  it('splits a dense slide into continuation slides within the limit, answers still fragments', () => {
    expect(slideWords(dense)).toBeGreaterThan(maxSlideWords);
    const out = fitSlide(dense);
    expect(out.length).toBeGreaterThan(1);
    for (const s of out) expect(slideWords(s)).toBeLessThanOrEqual(maxSlideWords);
    expect(out.map((s) => s.id)).toEqual(out.map((_, i) => (i === 0 ? 'q' : `q-${i + 1}`)));
    expect(out[0]?.title.en).toBe('Question');
    expect(out[1]?.title).toEqual({ it: 'Domanda (segue)', en: 'Question (continued)' });
    // Nothing lost, nothing revealed early: the answer is still a fragment, and what follows it shows on later
    // parts (there at once: the reveal has begun).
    expect(out.flatMap((s) => s.blocks).some((b) => b.type === 'text' && b.style === 'answer')).toBe(false);
    const all = out.flatMap((s) => [...s.blocks, ...s.fragments]).map((b) => (b.type === 'text' ? b.text.en : '')).join(' ');
    expect(all.replace(/\s+/g, ' ')).toContain(dense.fragments.map((b) => (b.type === 'text' ? b.text.en : '')).join(' ').slice(0, 40));
    expect(out[0]?.fragments[0]).toMatchObject({ style: 'answer' });
  });
  it('keeps fewer words beside a drawing', () => {
    const withFigure: Slide = { ...dense, blocks: [{ type: 'figure', figure: 'algorithm-map', side: true }, ...dense.blocks] };
    const out = fitSlide(withFigure);
    expect(out[0]?.blocks[0]).toMatchObject({ type: 'figure' });
    expect(slideWords(out[0]!)).toBeLessThanOrEqual(32);
    for (const s of out.slice(1)) expect(s.blocks.some((b) => b.type === 'figure')).toBe(false);
  });
  it('never opens a continuation blank: an answer waits behind a line saying it comes next', () => {
    const out = fitSlide({ ...dense, blocks: [{ type: 'text', text: { it: text(maxSlideWords), en: text(maxSlideWords, 'word') } }] });
    for (const s of out.slice(1)) expect(s.blocks.length, s.id).toBeGreaterThan(0);
    const waiting = out.find((s) => s.fragments[0]?.type === 'text' && s.fragments[0].style === 'answer' && s.continues);
    expect(waiting?.blocks).toEqual([{ type: 'text', style: 'small', text: { it: 'La risposta compare al clic successivo.', en: 'The answer appears on the next click.' } }]);
    // The line itself is no answer, and the answer is still a fragment.
    expect(waiting?.fragments[0]).toMatchObject({ style: 'answer' });
  });
  it('keeps a clause after a semicolon with its sentence', () => {
    const parts = splitLocalized({ it: 'Fascia 7–12; solo 13–18 è instabile. Altro.', en: 'Band 7–12; only 13–18 is unstable. More.' }, 2);
    expect(parts[0]?.en).toBe('Band 7–12; only 13–18 is unstable.');
  });
  it('leaves a short slide alone', () => {
    const short: Slide = { ...dense, fragments: [] };
    expect(fitSlide(short)).toEqual([short]);
  });
  it('never cuts a decimal number in two', () => {
    const parts = splitLocalized({ it: 'Risposta completa 53,3% contro 16,6%. Poi altro testo qui.', en: 'Complete response 53.3% versus 16.6%. Then more text here.' }, 2);
    expect(parts[0]?.en).toBe('Complete response 53.3% versus 16.6%.');
  });
  it('splits both languages into the same number of parts', () => {
    const parts = splitLocalized({ it: text(120), en: 'One sentence only without any stops at all but many words here and there' }, 3);
    expect(parts).toHaveLength(3);
    for (const p of parts) expect(p.en.trim()).not.toBe('');
  });
});

describe('every deck, both languages', () => {
  it('has decks', () => expect(decks.length).toBeGreaterThan(30));
  for (const deck of decks) {
    it(`${deck.id}: at most ${maxSlideWords} words on a fully revealed slide`, () => {
      // Beside a drawing the limit is lower (half the width for the text).
      const over = deck.slides.filter((s) => slideWords(s) > wordLimit(s)).map((s) => `${s.id}: ${slideWords(s)}`);
      expect(over).toEqual([]);
    });
    it(`${deck.id}: no continuation opens on its title alone`, () => {
      expect(deck.slides.filter((s) => s.continues && s.blocks.length === 0).map((s) => s.id)).toEqual([]);
    });
    it(`${deck.id}: every figure block has its drawing or is filled at build time`, () => {
      const keys = new Set(deck.slides.flatMap((s) => [...s.blocks, ...s.fragments]).flatMap((b) => (b.type === 'figure' ? [b.figure] : [])));
      for (const k of keys) expect(k).toMatch(/^[a-z0-9-]+$/);
    });
  }
});
