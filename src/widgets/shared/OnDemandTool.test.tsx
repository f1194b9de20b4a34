// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sinsNextTexts } from '../../core/scores/sins/mechanical-indication';
import { sinsDefinition } from '../../core/scores/sins/sins-definition';
import { sumScoreIn } from '../../core/scores/sum-score';
import SinsCalculatorOnDemand from '../SumScoreCalculator/SinsCalculatorOnDemand';
import { OnDemandTool } from './OnDemandTool';

afterEach(cleanup);

describe('a score tool loaded when a lesson reader opens it', () => {
  it('is a button until pressed, then the tool itself, with focus on it', async () => {
    render(<SinsCalculatorOnDemand openLabel="Open the SINS tool" failedLabel="Could not load" lang="en" def={sumScoreIn(sinsDefinition, 'en')} nextTexts={sinsNextTexts('en')} compact />);
    expect(screen.queryByTestId('score-band')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Open the SINS tool' }));
    await waitFor(() => expect(screen.getByTestId('score-band')).toHaveProperty('dataset.band', 'incomplete'));
    expect(screen.queryByRole('button', { name: 'Open the SINS tool' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('on-demand-tool'));
    expect(document.querySelector('.calc--compact')).not.toBeNull();
  });

  it('says so when the code cannot be loaded, and lets the reader try again', async () => {
    let attempts = 0;
    const load = () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: ({ word }: { word: string }) => <p>{word}</p> }));
    render(<OnDemandTool label="Open" failedLabel="Could not load" load={load} props={{ word: 'loaded' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Could not load');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('loaded')).toBeTruthy();
  });
});
