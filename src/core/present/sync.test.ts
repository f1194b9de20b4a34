import { describe, expect, it } from 'vitest';
import { channelName, parseSyncMessage, sameState } from './sync';
import type { Deck } from './deck';

const deck: Deck = {
  id: 'case-x',
  title: { it: 'X', en: 'X' },
  slides: [0, 2].map((n, i) => ({
    id: `s${i}`,
    kind: 'decision' as const,
    title: { it: 't', en: 't' },
    blocks: [],
    fragments: Array.from({ length: n }, () => ({ type: 'text' as const, text: { it: 'f', en: 'f' } })),
    notes: { it: 'n', en: 'n' },
  })),
};

describe('sync messages', () => {
  it('accepts hello and state messages, clamping the position into the deck', () => {
    expect(parseSyncMessage({ v: 1, type: 'hello', from: 'a' }, deck)).toEqual({ v: 1, type: 'hello', from: 'a' });
    expect(parseSyncMessage({ v: 1, type: 'state', from: 'a', state: { slide: 9, fragment: 9, lang: 'en', blank: true } }, deck)).toEqual({
      v: 1,
      type: 'state',
      from: 'a',
      state: { slide: 1, fragment: 2, lang: 'en', blank: true },
    });
  });

  it('refuses anything else', () => {
    for (const bad of [
      null,
      'state',
      42,
      { v: 2, type: 'hello', from: 'a' },
      { v: 1, type: 'hello' },
      { v: 1, type: 'hello', from: '' },
      { v: 1, type: 'state', from: 'a' },
      { v: 1, type: 'state', from: 'a', state: { slide: 1, fragment: 0, lang: 'fr', blank: false } },
      { v: 1, type: 'state', from: 'a', state: { slide: '1', fragment: 0, lang: 'it', blank: false } },
      { v: 1, type: 'state', from: 'a', state: { slide: 1, fragment: 0, lang: 'it', blank: 'no' } },
      { v: 1, type: 'goto', from: 'a' },
    ]) expect(parseSyncMessage(bad, deck)).toBeNull();
  });

  it('names one channel per deck and compares states by value', () => {
    expect(channelName('case-x')).toBe('percutanea-present:case-x');
    const s = { slide: 1, fragment: 0, lang: 'it' as const, blank: false };
    expect(sameState(s, { ...s })).toBe(true);
    expect(sameState(s, { ...s, lang: 'en' })).toBe(false);
    expect(sameState(s, { ...s, blank: true })).toBe(false);
  });
});
