/**
 * The presenter's keyboard map, reveal.js-like and clicker friendly: presentation remotes send PageUp /
 * PageDown (some also "b" or "." for a blank screen, and Escape / F5). Pure, so it is tested without a DOM.
 */
export type KeyAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'overview'
  | 'goto'
  | 'blank'
  | 'speaker'
  | 'help';

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
  f: 'fullscreen',
  o: 'overview',
  Escape: 'overview',
  g: 'goto',
  b: 'blank',
  '.': 'blank',
  s: 'speaker',
  '?': 'help',
};

export function keyAction(e: KeyInput): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === ' ' && e.shiftKey) return 'prev';
  const key = e.key.length === 1 && e.key !== '?' ? e.key.toLowerCase() : e.key;
  return map[key] ?? null;
}

/** The keys listed in the help dialog, per action (display form). */
export const keyHelp: readonly { action: KeyAction; keys: readonly string[] }[] = [
  { action: 'next', keys: ['→', '↓', 'Space', 'Page Down', 'N'] },
  { action: 'prev', keys: ['←', '↑', 'Shift+Space', 'Page Up', 'P'] },
  { action: 'first', keys: ['Home'] },
  { action: 'last', keys: ['End'] },
  { action: 'fullscreen', keys: ['F'] },
  { action: 'overview', keys: ['O', 'Esc'] },
  { action: 'goto', keys: ['G'] },
  { action: 'blank', keys: ['B', '.'] },
  { action: 'speaker', keys: ['S'] },
  { action: 'help', keys: ['?'] },
];
