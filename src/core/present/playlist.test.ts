import { describe, expect, it } from 'vitest';
import {
  builderHref,
  deckHref,
  deckKey,
  maxPlaylistItems,
  parsePlaylistItems,
  parsePlaylistQuery,
  lectureQueryString,
  parseLectureQuery,
  playlistHref,
  playlistQueryString,
  serializePlaylist,
  type PlaylistCatalog,
  type PlaylistItem,
} from './playlist';

const catalog: PlaylistCatalog = {
  case: ['sins-t11', 'cryo-l5'],
  lesson: ['m06-vertebroplasty', 'm04-scores'],
  algorithm: ['a4-noms'],
};

const example = 'case:sins-t11,algorithm:a4-noms,lesson:m06-vertebroplasty';

describe('playlist encoding', () => {
  it('parses the documented example in order', () => {
    expect(parsePlaylistQuery(`?items=${example}`, catalog)).toEqual({
      items: [
        { kind: 'case', id: 'sins-t11' },
        { kind: 'algorithm', id: 'a4-noms' },
        { kind: 'lesson', id: 'm06-vertebroplasty' },
      ],
      notices: [],
    });
  });

  it('round-trips: serialize(parse(x)) = x, and parse(serialize(items)) = items', () => {
    const { items } = parsePlaylistItems(example, catalog);
    expect(serializePlaylist(items)).toBe(example);
    expect(playlistQueryString(items)).toBe(`?items=${example}`);
    const shuffled: PlaylistItem[] = [items[2]!, items[0]!, items[1]!];
    expect(parsePlaylistQuery(playlistQueryString(shuffled), catalog).items).toEqual(shuffled);
    // Also when a browser or a mail client percent-encodes the separators.
    expect(parsePlaylistQuery(`?items=${encodeURIComponent(example)}`, catalog).items).toEqual(items);
  });

  it('builds the page links', () => {
    const items = parsePlaylistItems(example, catalog).items;
    expect(playlistHref('it', items)).toBe(`/it/present/playlist/?items=${example}`);
    expect(builderHref('en', items)).toBe(`/en/present/?items=${example}`);
    expect(builderHref('en', [])).toBe('/en/present/');
    expect(deckHref('it', { kind: 'case', id: 'sins-t11' })).toBe('/it/present/sins-t11/');
    expect(deckHref('en', { kind: 'lesson', id: 'm04-scores' })).toBe('/en/present/lesson/m04-scores/');
    expect(deckHref('en', { kind: 'algorithm', id: 'a4-noms' })).toBe('/en/present/algorithm/a4-noms/');
    expect(deckKey({ kind: 'algorithm', id: 'a4-noms' })).toBe('algorithm-a4-noms');
  });

  it('tolerates spaces, plus signs and capitals', () => {
    expect(parsePlaylistQuery('?items=case:sins-t11+Lesson:M04-scores', catalog).items).toEqual([
      { kind: 'case', id: 'sins-t11' },
      { kind: 'lesson', id: 'm04-scores' },
    ]);
    expect(parsePlaylistItems(' case:cryo-l5 , ,', catalog).items).toEqual([{ kind: 'case', id: 'cryo-l5' }]);
    expect(parsePlaylistItems(null, catalog)).toEqual({ items: [], notices: [] });
    expect(parsePlaylistQuery('?view=speaker', catalog)).toEqual({ items: [], notices: [] });
  });

  it('turns illegal items into notices and keeps the rest', () => {
    const { items, notices } = parsePlaylistItems('case:nope,video:x,sins-t11,case:sins-t11,case:sins-t11,algorithm:a4-noms', catalog);
    expect(items).toEqual([
      { kind: 'case', id: 'sins-t11' },
      { kind: 'algorithm', id: 'a4-noms' },
    ]);
    expect(notices).toEqual([
      { reason: 'unknown-id', raw: 'case:nope', kind: 'case', id: 'nope' },
      { reason: 'unknown-kind', raw: 'video:x', kind: 'video' },
      { reason: 'malformed', raw: 'sins-t11' },
      { reason: 'duplicate', raw: 'case:sins-t11' },
    ]);
  });

  it('caps the length of a lecture', () => {
    const many = { case: Array.from({ length: 50 }, (_, i) => `c${i}`), lesson: [], algorithm: [] };
    const { items, notices } = parsePlaylistItems(many.case.map((c) => `case:${c}`).join(','), many);
    expect(items.length).toBe(maxPlaylistItems);
    expect(notices.length).toBe(50 - maxPlaylistItems);
    expect(notices[0]?.reason).toBe('too-many');
  });
});

describe('lecture settings in the address', () => {
  it('reads the title and the skipped slides, ignoring anything malformed', () => {
    const r = parseLectureQuery('?items=case:sins-t11&title=Vertebroplastica%20oggi&skip=case:sins-t11/imaging,bogus,lesson:m06-vertebroplasty/objectives');
    expect(r.title).toBe('Vertebroplastica oggi');
    expect([...r.skip]).toEqual(['case:sins-t11/imaging', 'lesson:m06-vertebroplasty/objectives']);
    expect(lectureQueryString([{ kind: 'case', id: 'sins-t11' }, { kind: 'own', id: 'abcd1234' }], 'T', new Set(['case:sins-t11/imaging']))).toBe('?items=case:sins-t11,own:abcd1234&title=T&skip=case:sins-t11/imaging');
  });
  it('accepts own slides by id, checked later against the browser storage', () => {
    const r = parsePlaylistItems('own:abcd1234,own:../x', { case: [], lesson: [], algorithm: [] });
    expect(r.items).toEqual([{ kind: 'own', id: 'abcd1234' }]);
    expect(r.notices).toHaveLength(1);
  });
});

describe('playlist address notices', () => {
  it('names repeated and unknown parameters, keeping the first value of a repeated one', () => {
    const { items, notices } = parsePlaylistQuery('?items=case:sins-t11&items=case:cryo-l5&utm_source=mail&view=speaker&title=A&title=B', catalog);
    expect(items).toEqual([{ kind: 'case', id: 'sins-t11' }]);
    expect(notices).toEqual([
      { reason: 'repeated-param', param: 'items', value: 'case:cryo-l5' },
      { reason: 'unknown-param', param: 'utm_source' },
      { reason: 'repeated-param', param: 'title', value: 'B' },
    ]);
  });

  it('accepts every parameter the lecture pages use without a notice', () => {
    const { notices } = parsePlaylistQuery('?items=case:sins-t11&title=T&skip=case:sins-t11/imaging&view=speaker&print=grid&notes=1&answers=0&print-pdf', catalog);
    expect(notices).toEqual([]);
  });

});
