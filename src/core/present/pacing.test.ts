import { describe, expect, it } from 'vitest';
import { pacing, parseTimer } from './pacing';

const min = 60_000;

describe('pacing', () => {
  it('is behind when the time spent exceeds the share of the slides done', () => {
    // 10 slides in 20 minutes: 2 minutes each. At slide index 2 after 9 minutes: 5 minutes behind.
    expect(pacing(9 * min, 20, 2, 10)).toEqual({ kind: 'behind', minutes: 5 });
  });
  it('is ahead when further on than the clock says', () => {
    expect(pacing(4 * min, 20, 5, 10)).toEqual({ kind: 'ahead', minutes: 6 });
  });
  it('is on time within a minute, and says nothing without a target', () => {
    expect(pacing(4 * min + 20_000, 20, 2, 10)).toEqual({ kind: 'on-time' });
    expect(pacing(4 * min, 0, 2, 10)).toEqual({ kind: 'no-target' });
    expect(pacing(Number.NaN, 20, 2, 10)).toEqual({ kind: 'no-target' });
  });
});

describe('parseTimer', () => {
  it('restores a stored timer (it survives a reload)', () => {
    expect(parseTimer(JSON.stringify({ start: 1000, pausedAt: null, targetMinutes: 45 }), 5000)).toEqual({ start: 1000, pausedAt: null, targetMinutes: 45 });
  });
  it('replaces a corrupt or future record by a fresh timer', () => {
    expect(parseTimer('{oops', 5000)).toEqual({ start: 5000, pausedAt: null, targetMinutes: 0 });
    expect(parseTimer(JSON.stringify({ start: 9000, targetMinutes: -3 }), 5000)).toEqual({ start: 5000, pausedAt: null, targetMinutes: 0 });
  });
});
