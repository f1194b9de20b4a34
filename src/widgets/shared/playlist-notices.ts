import { truncateEcho } from '../../core/scores/echo';
import { maxPlaylistItems, playlistKinds, type PlaylistNotice } from '../../core/present/playlist';
import type { T, UiKey } from './ui-strings';

const keys: Record<PlaylistNotice['reason'], UiKey> = {
  malformed: 'present.ignored.malformed',
  'unknown-kind': 'present.ignored.unknownKind',
  'unknown-id': 'present.ignored.unknownId',
  duplicate: 'present.ignored.duplicate',
  'too-many': 'present.ignored.tooMany',
  'repeated-param': 'present.ignored.repeatedParam',
  'unknown-param': 'present.ignored.unknownParam',
};

/**
 * A lecture link's ignored item or parameter in words: core reports it as a code, the page's strings say it
 * (present.ignored.*, passed to the island by the page, so no second language ships in the code). Echoed
 * values are cut, so a very long link cannot stretch the page.
 */
export function playlistNoticeText(notice: PlaylistNotice, t: T): string {
  const echo = (key: string) => truncateEcho(String((notice as Record<string, unknown>)[key] ?? ''));
  return t(keys[notice.reason], {
    raw: echo('raw'), kind: echo('kind'), id: echo('id'), param: echo('param'), value: echo('value'),
    kinds: playlistKinds.join(', '), max: maxPlaylistItems,
  });
}
