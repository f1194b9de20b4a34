// How tabs tell each other the progress log changed: a BroadcastChannel, plus a storage event where that is
// missing. Apart from ./progressDb.ts (the writer, with idb) so a page that only shows progress can listen
// without shipping the writer.
import { PROGRESS_KEY } from '../../core/progress/schema';

export const CHANNEL = 'percutanea.progress';
/** Touched after each write so tabs without BroadcastChannel still hear of it (storage event). */
export const PING_KEY = 'percutanea.progress.changed';

/** Calls back when another tab wrote; returns the unsubscribe. */
export function onOtherTabChange(callback: () => void): () => void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => callback();
  } catch {
    channel = null;
  }
  const onStorage = (e: StorageEvent) => {
    if (e.key === PING_KEY || e.key === PROGRESS_KEY || e.key === null) callback();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    channel?.close();
    window.removeEventListener('storage', onStorage);
  };
}
