import { describe, expect, it } from 'vitest';
import { formatContentErrors, validateContent, type ContentSources, type LessonSource } from './validate-content';
import { readMdxUsage } from './mdx-usage';

const fm = (over: Record<string, unknown> = {}) => ({
  title: 'T', module: 'M4', description: 'D', objectives: ['o'], keyPoints: ['k'], refs: ['fisher2010'], lastReviewed: '2026-11-22', ...over,
});
const lesson = (locale: 'it' | 'en', over: Partial<LessonSource> = {}, body = '## A\n<Cite id="fisher2010" />'): LessonSource => ({
  collection: 'lessons', file: `content/lessons/${locale}/m04-scores.mdx`, locale, slug: 'm04-scores', frontmatter: fm(), usage: readMdxUsage(body), ...over,
});
const sources = (lessons: LessonSource[]): ContentSources => ({
  lessons,
  references: { file: 'content/references.yaml', data: [{ id: 'fisher2010', authors: 'Fisher CG', title: 'SINS', journal: 'Spine', year: 2010, seeds: ['000'] }] },
  glossary: { file: 'content/glossary.yaml', data: [{ id: 'pedicle', it: { term: 'peduncolo', definition: 'd' }, en: { term: 'pedicle', definition: 'd' } }] },
});

describe('content check', () => {
  it('passes a consistent pair of lessons', () => {
    expect(validateContent(sources([lesson('it'), lesson('en')]))).toEqual([]);
  });

  it('names the file and field of a lesson without its twin', () => {
    const errors = validateContent(sources([lesson('it')]));
    expect(errors).toEqual([{ file: 'content/lessons/it/m04-scores.mdx', field: 'slug', message: 'no en translation: expected content/lessons/en/m04-scores.mdx' }]);
  });

  it('names the frontmatter field that is invalid', () => {
    const errors = validateContent(sources([lesson('it'), lesson('en', { frontmatter: fm({ objectives: [], lastReviewed: '22/11/2026' }) })]));
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      ['content/lessons/en/m04-scores.mdx', 'frontmatter.objectives'],
      ['content/lessons/en/m04-scores.mdx', 'frontmatter.lastReviewed'],
    ]);
  });

  it('reports an unknown reference in refs and in the body', () => {
    const bad = lesson('en', { frontmatter: fm({ refs: ['fisher2010', 'nobody1999'] }) }, '## A\n<Cite id="ghost2001" />');
    const errors = validateContent(sources([lesson('it'), bad]));
    expect(errors).toContainEqual({ file: bad.file, field: 'frontmatter.refs[1]', message: 'unknown reference "nobody1999" (not in content/references.yaml)' });
    expect(errors).toContainEqual({ file: bad.file, field: '<Cite id="ghost2001">', message: 'unknown reference "ghost2001"' });
  });

  it('reports a citation missing from the lesson reference list', () => {
    const bad = lesson('en', { frontmatter: fm({ refs: [] }) });
    expect(validateContent(sources([lesson('it'), bad]))).toContainEqual({ file: bad.file, field: '<Cite id="fisher2010">', message: '"fisher2010" is cited but missing from frontmatter refs' });
  });

  it('reports an unknown glossary term', () => {
    const bad = lesson('en', {}, '## A\n<Cite id="fisher2010" /> <Term id="spleen">x</Term>');
    expect(validateContent(sources([lesson('it'), bad]))).toContainEqual({ file: bad.file, field: '<Term id="spleen">', message: 'unknown glossary term "spleen"' });
  });

  it('reports a module filed under the wrong slug', () => {
    const errors = validateContent(sources([lesson('it', { frontmatter: fm({ module: 'M6' }) }), lesson('en')]));
    expect(errors[0]).toMatchObject({ field: 'frontmatter.module', message: 'M6 belongs in m06-vertebroplasty.mdx, not m04-scores.mdx' });
  });

  it('reports twins whose sections or figures differ', () => {
    const en = lesson('en', {}, '## A\n## B\n<Figure name="sins-spine-regions" /><Cite id="fisher2010" />');
    const fields = validateContent(sources([lesson('it'), en])).map((e) => e.field);
    expect(fields).toEqual(['## sections', '<Figure>']);
  });

  it('reports invalid and duplicate reference entries by index', () => {
    const src = sources([]);
    const entries: unknown[] = [
      { id: 'a2000', authors: 'A', title: 'T', journal: 'J', year: 2000, seeds: ['000'] },
      { id: 'a2000', authors: 'A', title: 'T', journal: 'J', year: 2000, seeds: ['000'] },
      { id: 'B 2001', authors: 'B', title: 'T', journal: 'J', year: 'then', seeds: [] },
    ];
    src.references.data = entries;
    const errors = validateContent(src);
    expect(errors.map((e) => e.field)).toEqual(['[2].id', '[2].year', '[2].seeds']);
    // Duplicates are only checked once the file parses; fix the third entry and they appear.
    entries.pop();
    expect(validateContent(src)).toEqual([{ file: 'content/references.yaml', field: 'id', message: 'duplicate reference id "a2000"' }]);
  });

  it('names a glossary term that lacks one of its two sides', () => {
    const src = sources([]);
    src.glossary.data = [{ id: 'pedicle', it: { term: 'peduncolo', definition: 'd' } }];
    expect(validateContent(src)).toEqual([{ file: 'content/glossary.yaml', field: '[0].en', message: expect.stringContaining('expected object') }]);
  });

  it('formats errors one per line with file › field', () => {
    const text = formatContentErrors(validateContent(sources([lesson('it')])));
    expect(text).toContain('content/lessons/it/m04-scores.mdx › slug: no en translation');
  });
});

describe('MDX usage', () => {
  it('reads citations, terms, figures and sections, ignoring code fences', () => {
    const usage = readMdxUsage('## One\n<Cite id="a1" /> <Term id="t-1">x</Term>\n```\n<Cite id="not-me" />\n```\n## Two\n<Figure name="f-1" />');
    expect(usage).toEqual({ cites: ['a1'], terms: ['t-1'], figures: ['f-1'], sections: ['One', 'Two'] });
  });
});

describe('cases and questions', () => {
  const q = (over: Record<string, unknown> = {}) => ({
    id: 'm04-sins-t11', module: 'M4', type: 'numeric', correct: 12, tolerance: 0, unit: { it: 'punti', en: 'points' },
    level: 'application', facts: ['4a'],
    stem: { it: 's', en: 's' }, explanation: { it: 'e', en: 'e' }, source: { ref: 'fisher2010' }, ...over,
  });
  const withQuestions = (data: unknown[], file = 'content/questions/m04-scores.yaml') => ({ ...sources([]), cases: [], questions: [{ file, data }] });

  it('accepts a valid question', () => {
    expect(validateContent(withQuestions([q()]))).toEqual([]);
  });

  it('names a question pointing to a case that does not exist', () => {
    const errors = validateContent(withQuestions([q({ source: { case: 'ghost-case' } })]));
    expect(errors).toEqual([{ file: 'content/questions/m04-scores.yaml', field: '[0].source.case', message: 'unknown case "ghost-case" (no content/cases/ghost-case.yaml)' }]);
  });

  it('reports a broken case once: a question citing it is not also told the case does not exist', () => {
    const src = { ...withQuestions([q({ source: { case: 'sins-t11' } })]), cases: [{ file: 'content/cases/sins-t11.yaml', data: { id: 'sins-t11' } }] };
    const errors = validateContent(src);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === 'content/cases/sins-t11.yaml')).toBe(true);
  });

  it('names an unknown reference, a wrong module and a duplicate id', () => {
    const errors = validateContent(withQuestions([q({ source: { ref: 'nobody2000' } }), q({ module: 'M5' })]));
    expect(errors.map((e) => e.field)).toEqual(['[0].source.ref', '[1].id', '[1].module']);
  });

  it('refuses a key that is not an option through the shared question body, as in case quizzes', () => {
    const single = { type: 'single', options: [{ id: 'a', text: { it: 'x', en: 'x' } }, { id: 'b', text: { it: 'y', en: 'y' } }], correct: 'c' };
    const errors = validateContent(withQuestions([(({ tolerance: _t, unit: _u, ...rest }) => rest)(q({ id: 'm04-x', ...single }))]));
    expect(errors).toEqual([{ file: 'content/questions/m04-scores.yaml', field: '[0].correct', message: 'correct must be one of the options' }]);
  });

  it('still names a numeric item whose tolerance is not written (the body defaults it to 0)', () => {
    const errors = validateContent(withQuestions([(({ tolerance: _t, ...rest }) => rest)(q())]));
    expect(errors.map((e) => e.field)).toEqual(['[0].tolerance']);
  });

  it('requires level and known curriculum facts on bank items', () => {
    const errors = validateContent(withQuestions([q({ level: undefined, facts: ['9z'] })]));
    expect(errors.map((e) => e.field)).toEqual(['[0].level', '[0].facts[0]']);
  });

  it('runs the item checks on the bank and names file › field of a planted bad item', () => {
    const opt = (id: string, en: string) => ({ id, text: { it: en, en } });
    const { tolerance: _t, unit: _u, ...numericFree } = q();
    const bad = { ...numericFree, id: 'm04-bad', type: 'single', stem: { it: 'Nello stesso caso, quale?', en: 'In the same case, which?' }, options: [opt('a', 'Possible instability (7–12)'), opt('b', 'None of the above')], correct: 'a' };
    const text = formatContentErrors(validateContent(withQuestions([bad])));
    expect(text).toContain('content/questions/m04-scores.yaml › [0].stem.en: stem refers to another item');
    expect(text).toContain('content/questions/m04-scores.yaml › [0].options[1].text.en: "None of the above": no "all/none of the above" options');
    expect(text).toContain('content/questions (bank) › key length (en): the key is the uniquely longest option in 1/1');
  });

  it('names schema errors by index and field', () => {
    const errors = validateContent(withQuestions([q({ stem: { it: 'solo italiano' } })]));
    expect(errors[0]).toMatchObject({ file: 'content/questions/m04-scores.yaml', field: '[0].stem.en' });
  });
});
