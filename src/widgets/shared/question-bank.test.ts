import { describe, expect, it, vi } from 'vitest';
import { loadQuestions, questionModuleUrl } from './question-bank';

const q = (id: string, module: string) => ({ id, module, stem: 's', explanation: 'e', sources: [], type: 'numeric', correct: 1, tolerance: 0 });

describe('loadQuestions', () => {
  it('fetches one file per module and joins them in module order', async () => {
    const fetchFn = vi.fn(async (url: string) => new Response(JSON.stringify(url.includes('M4') ? [q('a', 'M4')] : [q('b', 'M6'), q('c', 'M6')])));
    const out = await loadQuestions('en', { base: '/qd-1/', modules: ['M4', 'M6'] }, fetchFn as unknown as typeof fetch);
    expect(out.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(fetchFn.mock.calls.map((c) => c[0])).toEqual([questionModuleUrl('/qd-1/', 'en', 'M4'), '/qd-1/en/M6.json']);
    // A second load is served from memory.
    await loadQuestions('en', { base: '/qd-1/', modules: ['M4'] }, fetchFn as unknown as typeof fetch);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });
  it('rejects on a missing or malformed file, and tries again next time', async () => {
    const bad = vi.fn(async () => new Response('not found', { status: 404 }));
    await expect(loadQuestions('it', { base: '/qd-2/', modules: ['M1'] }, bad as unknown as typeof fetch)).rejects.toThrow(/404/);
    const notList = vi.fn(async () => new Response('{"a":1}'));
    await expect(loadQuestions('it', { base: '/qd-2/', modules: ['M1'] }, notList as unknown as typeof fetch)).rejects.toThrow(/not a list/);
    expect(notList).toHaveBeenCalledTimes(1);
  });
});
