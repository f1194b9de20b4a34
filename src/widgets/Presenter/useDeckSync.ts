import { useCallback, useEffect, useRef } from 'react';
import type { Deck } from '../../core/present/deck';
import { channelName, parseSyncMessage, type SharedState, type SyncMessage } from '../../core/present/sync';

/**
 * Keeps the windows presenting one deck in step through a BroadcastChannel (same browser, no server).
 * Only deliberate changes are posted (the returned `post`), never state that arrived from another window,
 * so two windows cannot echo each other forever. A new window says hello; the others answer with their
 * state, which the newcomer adopts.
 */
export function useDeckSync(deck: Deck, current: () => SharedState, apply: (s: SharedState) => void): (s: SharedState) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const self = useRef('');
  const currentRef = useRef(current);
  const applyRef = useRef(apply);
  currentRef.current = current;
  applyRef.current = apply;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    if (!self.current) self.current = Math.random().toString(36).slice(2) + Date.now().toString(36);
    const ch = new BroadcastChannel(channelName(deck.id));
    channel.current = ch;
    const send = (m: SyncMessage) => ch.postMessage(m);
    ch.onmessage = (e: MessageEvent) => {
      const m = parseSyncMessage(e.data, deck);
      if (!m || m.from === self.current) return;
      if (m.type === 'hello') send({ v: 1, type: 'state', from: self.current, state: currentRef.current() });
      else applyRef.current(m.state);
    };
    send({ v: 1, type: 'hello', from: self.current });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [deck]);

  return useCallback((state: SharedState) => {
    channel.current?.postMessage({ v: 1, type: 'state', from: self.current, state } satisfies SyncMessage);
  }, []);
}
