import { truncateEcho } from '../../core/scores/echo';
import { maxPlaylistItems, playlistKinds, type PlaylistNotice } from '../../core/present/playlist';
import type { T } from './ui-strings';

/**
 * A lecture link's ignored item or parameter in words: core reports it as a code, the page's strings say it
 * (present.ignored.*, passed to the island by the page, so no second language ships in the code). Echoed
 * values are cut, so a very long link cannot stretch the page.
 */
export function playlistNoticeText(notice: PlaylistNotice, t: T): string {
  const raw = 'raw' in notice ? truncateEcho(notice.raw) : '';
  switch (notice.reason) {
    case 'malformed':
      return t('present.ignored.malformed', { raw });
    case 'unknown-kind':
      return t('present.ignored.unknownKind', { raw, kind: truncateEcho(notice.kind), kinds: playlistKinds.join(', ') });
    case 'unknown-id':
      return t('present.ignored.unknownId', { raw, kind: notice.kind, id: truncateEcho(notice.id) });
    case 'duplicate':
      return t('present.ignored.duplicate', { raw });
    case 'too-many':
      return t('present.ignored.tooMany', { raw, max: maxPlaylistItems });
    case 'repeated-param':
      return t('present.ignored.repeatedParam', { param: truncateEcho(notice.param), value: truncateEcho(notice.value) });
    case 'unknown-param':
      return t('present.ignored.unknownParam', { param: truncateEcho(notice.param) });
  }
}
