import { describe, expect, it } from 'vitest';
import { onlyLocale } from './only-locale';

describe('onlyLocale', () => {
  it('keeps the page language in every nested { it, en } and leaves other data alone', () => {
    const data = { id: 'x', n: 3, title: { it: 'Titolo', en: 'Title' }, options: [{ label: { it: 'Sì', en: 'Yes' }, next: 'y' }], extra: { it: 1, en: 2 } };
    expect(onlyLocale(data, 'en')).toEqual({ id: 'x', n: 3, title: { it: '', en: 'Title' }, options: [{ label: { it: '', en: 'Yes' }, next: 'y' }], extra: { it: 1, en: 2 } });
    expect(data.title.it).toBe('Titolo');
  });
});
