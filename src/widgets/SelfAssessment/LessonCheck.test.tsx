// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LessonCheck from './LessonCheck';
import { testBank } from './test-bank';
import { loadStore } from '../shared/useProgress';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('LessonCheck as a section "check yourself" block', () => {
  it('two blocks on one page grade on their own and both feed the same review deck', async () => {
    const user = userEvent.setup();
    const [single, multiple] = testBank('en');
    render(
      <>
        <section data-testid="block-1"><LessonCheck lang="en" questions={[single!]} /></section>
        <section data-testid="block-2"><LessonCheck lang="en" questions={[multiple!]} /></section>
      </>,
    );
    const one = within(screen.getByTestId('block-1'));
    const two = within(screen.getByTestId('block-2'));
    await waitFor(() => expect(document.querySelectorAll('[data-hydrated="true"]')).toHaveLength(2));
    await user.click(one.getByRole('radio', { name: 'B' }));
    await user.click(one.getByTestId('lesson-check-submit'));
    expect(one.getByTestId('feedback').getAttribute('data-verdict')).toBe('right');
    expect(two.queryByTestId('feedback')).toBeNull();
    await user.click(two.getByRole('checkbox', { name: 'A' }));
    await user.click(two.getByTestId('lesson-check-submit'));
    expect(two.getByTestId('feedback').getAttribute('data-verdict')).not.toBe('right');
    await waitFor(async () => expect(Object.keys((await loadStore()).state.reviewCards).sort()).toEqual(['m01-single', 'm02-multiple']));
  });
});
