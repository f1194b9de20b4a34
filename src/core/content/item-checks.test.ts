import { describe, expect, it } from 'vitest';
import { checkItem, checkItemPool, checkKeyLength, checkKeyPosition, keyIsUniquelyLongest, type CheckedItem } from './item-checks';

const t = (en: string, it = en) => ({ it, en });
const single = (at: string, texts: string[], correct = 'b', over: Partial<CheckedItem> = {}): CheckedItem => ({
  file: 'content/questions/m06-vertebroplasty.yaml',
  at,
  type: 'single',
  stem: t('A 70-year-old woman has a painful L2 metastasis. What next?'),
  explanation: t('Because Salapura and Jeromel (2014) say so.'),
  options: texts.map((x, i) => ({ id: 'abcdefgh'.charAt(i), text: t(x) })),
  correct,
  level: 'application',
  facts: ['6a'],
  ...over,
});
const good = (i: number) => single(`[${i}]`, ['Alpha', 'Bravo', 'Charl', 'Delta'], 'abcd'[i % 4]);

describe('item checks', () => {
  it('pass a well-written item', () => {
    expect(checkItem(good(0))).toEqual([]);
  });

  it('reject "all/none of the above" in either language', () => {
    const bad = single('[0]', ['Cement', 'Balloon', 'Coil', 'All of the above']);
    bad.options![2]!.text = t('Coil', 'Nessuna delle precedenti');
    expect(checkItem(bad).map((e) => e.field)).toEqual(['[0].options[2].text.it', '[0].options[3].text.it', '[0].options[3].text.en']);
  });

  it('reject an absolute word ("always", "solo"…) in a distractor when no key carries one', () => {
    const cued = single('[0]', ['Always, as for chondroblastoma', 'Usually not: imaging is typical', 'After ablation, for histology'], 'b');
    cued.options![2]!.text = t('After ablation, for histology', 'Solo dopo l’ablazione');
    expect(checkItem(cued).map((e) => e.field)).toEqual(['[0].options[2].text.it', '[0].options[0].text.en']);
    expect(checkItem(cued)[1]!.message).toContain('"Always" only in distractors');
    // The key shares the cue: an absolute word no longer tells the answer.
    const shared = single('[1]', ['Always, as for chondroblastoma', 'Only when imaging is atypical', 'Never'], 'b');
    expect(checkItem(shared)).toEqual([]);
    // A multiple-choice item: one key with the word is enough; "solitary" is not "solo".
    const multi = single('[2]', ['Never before ablation', 'Only if atypical', 'A solitary lesion'], 'b', { type: 'multiple', correct: ['b', 'c'] });
    expect(checkItem(multi)).toEqual([]);
    expect(checkItem({ ...multi, correct: ['c'] }).map((e) => e.field)).toEqual(['[2].options[0].text.en', '[2].options[1].text.en']);
  });

  it('reject stems that point at another item or at an option letter', () => {
    const fields = [
      single('[0]', ['a', 'b'], 'a', { stem: t('In the same case, what was the VAS?') }),
      single('[1]', ['a', 'b'], 'a', { stem: t('After the previous question, which route?') }),
      single('[2]', ['a', 'b'], 'a', { stem: t('Why is a) wrong?', 'Perché a) è sbagliata?') }),
      single('[3]', ['a', 'b'], 'a', { stem: t('Which route?', 'Nella stessa serie, quale via?') }),
    ].flatMap(checkItem).map((e) => e.field);
    expect(fields).toEqual(['[0].stem.it', '[0].stem.en', '[1].stem.it', '[1].stem.en', '[2].stem.it', '[2].stem.en', '[3].stem.it']);
  });

  it('reject working vocabulary the learner must not see', () => {
    const bad = single('[0]', ['x', 'y'], 'a', { explanation: t('Seed 004 says so.', 'La diapositiva lo dice.') });
    expect(checkItem(bad).map((e) => e.field)).toEqual(['[0].explanation.it', '[0].explanation.en']);
  });

  it('reject a numeric item without unit or stated tolerance, and items without level or facts', () => {
    const bad: CheckedItem = { file: 'f.yaml', at: '[4]', type: 'numeric', stem: t('SINS?'), correct: 12 };
    expect(checkItem(bad).map((e) => e.field)).toEqual(['[4].unit', '[4].tolerance', '[4].level', '[4].facts']);
    expect(checkItem({ ...bad, unit: t('points'), tolerance: 0, level: 'application', facts: ['4a'] })).toEqual([]);
    expect(checkItem({ ...bad, unit: t('points'), tolerance: 0, level: 'application', facts: ['4a', '99z'] }).map((e) => e.field)).toEqual(['[4].facts[1]']);
  });

  it('spot a key that is the uniquely longest option, per language', () => {
    const cued = single('[0]', ['Short', 'The much longer keyed answer', 'Brief', 'Tiny']);
    expect(keyIsUniquelyLongest(cued, 'en')).toBe(true);
    const tie = single('[0]', ['Same length A', 'Same length B', 'x', 'y']);
    expect(keyIsUniquelyLongest(tie, 'en')).toBe(false);
  });

  it('fail a pool where the key is the longest in more than 25% of single-choice items', () => {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7].map(good);
    expect(checkKeyLength('bank', pool)).toEqual([]);
    pool[0] = single('[0]', ['Short', 'The much longer keyed answer', 'Brief', 'Tiny']);
    pool[1] = single('[1]', ['Short', 'The much longer keyed answer', 'Brief', 'Tiny']);
    expect(checkKeyLength('bank', pool)).toEqual([]); // 2/8 = 25% is allowed
    pool[2] = single('[2]', ['Short', 'The much longer keyed answer', 'Brief', 'Tiny']);
    const errors = checkKeyLength('bank', pool);
    expect(errors.map((e) => e.field)).toEqual(['key length (it)', 'key length (en)']);
    expect(errors[1]!.message).toContain('3/8 single-choice items (38% > 25%)');
  });

  it('fail a pool whose keys pile up on one position', () => {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7].map(good);
    expect(checkKeyPosition('bank', pool)).toEqual([]);
    const biased = pool.map((q) => ({ ...q, correct: 'a' }));
    expect(checkKeyPosition('bank', biased)[0]!.message).toMatch(/^8\/8 single-choice keys are option 1/);
  });

  it('run every check over a pool', () => {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7].map(good);
    pool.push(single('[8]', ['a', 'None of the above'], 'a'));
    expect(checkItemPool('bank', pool).map((e) => e.field)).toEqual(['[8].options[1].text.it', '[8].options[1].text.en']);
  });
});
