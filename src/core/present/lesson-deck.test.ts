import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxSlideWords, slideWords } from './fit';
import { lessonDeck, type LessonDeckFrontmatter } from './lesson-deck';
import { citationContext } from './citation';
import { loadLessons, loadReferences, localizedStrings, unfit, type ContentReader } from './test-content';
import { moduleSlugs } from '../content/lesson-slugs';

const root = join(__dirname, '..', '..', '..');
const reader: ContentReader = { list: (d) => readdirSync(join(root, d)), read: (p) => readFileSync(join(root, p), 'utf8') };
const lessons = loadLessons(reader);
const ctx = citationContext(loadReferences(reader));

describe('lessonDeck', () => {
  it('has the fifteen modules to present', () => {
    expect(lessons.map((l) => l.slug)).toEqual(Object.values(moduleSlugs));
  });

  for (const lesson of lessons) {
    describe(lesson.slug, () => {
      const deck = unfit(lessonDeck(lesson, ctx));

      it('makes a bilingual deck with speaker notes on every slide', () => {
        expect(deck.id).toBe(`lesson-${lesson.slug}`);
        expect(deck.title.it).toBe(`${lesson.it.module} · ${lesson.it.title}`);
        for (const { path, value } of localizedStrings(deck)) {
          expect(value.it.trim(), `${path}.it`).not.toBe('');
          expect(value.en.trim(), `${path}.en`).not.toBe('');
        }
        const ids = deck.slides.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(deck.slides[0]?.blocks.some((b) => b.type === 'notice')).toBe(true);
      });

      it('shows every objective, reveals every key point, and asks every self-check question', () => {
        const objectives = deck.slides.filter((s) => s.kind === 'objectives').flatMap((s) => s.blocks.flatMap((b) => (b.type === 'list' ? b.items : [])));
        expect(objectives.map((o) => o.en)).toEqual(lesson.en.objectives);
        expect(objectives.map((o) => o.it)).toEqual(lesson.it.objectives);
        const points = deck.slides.filter((s) => s.kind === 'key-points').flatMap((s) => s.fragments);
        expect(points.map((p) => (p.type === 'point' ? p.text.it : ''))).toEqual(lesson.it.keyPoints);
        const checks = deck.slides.filter((s) => s.kind === 'self-check');
        expect(checks.length).toBe(lesson.en.selfCheck.length);
        checks.forEach((s, i) => {
          expect(s.blocks[0]).toMatchObject({ text: { en: lesson.en.selfCheck[i]?.stem } });
          expect(s.fragments[0]).toMatchObject({ style: 'answer', text: { it: lesson.it.selfCheck[i]?.answer } });
          expect(s.notes.en).toContain(lesson.en.selfCheck[i]?.answer ?? '');
        });
      });

      it('keeps each slide short enough to read from the back of the room', () => {
        for (const s of lessonDeck(lesson, ctx).slides) expect(slideWords(s), s.id).toBeLessThanOrEqual(maxSlideWords);
        const refs = deck.slides.filter((s) => s.kind === 'references').flatMap((s) => s.blocks.flatMap((b) => (b.type === 'refs' ? b.items.map((r) => r.id) : [])));
        expect(refs).toEqual(lesson.it.refs);
      });
    });
  }

  it('never loses an item when the two languages have lists of different lengths', () => {
    const base: LessonDeckFrontmatter = {
      title: 'T',
      module: 'M6',
      description: 'D',
      objectives: ['o1', 'o2'],
      keyPoints: ['k1'],
      selfCheck: [],
      refs: [],
    };
    const deck = unfit(lessonDeck({ slug: 'x', it: base, en: { ...base, objectives: ['O1'], keyPoints: ['K1', 'K2'] } }));
    const objectives = deck.slides.find((s) => s.kind === 'objectives')?.blocks[0];
    expect(objectives?.type === 'list' && objectives.items).toEqual([{ it: 'o1', en: 'O1' }, { it: 'o2', en: 'o2' }]);
    expect(deck.slides.find((s) => s.kind === 'key-points')?.fragments.length).toBe(2);
    expect(deck.slides.some((s) => s.kind === 'self-check' || s.kind === 'references')).toBe(false);
  });
});
