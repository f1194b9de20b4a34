import { describe, expect, it } from 'vitest';
import it_ from './ui/it.json';
import en from './ui/en.json';
import { getT } from './translate';
import { pickLocale } from './locales';

describe('UI strings', () => {
  it('both locales have exactly the same keys', () => {
    const itKeys = Object.keys(it_).sort();
    const enKeys = Object.keys(en).sort();
    expect(itKeys.filter((k) => !enKeys.includes(k)), 'keys missing in en.json').toEqual([]);
    expect(enKeys.filter((k) => !itKeys.includes(k)), 'keys missing in it.json').toEqual([]);
  });

  it('no string is empty', () => {
    for (const [k, v] of [...Object.entries(it_), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('interpolation placeholders match between locales', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(it_) as (keyof typeof it_)[]) expect(vars(en[key]), key).toEqual(vars(it_[key]));
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
