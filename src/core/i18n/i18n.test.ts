import { describe, expect, it } from 'vitest';
import it_ from './ui/it.json';
import en from './ui/en.json';
import { getT } from './translate';
import { pickLocale } from './locales';

describe('UI strings', () => {
  const keyDiff = (a: object, b: object) => Object.keys(a).filter((k) => !(k in b)).sort();
  const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  const placeholderMismatches = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys(a).filter((k) => k in b && JSON.stringify(vars(a[k]!)) !== JSON.stringify(vars(b[k]!)));

  it('both locales have exactly the same keys', () => {
    expect(keyDiff(it_, en), 'keys missing in en.json').toEqual([]);
    expect(keyDiff(en, it_), 'keys missing in it.json').toEqual([]);
  });

  it('no string is empty', () => {
    for (const [k, v] of [...Object.entries(it_), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('interpolation placeholders match between locales', () => {
    expect(placeholderMismatches(it_, en)).toEqual([]);
  });

  it('the parity checks fail on a planted missing key and a planted placeholder mismatch', () => {
    expect(keyDiff({ ...it_, 'planted.key': 'x' }, en)).toEqual(['planted.key']);
    expect(placeholderMismatches({ 'calc.total': 'Totale {{n}}' }, { 'calc.total': 'Total {{count}}' })).toEqual(['calc.total']);
  });

  it('translates with dotted keys and interpolation', () => {
    expect(getT('en')('lesson.readingTime', { minutes: 7 })).toBe('About 7 min read');
    expect(getT('it')('site.disclaimer')).toBe('A scopo didattico, non per decisioni cliniche.');
  });
});

describe('pickLocale', () => {
  it('follows the browser: Italian or English, Italian otherwise', () => {
    expect(pickLocale(['en-GB', 'it'])).toBe('en');
    expect(pickLocale(['it-IT'])).toBe('it');
    expect(pickLocale(['de-DE', 'fr'])).toBe('it');
    expect(pickLocale(['de', 'en-US'])).toBe('en');
    expect(pickLocale([])).toBe('it');
  });
});
