import { describe, expect, it } from 'vitest';
import { memoryStorage, safeGet, safeRemove, safeSet } from './storage';
import { brokenStorage } from './test-fixtures';

describe('memoryStorage', () => {
  it('behaves like localStorage', () => {
    const s = memoryStorage({ a: '1' });
    expect(s.getItem('a')).toBe('1');
    expect(s.getItem('b')).toBeNull();
    s.setItem('b', '2');
    expect(s.getItem('b')).toBe('2');
    s.removeItem('a');
    expect(s.getItem('a')).toBeNull();
    expect([...s.data.keys()]).toEqual(['b']);
  });
});

describe('safe storage helpers', () => {
  it('turn exceptions into results', () => {
    expect(safeGet(brokenStorage, 'k')).toEqual({ ok: false });
    expect(safeSet(brokenStorage, 'k', 'v')).toBe(false);
    expect(safeRemove(brokenStorage, 'k')).toBe(false);
  });

  it('pass values through from working storage', () => {
    const s = memoryStorage();
    expect(safeSet(s, 'k', 'v')).toBe(true);
    expect(safeGet(s, 'k')).toEqual({ ok: true, value: 'v' });
    expect(safeRemove(s, 'k')).toBe(true);
    expect(safeGet(s, 'k')).toEqual({ ok: true, value: null });
  });
});
