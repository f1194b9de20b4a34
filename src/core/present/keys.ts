/**
 * Keys of the speaker window (the audience window takes its keys from reveal.js) and the PowerPoint habit
 * both windows share: type a slide number, then Enter. Pure, so it is tested without a DOM.
 */
export type KeyAction = 'next' | 'prev' | 'first' | 'last' | 'blank';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const map: Readonly<Record<string, KeyAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  p: 'prev',
  Home: 'first',
  End: 'last',
  b: 'blank',
  '.': 'blank',
};

export function keyAction(e: KeyInput): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === ' ' && e.shiftKey) return 'prev';
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return map[key] ?? null;
}

/**
 * "5", "1" then Enter jumps to slide 15. Digits collect in a buffer (at most 4); Enter with a buffer gives
 * the one-based slide number; any other key empties it.
 */
export function typedJump(buffer: string, key: string): { buffer: string; slide?: number } {
  if (/^[0-9]$/.test(key)) return { buffer: (buffer + key).slice(-4) };
  if (key === 'Enter' && buffer) {
    const n = Number(buffer);
    return n >= 1 ? { buffer: '', slide: n } : { buffer: '' };
  }
  return { buffer: '' };
}
