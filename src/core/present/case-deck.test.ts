import { describe, expect, it } from 'vitest';
import { shuffleOptions } from '../quiz/shuffle-options';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseDeck } from './case-deck';
import { citationContext } from './citation';
import { loadCases, loadReferences, localizedStrings, unfit, type ContentReader } from './test-content';
import type { Deck, Slide } from './deck';
import type { CaseStudy } from '../content/case-schema';

const root = join(__dirname, '..', '..', '..');
const reader: ContentReader = { list: (d) => readdirSync(join(root, d)), read: (p) => readFileSync(join(root, p), 'utf8') };
const cases = loadCases(reader);
const ctx = citationContext(loadReferences(reader));

const texts = (s: Slide, lang: 'it' | 'en') => JSON.stringify([s.blocks, s.fragments].flat(), (k, v) => (k === 'it' || k === 'en' ? (k === lang ? v : undefined) : v));

describe('caseDeck', () => {
  it('has cases to present', () => expect(cases.length).toBeGreaterThanOrEqual(16));

  for (const c of cases) {
    describe(c.id, () => {
      const deck: Deck = unfit(caseDeck(c, ctx));

      it('makes a deck whose every text exists in both languages, speaker notes included', () => {
        expect(deck.id).toBe(`case-${c.id}`);
        expect(deck.slides.length).toBeGreaterThanOrEqual(10);
        for (const { path, value } of localizedStrings(deck)) {
          expect(value.it.trim(), `${path}.it`).not.toBe('');
          expect(value.en.trim(), `${path}.en`).not.toBe('');
        }
        for (const s of deck.slides) {
          expect(s.notes.it.trim(), `${s.id} notes it`).not.toBe('');
          expect(s.notes.en.trim(), `${s.id} notes en`).not.toBe('');
        }
        expect(JSON.stringify(deck)).not.toMatch(/NaN|undefined|\[object Object\]/);
      });

      it('has unique slide ids and the expected order of sections', () => {
        const ids = deck.slides.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        const kinds = deck.slides.map((s) => s.kind);
        const order = ['title', 'presentation', 'imaging', 'decision', 'procedure', 'outcome', 'teaching-points', 'references'];
        expect(kinds.filter((k) => order.includes(k))).toEqual(order);
      });

      it('opens with a title slide that carries the education notice', () => {
        const first = deck.slides[0];
        expect(first?.kind).toBe('title');
        expect(first?.title).toEqual(c.title);
        expect(first?.blocks.some((b) => b.type === 'notice')).toBe(true);
      });

      it('asks every quiz question, after the phase it belongs to, with the answer as fragments', () => {
        const qs = deck.slides.filter((s) => s.kind === 'question');
        expect(qs.map((s) => s.id).sort()).toEqual(c.quiz.map((q) => `question-${q.id}`).sort());
        const index = (id: string) => deck.slides.findIndex((s) => s.id === id);
        for (const q of c.quiz) {
          const at = index(`question-${q.id}`);
          const slide = deck.slides[at];
          expect(slide?.fragments.length).toBeGreaterThanOrEqual(2);
          expect(slide?.fragments[0]).toMatchObject({ type: 'text', style: 'answer' });
          // The explanation follows the answer, split over several blocks when too long for one slide.
          const rest = (slide?.fragments.slice(1) ?? []).map((f) => (f.type === 'text' ? f.text.en : '')).join(' ');
          expect(rest.replace(/\s+/g, ' ')).toBe(q.explanation.en.replace(/\s+/g, ' '));
          const after = { presentation: 'imaging', 'work-up': 'imaging', decision: 'decision', procedure: 'procedure', 'follow-up': 'outcome' }[q.afterPhase];
          expect(at, `${q.id} comes after ${after}`).toBeGreaterThan(index(after));
          expect(at).toBeLessThan(index('teaching-points'));
          // The speaker sees the answer before the room does.
          expect(slide?.notes.en).toMatch(/Answer|answers/);
        }
      });

      it('reveals the teaching points one by one and cites every reference', () => {
        const tp = deck.slides.find((s) => s.kind === 'teaching-points');
        expect(tp?.fragments.map((f) => (f.type === 'point' ? f.text : null))).toEqual(c.teachingPoints);
        const refs = deck.slides.find((s) => s.kind === 'references')?.blocks[0];
        expect(refs?.type === 'refs' && refs.items.map((r) => r.id)).toEqual(c.refs);
        // Every id resolves to a printed citation, not the bare id.
        expect(refs?.type === 'refs' && refs.items.every((r) => [r.text.it, r.text.en].every((t) => t !== r.id && t.length > 20))).toBe(true);
      });

      it('shows one score slide per case score, linking to the prefilled calculator in each language', () => {
        const scoreSlides = deck.slides.filter((s) => s.kind === 'score');
        expect(scoreSlides.length).toBe(c.scores?.length ?? 0);
        for (const s of scoreSlides) {
          const link = s.blocks.find((b) => b.type === 'link');
          expect(link?.type === 'link' && link.href.it).toMatch(/^\/it\/tools\/[a-z-]+\/\?/);
          expect(link?.type === 'link' && link.href.en).toMatch(/^\/en\/tools\/[a-z-]+\/\?/);
          expect(texts(s, 'en')).not.toContain('Invalid');
          expect(texts(s, 'en')).not.toContain('Incomplete');
        }
      });
    });
  }
});

describe('caseDeck on the worked examples', () => {
  const byId = (id: string) => cases.find((c) => c.id === id) as CaseStudy;

  it('T11: SINS 12, possible instability, and the calculator link reproduces it', () => {
    const deck = unfit(caseDeck(byId('sins-t11'), ctx));
    const s = deck.slides.find((x) => x.id === 'score-sins');
    const link = s?.blocks.find((b) => b.type === 'link');
    expect(link?.type === 'link' && link.href).toEqual({
      it: '/it/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral',
      en: '/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral',
    });
    expect(s?.fragments[0]).toMatchObject({
      text: { it: 'Totale 12: Possibile instabilità (indeterminato)', en: 'Total 12: Possible instability (indeterminate)' },
    });
    expect(s?.notes.en).toContain('Total stated by the source: 12');
    // Order: title, presentation, imaging, two work-up questions, the score, the decision, its question…
    expect(deck.slides.map((x) => x.id)).toEqual([
      'title', 'presentation', 'imaging', 'question-sins-total', 'question-sins-band', 'score-sins', 'decision',
      'question-high-viscosity-why', 'procedure', 'outcome', 'teaching-points', 'references',
    ]);
    const q = deck.slides.find((x) => x.id === 'question-sins-total');
    expect(q?.fragments[0]).toMatchObject({ text: { it: '12 punti', en: '12 points' } });
    const band = deck.slides.find((x) => x.id === 'question-sins-band');
    // Options are shown shuffled (seeded by the question): the answer names the letter the room saw.
    const shown = band?.blocks.find((b) => b.type === 'options');
    const letter = shown?.type === 'options' ? shown.items.find((o) => o.text.en.startsWith('Possible instability'))?.key : undefined;
    expect(band?.fragments[0]).toMatchObject({ text: { en: `${letter} — Possible instability (7–12)` } });
    // One shuffle for every place a question appears: the room sees the quiz's own shuffleOptions order.
    const source = byId('sins-t11').quiz.find((x) => x.id === 'sins-band');
    const expected = source && source.type !== 'numeric' ? shuffleOptions(source, `room:${source.id}`).options.map((o) => o.text.en) : [];
    expect(shown?.type === 'options' ? shown.items.map((o) => o.text.en) : []).toEqual(expected);
  });

  it('urothelial L2: partial response, short of significant relief, with the ODI pair in the link', () => {
    const deck = unfit(caseDeck(byId('urothelial-l2'), ctx));
    const s = deck.slides.find((x) => x.id === 'score-pain-response');
    const link = s?.blocks.find((b) => b.type === 'link');
    expect(link?.type === 'link' && link.href.en).toBe('/en/tools/pain-response/?vasBefore=9&vasAfter=6&odiBefore=39&odiAfter=26');
    expect(s?.fragments[0]).toMatchObject({
      text: {
        en: 'Partial response; VAS fall 3 points (33.3%); relief not significant (≤ 50%)',
        it: 'Risposta parziale; calo del VAS 3 punti (33,3%); sollievo non significativo (≤ 50%)',
      },
    });
  });

  it('describes a series with a decimal comma in Italian', () => {
    const deck = unfit(caseDeck(byId('ljubljana-series'), ctx));
    const facts = deck.slides[0]?.blocks[0];
    const patient = facts?.type === 'facts' ? facts.items[0]?.value : undefined;
    expect(patient?.it).toMatch(/^Serie di \d+ pazienti/);
    expect(patient?.en).toMatch(/^Series of \d+ patients/);
    const cohort = byId('ljubljana-series').patient.cohort;
    if (cohort?.meanAge !== undefined && !Number.isInteger(cohort.meanAge)) {
      expect(patient?.it).toContain(String(cohort.meanAge).replace('.', ','));
      expect(patient?.en).toContain(String(cohort.meanAge));
    }
  });

  it('works without a citation context (ids instead of citations)', () => {
    const deck = unfit(caseDeck(byId('sins-t11')));
    const refs = deck.slides.at(-1)?.blocks[0];
    expect(refs?.type === 'refs' && refs.items[0]).toEqual({ id: 'seed000-lecture', text: { it: 'seed000-lecture', en: 'seed000-lecture' } });
  });
});
