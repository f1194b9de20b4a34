import { describe, expect, it } from 'vitest';
import { caseOrder, cases, getCase, parseCaseFile, sortCases } from './cases';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const t11Text = readFileSync(join(__dirname, '..', '..', 'content', 'cases', 'sins-t11.yaml'), 'utf8');

describe('src/lib/cases', () => {
  it('loads the 16 cases of the curriculum in curriculum order', () => {
    expect(cases.map((c) => c.id)).toEqual([...caseOrder]);
  });

  it('finds a case by id and names the file of an unknown one', () => {
    expect(getCase('sins-t11').site.levels).toEqual(['T11']);
    expect(() => getCase('nope')).toThrow('content/cases/nope.yaml');
  });

  it('throws an error naming the file and the field of an invalid case', () => {
    const broken = t11Text.replace('correct: b', 'correct: z');
    expect(() => parseCaseFile('/x/content/cases/sins-t11.yaml', broken)).toThrow(/content\/cases\/sins-t11\.yaml › quiz\.1\.correct/);
    expect(() => parseCaseFile('../../content/cases/sins-t11.yaml', t11Text.replace('seed: \'000\'', 'seed: \'009\''))).toThrow(/sins-t11\.yaml › seed/);
  });

  it('refuses a file whose id is not its name, and YAML that does not parse', () => {
    expect(() => parseCaseFile('other.yaml', t11Text)).toThrow(/content\/cases\/other\.yaml › id/);
    expect(() => parseCaseFile('bad.yaml', 'id: [unclosed')).toThrow(/content\/cases\/bad\.yaml: not valid YAML/);
  });

  it('sorts unknown ids after the curriculum ones', () => {
    const t11 = getCase('sins-t11');
    expect(sortCases([{ ...t11, id: 'zz-extra' }, t11, { ...t11, id: 'aa-extra' }]).map((c) => c.id)).toEqual(['sins-t11', 'aa-extra', 'zz-extra']);
  });
});
