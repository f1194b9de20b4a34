import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonCheckQuestions as lessonCheck } from './questions';
import { moduleOfLessonPath, SECTION_CHECK_SIZE, sectionCheckQuestions as sectionCheck } from './section-check';
import { testCourse } from './test-content';

const course = testCourse();
const questionBank = course.questions;
const sectionCheckQuestions = (module: string, facts: string[], lang: 'it' | 'en') => sectionCheck(course, module, facts, lang);
const lessonCheckQuestions = (module: string, lang: 'it' | 'en') => lessonCheck(course, module, lang);

describe('sectionCheckQuestions', () => {
  it('draws the module’s items on the section’s facts, clinical decisions first, in the page language', () => {
    const qs = sectionCheckQuestions('M9', ['9c', '9d'], 'en');
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.length).toBeLessThanOrEqual(SECTION_CHECK_SIZE);
    for (const q of qs) {
      const item = questionBank.find((b) => b.id === q.id)!;
      expect(item.module).toBe('M9');
      expect(['9c', '9d']).toContain(String(item.facts[0]));
      expect(q.stem).toBe(item.stem.en);
    }
    expect(questionBank.find((b) => b.id === qs[0]!.id)!.level).toBe('application');
  });

  it('never repeats a question of the lesson’s closing self-check', () => {
    for (const module of ['M1', 'M4', 'M6', 'M9']) {
      const atEnd = new Set(lessonCheckQuestions(module, 'it').map((q) => q.id));
      for (const fact of new Set(questionBank.filter((q) => q.module === module).flatMap((q) => q.facts.map(String)))) {
        expect(sectionCheckQuestions(module, [fact], 'it').some((q) => atEnd.has(q.id)), `${module} ${fact}`).toBe(false);
      }
    }
  });

  it('falls back to other items of the module when none is on those facts, and gives nothing for an unknown module', () => {
    const qs = sectionCheckQuestions('M6', ['no-such-fact'], 'it');
    expect(qs.length).toBe(SECTION_CHECK_SIZE);
    expect(qs.every((q) => q.module === 'M6')).toBe(true);
    expect(sectionCheckQuestions('M99', ['1a'], 'it')).toEqual([]);
  });

  it('reads the module from a lesson address', () => {
    expect(moduleOfLessonPath('/it/lessons/m09-cryoablation/')).toBe('M9');
    expect(moduleOfLessonPath('/en/lessons/m15-algorithms/')).toBe('M15');
    expect(moduleOfLessonPath('/en/tools/sins/')).toBeUndefined();
  });
});

describe('the section checks placed in the lessons', () => {
  const dir = (lang: string) => new URL(`../../content/lessons/${lang}/`, import.meta.url);
  for (const lang of ['it', 'en'] as const) {
    it(`${lang}: each block has questions on its facts, and no question is asked twice on a page`, () => {
      let blocks = 0;
      for (const file of readdirSync(dir(lang))) {
        const module = moduleOfLessonPath(`/${lang}/lessons/${file.replace(/\.mdx$/, '')}/`)!;
        const placed = [...readFileSync(new URL(file, dir(lang)), 'utf8').matchAll(/<SectionCheck facts="([^"]+)" \/>/g)].map((m) => m[1]!.split(' '));
        const asked = placed.flatMap((facts) => {
          const qs = sectionCheckQuestions(module, facts, lang);
          expect(qs.length, `${file} ${facts.join(' ')}`).toBeGreaterThan(0);
          for (const q of qs) expect(facts, `${file}: ${q.id}`).toContain(String(questionBank.find((b) => b.id === q.id)!.facts[0]));
          return qs.map((q) => q.id);
        });
        const atEnd = lessonCheckQuestions(module, lang).map((q) => q.id);
        expect(new Set([...asked, ...atEnd]).size, file).toBe(asked.length + atEnd.length);
        blocks += placed.length;
      }
      expect(blocks).toBeGreaterThanOrEqual(20);
    });
  }
});
