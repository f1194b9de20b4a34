// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scoreRegistry, sumScoreEntry } from '../../core/scores/registry';
import { sumScoreIn, type SumScoreDefinition } from '../../core/scores/sum-score';
import { sumScoreProblems } from '../../core/scores/sum-score-check';
import SumScoreCalculator from './SumScoreCalculator';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

/**
 * A planted sum score that exists nowhere else: data only (what content/… and src/core/scores/<id>/ would hold
 * for a real one). Registering it and rendering it needs no view, no wrapper and no string of its own.
 */
const toyDefinition: SumScoreDefinition = {
  id: 'toy-frailty',
  name: { it: 'Fragilità (esempio)', en: 'Frailty (example)' },
  description: { it: 'Due voci, da 0 a 3 punti.', en: 'Two items, 0 to 3 points.' },
  refs: ['fisher2010'],
  components: [
    {
      id: 'walk',
      label: { it: 'Cammino', en: 'Walking' },
      help: { it: 'Come cammina il paziente.', en: 'How the patient walks.' },
      options: [{ id: 'alone', points: 0, label: { it: 'Da solo', en: 'Unaided' } }, { id: 'aid', points: 2, label: { it: 'Con ausilio', en: 'With an aid' } }],
    },
    {
      id: 'falls',
      label: { it: 'Cadute', en: 'Falls' },
      help: { it: 'Nell’ultimo anno.', en: 'In the last year.' },
      options: [{ id: 'none', points: 0, label: { it: 'Nessuna', en: 'None' } }, { id: 'some', points: 1, label: { it: 'Almeno una', en: 'At least one' } }],
    },
  ],
  bands: [
    { code: 'robust', min: 0, max: 1, label: { it: 'Robusto', en: 'Robust' }, meaning: { it: 'Nessun limite.', en: 'No limitation.' } },
    { code: 'frail', min: 2, max: 3, label: { it: 'Fragile', en: 'Frail' }, meaning: { it: 'Serve cautela.', en: 'Caution is needed.' } },
  ],
};

// The one registry line a new score adds (here on a copy of the registry, so the real one stays as it is).
const registry = { ...scoreRegistry, 'toy-frailty': sumScoreEntry(toyDefinition) };
const toy = registry['toy-frailty'];

describe('a new sum score from data only', () => {
  it('is sound, and its registry entry evaluates, describes and keeps the URL contract', () => {
    expect(sumScoreProblems(toyDefinition)).toEqual([]);
    expect(toy.name.en).toBe('Frailty (example)');
    expect(toy.tool.evaluate({ walk: 'aid', falls: 'some' })).toMatchObject({ kind: 'result', total: 3, band: 'frail' });
    expect(toy.tool.toQuery({ falls: 'some', walk: 'aid' })).toBe('?walk=aid&falls=some');
    const parsed = toy.tool.parseQuery(new URLSearchParams('walk=aid&falls=often'));
    expect(parsed.input).toEqual({ walk: 'aid' });
    expect(parsed.notices).toMatchObject([{ param: 'falls', value: 'often', reason: 'unknown-value' }]);
    expect(toy.tool.describe({ walk: 'aid' }).outcome).toEqual({ kind: 'incomplete', missing: ['falls'], partialTotal: 2 });
    expect(toy.words.band('frail', 'it')).toBe('Fragile');
  });

  it('renders in the generic calculator: radio groups, then its total, band and meaning', async () => {
    const user = userEvent.setup();
    render(<SumScoreCalculator lang="en" def={sumScoreIn(toy.sumScore, 'en')} />);
    expect(screen.getByRole('region', { name: 'Frailty (example)' })).toBeDefined();
    expect(screen.getByTestId('score-band').getAttribute('data-band')).toBe('incomplete');
    await user.click(screen.getByRole('radio', { name: /With an aid/ }));
    await user.click(screen.getByRole('radio', { name: /At least one/ }));
    expect(screen.getByTestId('score-total').textContent).toBe('3');
    expect(screen.getByTestId('score-band').getAttribute('data-band')).toBe('frail');
    expect(screen.getByTestId('score-band').textContent).toBe('Frail');
    expect(document.body.textContent).toContain('Caution is needed.');
    await user.click(screen.getByRole('radio', { name: /Unaided/ }));
    expect(screen.getByTestId('score-total').textContent).toBe('1');
    expect(screen.getByTestId('score-band').getAttribute('data-band')).toBe('robust');
  });

  it('reads its state from the URL on its page and writes changes back', async () => {
    window.history.replaceState(null, '', '/it/tools/toy-frailty/?walk=alone&falls=some');
    const user = userEvent.setup();
    render(<SumScoreCalculator lang="it" def={sumScoreIn(toy.sumScore, 'it')} syncUrl />);
    expect(await screen.findByText('Robusto')).toBeDefined();
    expect(screen.getByTestId('score-total').textContent).toBe('1');
    await user.click(screen.getByRole('radio', { name: /Con ausilio/ }));
    expect(window.location.search).toBe('?walk=aid&falls=some');
    expect(screen.getByTestId('score-band').getAttribute('data-band')).toBe('frail');
  });
});
