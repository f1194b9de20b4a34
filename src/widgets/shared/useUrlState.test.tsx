// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { useUrlState } from './useUrlState';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** A widget whose whole state is one word, kept in the address as `?w=…`. */
function Word() {
  const [word, setWord] = useState('');
  useUrlState(true, (search) => setWord(new URLSearchParams(search).get('w') ?? ''), word ? `?w=${word}` : '');
  return <button onClick={() => setWord('two')}>{word}</button>;
}

describe('a widget keeping its state in the address', () => {
  it('never empties a link it was opened with while it loads it', () => {
    window.history.replaceState(null, '', '/tool/?w=one');
    const written: string[] = [];
    const replace = window.history.replaceState.bind(window.history);
    vi.spyOn(window.history, 'replaceState').mockImplementation((state, unused, url) => {
      written.push(String(url));
      replace(state, unused, url);
    });
    const { getByRole } = render(<Word />);
    expect(getByRole('button').textContent).toBe('one');
    expect(written).toEqual([]);
    expect(window.location.search).toBe('?w=one');
  });

  it('writes each change and announces it, so the print summary can follow', () => {
    window.history.replaceState(null, '', '/tool/?w=one');
    const announced = vi.fn(() => window.location.search);
    window.addEventListener('urlstate', announced);
    const { getByRole } = render(<Word />);
    act(() => getByRole('button').click());
    expect(window.location.search).toBe('?w=two');
    expect(announced).toHaveReturnedWith('?w=two');
    window.removeEventListener('urlstate', announced);
  });
});
