import { describe, expect, it } from 'vitest';
import { keyAction, typedJump } from './keys';

describe('speaker keys', () => {
  it('maps clicker keys', () => {
    expect(keyAction({ key: 'PageDown' })).toBe('next');
    expect(keyAction({ key: 'PageUp' })).toBe('prev');
    expect(keyAction({ key: ' ' })).toBe('next');
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('prev');
    expect(keyAction({ key: 'B' })).toBe('blank');
    expect(keyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'x' })).toBeNull();
  });
});

describe('typed slide number + Enter', () => {
  const type = (keys: string[]) => {
    let buffer = '';
    let slide: number | undefined;
    for (const k of keys) ({ buffer, slide } = typedJump(buffer, k));
    return slide;
  };
  it('jumps to the number typed', () => {
    expect(type(['5', 'Enter'])).toBe(5);
    expect(type(['1', '0', 'Enter'])).toBe(10);
  });
  it('ignores Enter alone, zero, and digits interrupted by another key', () => {
    expect(type(['Enter'])).toBeUndefined();
    expect(type(['0', 'Enter'])).toBeUndefined();
    expect(type(['1', 'ArrowRight', 'Enter'])).toBeUndefined();
  });
});
