import { describe, expect, it } from 'vitest';
import { noticeText } from './QueryNotices';
import { getT } from './ui-strings';

describe('URL notices in words', () => {
  it('say a repeated key keeps its first value, in both languages', () => {
    const notice = { param: 'pain', value: 'none', reason: 'repeated' } as const;
    expect(noticeText(notice, getT('en'))).toBe('Repeated parameter ignored: pain=none (the first value is used)');
    expect(noticeText(notice, getT('it'))).toBe('Parametro ripetuto ignorato: pain=none (vale il primo valore)');
  });
  it('cut long echoed values so a 10,000-character link cannot stretch the page', () => {
    const text = noticeText({ param: 'pain', value: 'A'.repeat(10_000), reason: 'unknown-value', allowed: ['none'] }, getT('en'));
    expect(text.length).toBeLessThan(160);
    expect(text).toContain(`${'A'.repeat(80)}…`);
  });
});
