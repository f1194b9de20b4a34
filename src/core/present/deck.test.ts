import { describe, expect, it } from 'vitest';
import {
  chunkItems,
  clampPosition,
  isLastPosition,
  nextPosition,
  partTitle,
  prevPosition,
  slidePosition,
  type Deck,
  type Slide,
} from './deck';

const slide = (id: string, fragments: number): Slide => ({
  id,
  kind: 'decision',
  title: { it: id, en: id },
  blocks: [],
  fragments: Array.from({ length: fragments }, (_, i) => ({ type: 'text', text: { it: `f${i}`, en: `f${i}` } }) as const),
  notes: { it: 'n', en: 'n' },
});
const deck: Deck = { id: 'd', title: { it: 'D', en: 'D' }, slides: [slide('a', 0), slide('b', 2), slide('c', 1)] };

describe('deck navigation', () => {
  it('steps through fragments before moving to the next slide', () => {
    const steps = [{ slide: 0, fragment: 0 }];
    for (let i = 0; i < 6; i++) steps.push(nextPosition(deck, steps.at(-1)!));
    expect(steps).toEqual([
      { slide: 0, fragment: 0 },
      { slide: 1, fragment: 0 },
      { slide: 1, fragment: 1 },
      { slide: 1, fragment: 2 },
      { slide: 2, fragment: 0 },
      { slide: 2, fragment: 1 },
      { slide: 2, fragment: 1 },
    ]);
    expect(isLastPosition(deck, { slide: 2, fragment: 1 })).toBe(true);
    expect(isLastPosition(deck, { slide: 2, fragment: 0 })).toBe(false);
  });

  it('goes back one fragment, or to the previous slide fully revealed', () => {
    expect(prevPosition(deck, { slide: 2, fragment: 1 })).toEqual({ slide: 2, fragment: 0 });
    expect(prevPosition(deck, { slide: 2, fragment: 0 })).toEqual({ slide: 1, fragment: 2 });
    expect(prevPosition(deck, { slide: 1, fragment: 0 })).toEqual({ slide: 0, fragment: 0 });
    expect(prevPosition(deck, { slide: 0, fragment: 0 })).toEqual({ slide: 0, fragment: 0 });
  });

  it('clamps any position into the deck', () => {
    expect(clampPosition(deck, { slide: 99, fragment: 99 })).toEqual({ slide: 2, fragment: 1 });
    expect(clampPosition(deck, { slide: -3, fragment: -1 })).toEqual({ slide: 0, fragment: 0 });
    expect(clampPosition(deck, { slide: Number.NaN, fragment: 1.5 })).toEqual({ slide: 0, fragment: 0 });
    expect(slidePosition(deck, 1)).toEqual({ slide: 1, fragment: 0 });
    const empty: Deck = { id: 'e', title: { it: '', en: '' }, slides: [] };
    expect(nextPosition(empty, { slide: 0, fragment: 0 })).toEqual({ slide: 0, fragment: 0 });
  });


});

describe('chunkItems', () => {
  it('splits by count and by length, never leaving an empty chunk', () => {
    expect(chunkItems([1, 2, 3, 4, 5], () => 1, 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunkItems(['aaaa', 'bb', 'cc', 'dddddd'], (s) => s.length, 10, 5)).toEqual([['aaaa'], ['bb', 'cc'], ['dddddd']]);
    expect(chunkItems([], () => 1)).toEqual([]);
  });

  it('numbers the parts only when there is more than one', () => {
    expect(partTitle({ it: 'Punti', en: 'Points' }, 0, 1)).toEqual({ it: 'Punti', en: 'Points' });
    expect(partTitle({ it: 'Punti', en: 'Points' }, 1, 3)).toEqual({ it: 'Punti (2/3)', en: 'Points (2/3)' });
  });
});
