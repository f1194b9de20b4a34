import type { Locale } from '../i18n/locales';

/**
 * A lecture made of several decks, whose composition lives in the URL:
 * `/{lang}/present/playlist/?items=case:sins-t11,algorithm:a4-noms,lesson:m06-vertebroplasty`.
 * Parsing is tolerant: anything it cannot use becomes a notice the page shows, never an error.
 */

export const playlistKinds = ['case', 'lesson', 'algorithm'] as const;
export type PlaylistKind = (typeof playlistKinds)[number];

/** The site's decks, plus `own`: a slide the lecturer wrote, kept in this browser (own-lecture.ts). */
export interface PlaylistItem {
  kind: PlaylistKind | 'own';
  id: string;
}

/** The ids that exist, per kind (cases, lesson slugs, algorithm ids). */
export type PlaylistCatalog = Readonly<Record<PlaylistKind, readonly string[]>>;

export type PlaylistNotice =
  | { reason: 'malformed'; raw: string }
  | { reason: 'unknown-kind'; raw: string; kind: string }
  | { reason: 'unknown-id'; raw: string; kind: PlaylistKind; id: string }
  | { reason: 'duplicate'; raw: string }
  | { reason: 'too-many'; raw: string }
  /** `?items=…&items=…`: the first one is used, as calculators keep the first value of a repeated key. */
  | { reason: 'repeated-param'; param: string; value: string }
  | { reason: 'unknown-param'; param: string };

/**
 * What the lecture pages read from the address: the lecture (items, title, skip) and the presenter's own
 * switches (speaker window, handouts, reveal.js's print view). Anything else is named in a notice.
 */
export const lectureParams = ['items', 'title', 'skip', 'view', 'print', 'notes', 'answers', 'print-pdf'] as const;

/** Repeated and unknown parameters of a lecture's address, in the order they appear. */
export function lectureQueryNotices(search: string): PlaylistNotice[] {
  const notices: PlaylistNotice[] = [];
  const seen = new Set<string>();
  for (const [param, value] of new URLSearchParams(search)) {
    if (!(lectureParams as readonly string[]).includes(param)) notices.push({ reason: 'unknown-param', param });
    else if (seen.has(param)) notices.push({ reason: 'repeated-param', param, value });
    seen.add(param);
  }
  return notices;
}

/** More than this is not a lecture but a mistake (and a very long page of fetches). */
export const maxPlaylistItems = 40;

const isKind = (k: string): k is PlaylistKind => (playlistKinds as readonly string[]).includes(k);

/** Reads the value of `items` (already URL-decoded). */
export function parsePlaylistItems(value: string | null | undefined, catalog: PlaylistCatalog): { items: PlaylistItem[]; notices: PlaylistNotice[] } {
  const items: PlaylistItem[] = [];
  const notices: PlaylistNotice[] = [];
  const seen = new Set<string>();
  const tokens = (value ?? '').split(/[,\s]+/).map((t) => t.trim()).filter(Boolean);
  for (const raw of tokens) {
    const m = /^([^:]+):(.+)$/.exec(raw);
    if (!m) {
      notices.push({ reason: 'malformed', raw });
      continue;
    }
    const kind = (m[1] ?? '').toLowerCase();
    const id = (m[2] ?? '').toLowerCase();
    if (kind === 'own') {
      // Own slides live in the browser: existence is checked when they are loaded.
      if (!/^[a-z0-9]{4,24}$/.test(id)) {
        notices.push({ reason: 'malformed', raw });
        continue;
      }
      const key = `own:${id}`;
      if (seen.has(key)) notices.push({ reason: 'duplicate', raw });
      else if (items.length >= maxPlaylistItems) notices.push({ reason: 'too-many', raw });
      else {
        seen.add(key);
        items.push({ kind: 'own', id });
      }
      continue;
    }
    if (!isKind(kind)) {
      notices.push({ reason: 'unknown-kind', raw, kind });
      continue;
    }
    if (!catalog[kind].includes(id)) {
      notices.push({ reason: 'unknown-id', raw, kind, id });
      continue;
    }
    const key = `${kind}:${id}`;
    if (seen.has(key)) {
      notices.push({ reason: 'duplicate', raw });
      continue;
    }
    if (items.length >= maxPlaylistItems) {
      notices.push({ reason: 'too-many', raw });
      continue;
    }
    seen.add(key);
    items.push({ kind, id });
  }
  return { items, notices };
}

/**
 * Reads a whole query string (`?items=…&view=speaker`): the items (the first `items` when repeated), with
 * notices for items it cannot use and for repeated or unknown parameters.
 */
export function parsePlaylistQuery(search: string, catalog: PlaylistCatalog): { items: PlaylistItem[]; notices: PlaylistNotice[] } {
  const parsed = parsePlaylistItems(new URLSearchParams(search).get('items'), catalog);
  return { items: parsed.items, notices: [...parsed.notices, ...lectureQueryNotices(search)] };
}

export function serializePlaylist(items: readonly PlaylistItem[]): string {
  return items.map((i) => `${i.kind}:${i.id}`).join(',');
}

/** `?items=…` written readably: kinds and ids are kebab-case, and ':' and ',' are legal in a query. */
export function playlistQueryString(items: readonly PlaylistItem[]): string {
  return items.length ? `?items=${serializePlaylist(items)}` : '';
}

export const playlistHref = (lang: Locale, items: readonly PlaylistItem[]) => `/${lang}/present/playlist/${playlistQueryString(items)}`;
export const builderHref = (lang: Locale, items: readonly PlaylistItem[]) => `/${lang}/present/${playlistQueryString(items)}`;

/** The lecture's own settings in the address: `title=…` and `skip=case:sins-t11/imaging,…`. */
export function parseLectureQuery(search: string): { title: string; skip: Set<string> } {
  const p = new URLSearchParams(search);
  const title = (p.get('title') ?? '').trim().slice(0, 200);
  const skip = new Set((p.get('skip') ?? '').split(',').map((s) => s.trim()).filter((s) => /^(case|lesson|algorithm):[a-z0-9-]+\/[a-z0-9/-]+$/.test(s)));
  return { title, skip };
}

/** The query of a whole lecture: items, then title and skipped slides when there are any. */
export function lectureQueryString(items: readonly PlaylistItem[], title: string, skip: ReadonlySet<string>): string {
  const base = playlistQueryString(items);
  if (!base) return '';
  const extra = [title.trim() ? `title=${encodeURIComponent(title.trim())}` : '', skip.size ? `skip=${[...skip].join(',')}` : ''].filter(Boolean);
  return extra.length ? `${base}&${extra.join('&')}` : base;
}

/** The path of one deck when presented on its own. */
export function deckHref(lang: Locale, item: PlaylistItem): string {
  if (item.kind === 'case') return `/${lang}/present/${item.id}/`;
  return `/${lang}/present/${item.kind}/${item.id}/`;
}

/** File name of a deck's JSON (fetched by the playlist page): `case-sins-t11`. */
export const deckKey = (item: PlaylistItem) => `${item.kind}-${item.id}`;
