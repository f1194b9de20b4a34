import { describe, expect, it } from 'vitest';
import { parsePlaylistItems, parsePlaylistQuery } from '../../core/present/playlist';
import { getT } from './ui-strings';
import { playlistNoticeText } from './playlist-notices';

const catalog = { case: ['sins-t11', 'cryo-l5'], lesson: ['m06-vertebroplasty'], algorithm: ['a4-noms'] };

describe('a lecture link\'s notices in words', () => {
  it('name each ignored item in the page language, echoing what was typed', () => {
    const { notices } = parsePlaylistItems('case:nope,video:x,sins-t11,case:sins-t11,case:sins-t11', catalog);
    expect(playlistNoticeText(notices[0]!, getT('en'))).toBe('Ignored item: "case:nope" (no case with id "nope")');
    expect(playlistNoticeText(notices[1]!, getT('it'))).toContain('tipo «video» sconosciuto; tipi ammessi: case, lesson, algorithm');
    for (const n of notices) for (const lang of ['it', 'en'] as const) if ('raw' in n) expect(playlistNoticeText(n, getT(lang))).toContain(n.raw);
  });

  it('name repeated and unknown parameters', () => {
    const { notices } = parsePlaylistQuery('?items=case:sins-t11&items=case:cryo-l5&utm_source=mail', catalog);
    expect(playlistNoticeText(notices[0]!, getT('en'))).toBe('Repeated parameter ignored: items=case:cryo-l5 (the first value is used)');
    expect(playlistNoticeText(notices[1]!, getT('it'))).toBe('Parametro sconosciuto ignorato: utm_source');
  });

  it('say the cap of a lecture', () => {
    const many = { case: Array.from({ length: 41 }, (_, i) => `c${i}`), lesson: [], algorithm: [] };
    const { notices } = parsePlaylistItems(many.case.map((c) => `case:${c}`).join(','), many);
    expect(playlistNoticeText(notices[0]!, getT('en'))).toBe('Ignored item: "case:c40" (at most 40 items)');
  });

  it('cut long echoed values', () => {
    const long = 'x'.repeat(5000);
    const { notices } = parsePlaylistQuery(`?items=case:${long}&${long}=1&items=${long}`, catalog);
    const texts = notices.map((n) => playlistNoticeText(n, getT('en')));
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t.length).toBeLessThan(300);
    expect(texts[0]).toContain('…');
  });
});
