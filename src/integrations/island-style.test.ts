import { describe, expect, it } from 'vitest';
import { moveIslandStyleToHead } from './island-style';

const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('island stylesheet', () => {
  it('moves from <body> into <head>, once', () => {
    const out = moveIslandStyleToHead(`<html><head><title>x</title></head><body><article>${style}<astro-island></astro-island>${style}</article></body></html>`);
    expect(out).toBe(`<html><head><title>x</title>${style}</head><body><article><astro-island></astro-island></article></body></html>`);
  });
  it('leaves a page without islands alone', () => {
    const html = '<html><head></head><body><p>x</p></body></html>';
    expect(moveIslandStyleToHead(html)).toBe(html);
  });
});
