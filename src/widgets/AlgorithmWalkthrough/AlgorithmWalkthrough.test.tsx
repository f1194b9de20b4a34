// @vitest-environment jsdom
import type { ComponentProps } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AlgorithmWalkthrough from './AlgorithmWalkthrough';
import { buildChart } from '../shared/flowchart-geometry';

/** The island with the chart its Astro wrapper lays out at build time. */
const Walk = (props: Omit<ComponentProps<typeof AlgorithmWalkthrough>, 'chart'>) => <AlgorithmWalkthrough chart={buildChart(props.graph, props.lang)} {...props} />;
import { algorithmIds, getAlgorithm } from '../../core/algorithms/registry';
import { allPaths } from '../../core/algorithms/decision-graph';

// The build lays each chart out once (several dagre runs): do it here too, before the timed tests.
beforeAll(() => {
  for (const id of algorithmIds) for (const lang of ['it', 'en'] as const) buildChart(getAlgorithm(id), lang);
}, 60_000);

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const question = () => screen.getByTestId('algo-question');
const recommendation = () => screen.getByTestId('algo-recommendation');
const option = (id: string) => document.querySelector<HTMLButtonElement>(`[data-option="${id}"]`)!;
const node = (id: string) => document.querySelector<SVGGElement>(`.algo-chart [data-node="${id}"]`)!;
const crumbs = () => within(screen.getByTestId('algo-breadcrumbs')).queryAllByRole('button');
const answersOf = () => crumbs().map((c) => c.getAttribute('data-answer'));

/** Tabs forward until the element has focus (at most 40 presses), as a keyboard user would. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, el: Element) {
  for (let i = 0; i < 40 && document.activeElement !== el; i++) await user.tab();
  expect(document.activeElement).toBe(el);
}

describe('the flowchart read as text', () => {
  it('keeps wrapped answer labels apart: a screen reader or a copy reads "dolore meccanico", not "doloremeccanico"', () => {
    for (const id of algorithmIds) {
      cleanup();
      render(<Walk graph={getAlgorithm(id)} lang="it" />);
      const labels = [...document.querySelectorAll('.algo-chart__label text')];
      expect(labels.length, id).toBeGreaterThan(0);
      for (const label of labels) {
        const lines = [...label.querySelectorAll('tspan')].map((t) => (t.textContent ?? '').trim());
        expect(label.textContent, id).toBe(lines.join(' '));
      }
    }
  });
});

describe('AlgorithmWalkthrough', () => {
  it('starts at the first question with its reason and one button per answer', () => {
    render(<Walk lang="en" graph={getAlgorithm('a1-cirse-algorithm')} />);
    expect(question().textContent).toBe('What is the aim of treatment?');
    expect(document.body.textContent).toContain('Why it matters');
    expect([...document.querySelectorAll('[data-option]')].map((b) => b.getAttribute('data-option'))).toEqual(['curative', 'palliative']);
    expect(crumbs()).toHaveLength(0);
    expect(screen.getByTestId('algo-back')).toHaveProperty('disabled', true);
    expect(node('goal').getAttribute('data-state')).toBe('current');
  });

  it('walks a full path by keyboard alone, moving focus to each new heading and announcing it', async () => {
    const user = userEvent.setup();
    render(<Walk lang="en" graph={getAlgorithm('a1-cirse-algorithm')} refLabels={{ gangi2010: { label: 'Gangi 2010', href: '#ref-gangi2010' } }} />);
    await tabTo(user, option('palliative'));
    await user.keyboard('{Enter}');
    expect(question().textContent).toBe('What does the lesion mainly need?');
    expect(document.activeElement).toBe(question());
    expect(screen.getByTestId('algo-announcement').textContent).toBe('Question 2: What does the lesion mainly need?');
    await tabTo(user, option('size-reduction'));
    await user.keyboard(' ');
    expect(document.activeElement).toBe(question());
    await tabTo(user, option('canal'));
    await user.keyboard('{Enter}');
    expect(recommendation().getAttribute('data-node')).toBe('cavitation');
    expect(recommendation().textContent).toBe('Cavitation by radiofrequency ionization (coblation), then cement');
    expect(document.activeElement).toBe(recommendation());
    expect(screen.getByTestId('algo-announcement').textContent).toBe(
      'Recommendation: Cavitation by radiofrequency ionization (coblation), then cement',
    );
    // Explanation, alternatives and sources as short citations.
    expect(document.body.textContent).toContain('Alternatives and additions');
    expect(screen.getByRole('link', { name: 'Gangi 2010' }).getAttribute('href')).toBe('#ref-gangi2010');
    expect(document.querySelector('[data-ref="seed003-encyclopedia"]')?.textContent).toBe('seed003-encyclopedia');
    expect(crumbs().map((c) => c.textContent)).toEqual([
      'Back to question 1 (What is the aim of treatment?), answered: 1Palliative: relieve pain',
      'Back to question 2 (What does the lesion mainly need?), answered: 2Tumour size reduction',
      'Back to question 3 (Where does the tumour to be reduced extend?), answered: 3Into the spinal canal, or debulking is needed',
    ]);
    // The chart highlights the route: nodes and the arrows taken.
    expect(['goal', 'palliative-need', 'size-reduction-extension'].map((id) => node(id).getAttribute('data-state'))).toEqual(['on-path', 'on-path', 'on-path']);
    expect(node('cavitation').getAttribute('data-state')).toBe('current');
    expect(node('cementoplasty').getAttribute('data-state')).toBe('off');
    const taken = [...document.querySelectorAll('path.algo-chart__line.is-on-path')].map((p) => `${p.getAttribute('data-from')}>${p.getAttribute('data-to')}`);
    expect(taken.sort()).toEqual(['goal>palliative-need', 'palliative-need>size-reduction-extension', 'size-reduction-extension>cavitation']);
    expect(document.querySelector('.algo-chart .is-chosen')?.textContent).toBeTruthy();
  });

  it('Back goes one step up and Restart to the first question, both keeping focus on the heading', async () => {
    const user = userEvent.setup();
    render(<Walk lang="it" graph={getAlgorithm('a1-cirse-algorithm')} />);
    await user.click(option('palliative'));
    await user.click(option('consolidation'));
    expect(recommendation().getAttribute('data-node')).toBe('cementoplasty');
    await user.click(screen.getByTestId('algo-back'));
    expect(question().textContent).toBe('Di che cosa ha bisogno soprattutto la lesione?');
    expect(document.activeElement).toBe(question());
    await user.click(option('no-consolidation'));
    expect(recommendation().getAttribute('data-node')).toBe('thermal-or-chemical');
    await user.click(screen.getByTestId('algo-restart'));
    expect(question().textContent).toBe('Qual è lo scopo del trattamento?');
    expect(document.activeElement).toBe(question());
    expect(crumbs()).toHaveLength(0);
    expect(screen.getByTestId('algo-restart')).toHaveProperty('disabled', true);
  });

  it('a breadcrumb goes back to its step', async () => {
    const user = userEvent.setup();
    render(<Walk lang="en" graph={getAlgorithm('a4-noms')} />);
    for (const id of ['high-grade', 'no-deficit', 'radioresistant', 'cannot-tolerate-surgery', 'unstable']) await user.click(option(id));
    expect(recommendation().getAttribute('data-node')).toBe('cement-augmentation--palliative-cebrt--cement-epidural-caution');
    expect(crumbs()).toHaveLength(5);
    await user.click(crumbs()[2]!);
    expect(question().closest('[data-node]')?.getAttribute('data-node')).toBe('oncologic-high-grade-no-deficit');
    expect(crumbs()).toHaveLength(2);
    expect(document.activeElement).toBe(question());
    await user.click(option('radiosensitive'));
    await user.click(option('stable'));
    expect(recommendation().getAttribute('data-node')).toBe('cebrt');
  });

  it('a flowchart box jumps there by click or keyboard: along the current path if it is on it, else the first route', async () => {
    const user = userEvent.setup();
    render(<Walk lang="en" graph={getAlgorithm('a4-noms')} />);
    await user.click(node('mechanical-low-grade-radiosensitive'));
    expect(question().closest('[data-node]')?.getAttribute('data-node')).toBe('mechanical-low-grade-radiosensitive');
    expect(answersOf()).toEqual(['low-grade', 'radiosensitive']);
    expect(document.activeElement).toBe(question());
    // A recommendation by keyboard: the box is focusable and Enter opens it (A4 has too many boxes to Tab through quickly).
    node('separation-surgery-srs').focus();
    await user.keyboard('{Enter}');
    expect(recommendation().getAttribute('data-node')).toBe('separation-surgery-srs');
    expect(answersOf()).toEqual(['high-grade', 'no-deficit', 'radioresistant', 'tolerates-surgery']);
    // The root box is on the current path: back to the start.
    node('neurologic').focus();
    await user.keyboard(' ');
    expect(question().closest('[data-node]')?.getAttribute('data-node')).toBe('neurologic');
    expect(crumbs()).toHaveLength(0);
  });

  it('keeps a shared node on the route the user took', async () => {
    const user = userEvent.setup();
    render(<Walk lang="en" graph={getAlgorithm('a4-noms')} />);
    // Mechanical pain and SINS 13–18 lead to the same systemic question: the route taken is kept.
    for (const id of ['low-grade', 'radiosensitive', 'mechanical-pain', 'cannot-tolerate-surgery']) await user.click(option(id));
    expect(recommendation().getAttribute('data-node')).toBe('cement-augmentation--cebrt');
    await user.click(node('systemic-low-grade-radiosensitive-unstable'));
    expect(answersOf()).toEqual(['low-grade', 'radiosensitive', 'mechanical-pain']);
    expect(node('mechanical-low-grade-radiosensitive').getAttribute('data-state')).toBe('on-path');
  });

  it('of a recommendation drawn once per question, marks the box the walk reached, and each box jumps by its own question', async () => {
    const user = userEvent.setup();
    render(<Walk lang="en" graph={getAlgorithm('a5-ablation-indications-timing')} />);
    const boxes = () => [...document.querySelectorAll<SVGGElement>('.algo-chart [data-node="ablation-alone"]')];
    const states = () => Object.fromEntries(boxes().map((b) => [b.getAttribute('data-via'), b.getAttribute('data-state')]));
    expect(boxes()).toHaveLength(2);
    for (const id of ['refused-rt', 'ablation-only']) await user.click(option(id));
    expect(recommendation().getAttribute('data-node')).toBe('ablation-alone');
    expect(states()).toEqual({ combination: 'off', 'combination-without-rt': 'current' });
    expect(document.querySelectorAll('.algo-chart [aria-current="step"]')).toHaveLength(1);
    // The other copy: the route through its own question ("radiotherapy is still an option").
    await user.click(boxes().find((b) => b.getAttribute('data-via') === 'combination')!);
    expect(answersOf()).toEqual(['radioresistant', 'ablation-only']);
    expect(states()).toEqual({ combination: 'current', 'combination-without-rt': 'off' });
  });

  it('shows how the source was read, and the notes of a recommendation, in both languages', async () => {
    const user = userEvent.setup();
    render(<Walk lang="it" graph={getAlgorithm('a4-noms')} />);
    expect(screen.getByTestId('algo-about').textContent).toContain('Come leggere questo percorso');
    expect(screen.getByTestId('algo-about').textContent).toContain('Laufer e colleghi (2013)');
    for (const id of ['high-grade', 'neurological-deficit', 'radiosensitive', 'stable', 'tolerates-surgery']) await user.click(option(id));
    const notes = screen.getAllByTestId('algo-note');
    expect(notes.map((n) => n.getAttribute('data-note'))).toEqual(['pitfall', 'discrepancy', 'pitfall']);
    expect(notes[0]?.textContent).toMatch(/^Attenzione: Deficit neurologico: trattamento urgente/);
    expect(notes[1]?.textContent).toMatch(/^Le fonti non concordano: /);
    cleanup();
    render(<Walk lang="en" graph={getAlgorithm('a3-bone-metastases-management')} />);
    expect(screen.getByTestId('algo-about').textContent).toContain('without its arrows');

  });

  it('reads the path from the URL and writes every move back (round trip)', async () => {
    window.history.replaceState(null, '', '/en/algorithms/a2-cirse-strategy/?path=no-canal.soft-tissue.fracture-risk');
    const user = userEvent.setup();
    render(<Walk lang="en" graph={getAlgorithm('a2-cirse-strategy')} syncUrl />);
    expect((await screen.findByTestId('algo-question')).closest('[data-node]')?.getAttribute('data-node')).toBe('bone-type');
    expect(screen.queryByTestId('algo-notices')).toBeNull();
    await user.click(option('long'));
    expect(recommendation().getAttribute('data-node')).toBe('ablation-plus-surgery');
    expect(window.location.search).toBe('?path=no-canal.soft-tissue.fracture-risk.long');
    cleanup();
    render(<Walk lang="it" graph={getAlgorithm('a2-cirse-strategy')} syncUrl />);
    expect((await screen.findByTestId('algo-recommendation')).getAttribute('data-node')).toBe('ablation-plus-surgery');
    await user.click(screen.getByTestId('algo-restart'));
    expect(window.location.search).toBe('');
  });

  it('an illegal path shows a visible notice and keeps the valid prefix', async () => {
    window.history.replaceState(null, '', '/en/algorithms/a1-cirse-algorithm/?path=palliative.teleport.canal');
    render(<Walk lang="en" graph={getAlgorithm('a1-cirse-algorithm')} syncUrl />);
    const notices = await screen.findByTestId('algo-notices');
    expect(notices.textContent).toContain('Invalid step 2: "teleport"');
    expect(notices.textContent).toContain('consolidation, no-consolidation, size-reduction');
    expect(question().textContent).toBe('What does the lesion mainly need?');
    expect(window.location.search).toBe('?path=palliative');
    expect(document.activeElement).not.toBe(question());
  });

  it('steps past a recommendation are dropped with a notice', async () => {
    window.history.replaceState(null, '', '/it/algorithms/a1-cirse-algorithm/?path=curative.more');
    render(<Walk lang="it" graph={getAlgorithm('a1-cirse-algorithm')} syncUrl />);
    expect((await screen.findByTestId('algo-notices')).textContent).toContain('passaggi in più ignorati: more');
    expect(recommendation().getAttribute('data-node')).toBe('curative-ablation');
  });

  it('without syncUrl it leaves the URL alone and links to the algorithm page', async () => {
    window.history.replaceState(null, '', '/en/lessons/m15-algorithms/?path=curative');
    const user = userEvent.setup();
    render(<Walk lang="en" graph={getAlgorithm('a1-cirse-algorithm')} />);
    expect(question().textContent).toBe('What is the aim of treatment?');
    await user.click(option('curative'));
    expect(window.location.search).toBe('?path=curative');
    expect(screen.getByRole('link', { name: /own page/ }).getAttribute('href')).toBe('/en/algorithms/a1-cirse-algorithm/?path=curative');
  });

  it('two walkthroughs on one page keep separate ids and state', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Walk lang="en" graph={getAlgorithm('a1-cirse-algorithm')} />
        <Walk lang="en" graph={getAlgorithm('a1-cirse-algorithm')} />
      </>,
    );
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    await user.click(document.querySelectorAll<HTMLButtonElement>('[data-option="curative"]')[0]!);
    expect(screen.getAllByTestId('algo-question')).toHaveLength(1);
    expect(screen.getAllByTestId('algo-recommendation')).toHaveLength(1);
  });

  it('every path of every algorithm reaches its recommendation, in both languages', async () => {
    for (const id of algorithmIds) {
      for (const lang of ['it', 'en'] as const) {
        const user = userEvent.setup();
        const graph = getAlgorithm(id);
        const path = allPaths(graph).at(-1)!;
        render(<Walk lang={lang} graph={getAlgorithm(id)} />);
        for (const answer of path.answers) await user.click(option(answer));
        const rec = graph.nodes[path.recommendation as keyof typeof graph.nodes];
        expect(recommendation().getAttribute('data-node')).toBe(path.recommendation);
        expect(recommendation().textContent).toBe(rec?.kind === 'recommendation' ? rec.title[lang] : '');
        cleanup();
      }
    }
  }, 30_000); // ten full renders with simulated clicks: slow on a busy machine

  it('fits the flowchart to its box by default; zoom steps by keyboard make the box a focusable scroller', async () => {
    const user = userEvent.setup();
    const graph = getAlgorithm('a4-noms');
    const chart = buildChart(graph, 'en');
    render(<AlgorithmWalkthrough lang="en" graph={graph} chart={chart} />);
    const svg = document.querySelector<SVGSVGElement>('svg.algo-chart')!;
    const box = screen.getByTestId('algo-chart-box');
    expect(svg.style.width).toBe('');
    expect(box.getAttribute('tabindex')).toBeNull();
    expect(screen.getByTestId('chart-zoom-level').textContent).toBe('Fit to width');
    expect(screen.getByRole('button', { name: 'Zoom out' })).toHaveProperty('disabled', true);
    await tabTo(user, screen.getByRole('button', { name: 'Zoom in' }));
    await user.keyboard('{Enter}');
    expect(svg.style.width).toBe(`${Math.round(chart.width * 0.5)}px`);
    expect(screen.getByTestId('chart-zoom-level').textContent).toBe('50%');
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('aria-label')).toMatch(/scrolls/);
    await user.click(screen.getByTestId('chart-zoom-toggle'));
    expect(screen.getByTestId('chart-zoom-toggle').textContent).toBe('Full size');
    expect(svg.style.width).toBe('');
    await user.click(screen.getByTestId('chart-zoom-toggle'));
    expect(svg.style.width).toBe(`${chart.width}px`);
    expect(screen.getByTestId('chart-zoom-toggle').textContent).toBe('Fit to width');
  });
});
