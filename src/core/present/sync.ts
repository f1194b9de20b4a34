import { isLocale, type Locale } from '../i18n/locales';
import { clampPosition, type Deck, type Position } from './deck';

/**
 * What the audience window and the speaker window share through a BroadcastChannel (same browser, no
 * server): where the deck stands, its language and whether the screen is blanked. Either window can
 * change it; a window that opens later says hello and adopts the first state it hears back.
 */

export interface SharedState extends Position {
  lang: Locale;
  blank: boolean;
}

export type SyncMessage =
  | { v: 1; type: 'hello'; from: string }
  | { v: 1; type: 'state'; from: string; state: SharedState };

export const channelName = (deckId: string) => `percutanea-present:${deckId}`;

export function sameState(a: SharedState, b: SharedState): boolean {
  return a.slide === b.slide && a.fragment === b.fragment && a.lang === b.lang && a.blank === b.blank;
}

/** Validates a message from another window (anything could be posted on the channel); null if unusable. */
export function parseSyncMessage(data: unknown, deck: Deck): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.v !== 1 || typeof m.from !== 'string' || m.from === '') return null;
  if (m.type === 'hello') return { v: 1, type: 'hello', from: m.from };
  if (m.type !== 'state' || typeof m.state !== 'object' || m.state === null) return null;
  const s = m.state as Record<string, unknown>;
  if (typeof s.slide !== 'number' || typeof s.fragment !== 'number' || !isLocale(s.lang) || typeof s.blank !== 'boolean') return null;
  const pos = clampPosition(deck, { slide: s.slide, fragment: s.fragment });
  return { v: 1, type: 'state', from: m.from, state: { ...pos, lang: s.lang, blank: s.blank } };
}
