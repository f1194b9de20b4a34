import { describe, expect, it } from 'vitest';
import { esccGradeIds, esccGrades, esccGradeTexts, esccLevelLabels, esccRefs } from './escc-definition';
import { esccQueryString, parseEsccQuery } from './escc-query';
import { gradeEscc } from './grade-escc';

describe('ESCC (Bilsky) scale', () => {
  it('has the six published grades in order', () => {
    expect(esccGrades.map((g) => g.id)).toEqual(['0', '1a', '1b', '1c', '2', '3']);
    expect([...esccGradeIds]).toEqual(esccGrades.map((g) => g.id));
  });

  it('calls 0–1c low grade and 2–3 high grade, as NOMS does', () => {
    const levels = Object.fromEntries(esccGrades.map((g) => [g.id, g.level]));
    expect(levels).toEqual({ '0': 'low', '1a': 'low', '1b': 'low', '1c': 'low', '2': 'high', '3': 'high' });
  });

  it('names and describes every grade in both languages, and cites Bilsky 2010', () => {
    for (const g of esccGrades) {
      for (const text of [g.name, g.description]) {
        expect(text.it.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
    expect(esccLevelLabels.low.en).toContain('0–1c');
    expect(esccRefs).toContain('bilsky2010');
  });

  it('gives an island one locale\'s wording of every grade, and nothing of the other', () => {
    for (const lang of ['it', 'en'] as const) {
      const texts = esccGradeTexts(lang);
      for (const g of esccGrades) {
        expect(texts.grades[g.id]).toEqual({ name: g.name[lang], description: g.description[lang] });
      }
      expect(texts.levels).toEqual({ low: esccLevelLabels.low[lang], high: esccLevelLabels.high[lang] });
    }
    expect(JSON.stringify(esccGradeTexts('en'))).not.toContain('Grado');
  });

  it.each(esccGradeIds)('grades %s', (id) => {
    const r = gradeEscc(id);
    expect(r.kind).toBe('result');
    if (r.kind === 'result') {
      expect(r.grade).toBe(id);
      expect(r.level).toBe(id === '2' || id === '3' ? 'high' : 'low');
    }
  });

  it('reports a missing grade as incomplete and an unknown one as invalid', () => {
    expect(gradeEscc(undefined)).toEqual({ kind: 'incomplete', missing: ['escc'] });
    expect(gradeEscc('')).toEqual({ kind: 'incomplete', missing: ['escc'] });
    for (const bad of ['1', '1d', '4', 'high', '2a']) {
      expect(gradeEscc(bad)).toMatchObject({ kind: 'invalid', invalid: [{ component: 'escc', value: bad }] });
    }
  });
});

describe('ESCC URL contract', () => {
  it('reads and writes escc', () => {
    expect(parseEsccQuery('?escc=1c')).toEqual({ input: { escc: '1c' }, notices: [] });
    expect(esccQueryString({ escc: '2' })).toBe('?escc=2');
    expect(esccQueryString({})).toBe('');
  });

  it('turns an unknown grade or parameter into a notice', () => {
    const { input, notices } = parseEsccQuery('?escc=4&foo=1');
    expect(input).toEqual({});
    expect(notices).toEqual([
      expect.objectContaining({ param: 'escc', value: '4', reason: 'unknown-value' }),
      { param: 'foo', value: '1', reason: 'unknown-param' },
    ]);
  });
});

describe('ESCC next steps come from the NOMS core', () => {
  it('low grade: cEBRT or SRS by radiosensitivity; high grade adds surgery and the symptomatic-compression rules', async () => {
    const { nomsRulesForGrade } = await import('./escc-in-noms');
    for (const g of ['0', '1a', '1b', '1c'] as const) {
      expect(nomsRulesForGrade(g).map((r) => r.id)).toEqual(['radiosensitive-any-escc', 'radioresistant-low-grade']);
    }
    for (const g of ['2', '3'] as const) {
      expect(nomsRulesForGrade(g).map((r) => r.id)).toEqual([
        'radiosensitive-any-escc',
        'radioresistant-high-grade-fit',
        'radioresistant-high-grade-unfit',
        'symptomatic-compression-urgent-review',
        'symptomatic-compression-no-cement',
      ]);
    }
  });
});
