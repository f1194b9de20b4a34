import { describe, expect, it } from 'vitest';
import { keyAction, keyHelp } from './keys';

describe('keyAction', () => {
  it('moves forward with arrows, space, PageDown (clickers) and N', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N']) expect(keyAction({ key }), key).toBe('next');
  });

  it('moves back with arrows, Shift+Space, PageUp and P', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p']) expect(keyAction({ key }), key).toBe('prev');
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('prev');
  });

  it('maps the presenter keys, upper or lower case', () => {
    expect(keyAction({ key: 'F' })).toBe('fullscreen');
    expect(keyAction({ key: 'o' })).toBe('overview');
    expect(keyAction({ key: 'Escape' })).toBe('overview');
    expect(keyAction({ key: 'G' })).toBe('goto');
    expect(keyAction({ key: 'b' })).toBe('blank');
    expect(keyAction({ key: '.' })).toBe('blank');
    expect(keyAction({ key: 's' })).toBe('speaker');
    expect(keyAction({ key: '?', shiftKey: true })).toBe('help');
    expect(keyAction({ key: 'Home' })).toBe('first');
    expect(keyAction({ key: 'End' })).toBe('last');
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(keyAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyAction({ key: 'r', metaKey: true })).toBeNull();
    expect(keyAction({ key: 'x' })).toBeNull();
    expect(keyAction({ key: 'Tab' })).toBeNull();
    expect(keyAction({ key: 'Enter' })).toBeNull();
  });

  it('documents every action in the help', () => {
    expect(new Set(keyHelp.map((k) => k.action)).size).toBe(keyHelp.length);
    for (const { keys } of keyHelp) expect(keys.length).toBeGreaterThan(0);
  });
});
