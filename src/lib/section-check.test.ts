import { describe, expect, it } from 'vitest';
import { lessonCheckQuestions, questionBank } from './questions';
import { moduleOfLessonPath, SECTION_CHECK_SIZE, sectionCheckQuestions } from './section-check';

describe('sectionCheckQuestions', () => {
  it('draws the module’s items on the section’s facts, clinical decisions first, in the page language', () => {
    const qs = sectionCheckQuestions('M9', ['9c', '9d'], 'en');
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.length).toBeLessThanOrEqual(SECTION_CHECK_SIZE);
    for (const q of qs) {
      const item = questionBank.find((b) => b.id === q.id)!;
      expect(item.module).toBe('M9');
      expect(item.facts.some((f) => ['9c', '9d'].includes(String(f)))).toBe(true);
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
