// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { gradeAnswer, type Graded } from '../../../core/quiz/grade';
import type { QuizQuestion } from '../../../core/quiz/question';
import { FeedbackPanel } from './FeedbackPanel';
import { QuestionView, type Draft } from './QuestionView';

afterEach(cleanup);

const source = [{ kind: 'ref' as const, label: 'Gangi 2010', href: '/en/references/#gangi2010' }];
const single: QuizQuestion = {
  id: 'm01-q',
  module: 'M1',
  type: 'single',
  stem: 'Pick the fourth letter.',
  explanation: 'D is fourth.',
  sources: source,
  options: ['A', 'B', 'C', 'D', 'E', 'F'].map((text, i) => ({ id: 'abcdef'[i]!, text })),
  correct: 'd',
};
const shown = () => screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value).join('');

function Harness({ question, seed, graded }: { question: QuizQuestion; seed: string; graded?: Graded }) {
  const [draft, setDraft] = useState<Draft>(undefined);
  return <QuestionView question={question} lang="en" idPrefix="t" seed={seed} draft={draft} onDraft={setDraft} graded={graded} />;
}

describe('QuestionView', () => {
  it('shows the options in an order fixed by the seed, and a new seed gives a new order', () => {
    const { rerender } = render(<Harness question={single} seed="attempt-1" />);
    const first = shown();
    expect([...first].sort().join('')).toBe('abcdef');
    rerender(<Harness question={single} seed="attempt-1" />);
    expect(shown()).toBe(first);
    const orders = new Set<string>();
    for (let i = 0; i < 20; i++) {
      cleanup();
      render(<Harness question={single} seed={`attempt-${i}`} />);
      orders.add(shown());
    }
    expect(orders.size).toBeGreaterThan(10);
  });

  it('hands over the option id whatever position it was shown in', async () => {
    let last: Draft;
    const user = userEvent.setup();
    render(<QuestionView question={single} lang="en" idPrefix="t" seed="x" draft={undefined} onDraft={(d) => (last = d)} />);
    await user.click(screen.getByRole('radio', { name: 'D' }));
    expect(last).toBe('d');
  });

  it('after grading: inputs locked, the right option and the own wrong pick named in words', () => {
    const graded = gradeAnswer(single, 'b') as Graded;
    render(<Harness question={single} seed="x" graded={graded} />);
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true);
    const b = screen.getByRole('radio', { name: /^B/ }).closest('label')!;
    const d = screen.getByRole('radio', { name: /^D/ }).closest('label')!;
    expect((screen.getByRole('radio', { name: /^B/ }) as HTMLInputElement).checked).toBe(true);
    expect(b.textContent).toContain('your answer — wrong');
    expect(d.textContent).toContain('correct answer');
    expect(d.className).toContain('is-right');
  });

  it('multiple choice toggles ids; numeric keeps the typed text and names its unit', async () => {
    const user = userEvent.setup();
    const multiple: QuizQuestion = { ...single, type: 'multiple', correct: ['a', 'c'] } as QuizQuestion;
    const drafts: Draft[] = [];
    function Multi() {
      const [draft, setDraft] = useState<Draft>(undefined);
      return <QuestionView question={multiple} lang="en" idPrefix="m" seed="s" draft={draft} onDraft={(d) => { drafts.push(d); setDraft(d); }} />;
    }
    render(<Multi />);
    await user.click(screen.getByRole('checkbox', { name: 'C' }));
    await user.click(screen.getByRole('checkbox', { name: 'A' }));
    await user.click(screen.getByRole('checkbox', { name: 'C' }));
    expect(drafts).toEqual([['c'], ['a', 'c'], ['a']]);
    cleanup();
    const numeric: QuizQuestion = { id: 'm04-n', module: 'M4', type: 'numeric', stem: 'How many?', explanation: '', sources: [], correct: 8, tolerance: 0, unit: 'points' };
    render(<Harness question={numeric} seed="s" />);
    const input = screen.getByLabelText('Your answer (points)');
    await user.type(input, '8,');
    expect((input as HTMLInputElement).value).toBe('8,');
    expect(gradeAnswer(numeric, '8,')).toMatchObject({ kind: 'graded', correct: true });
  });

  it('the feedback names the verdict, the right answer by its text, and the source', () => {
    render(<FeedbackPanel question={single} lang="it" result={gradeAnswer(single, 'a') as Graded} showGiven />);
    const panel = screen.getByTestId('feedback');
    expect(panel.getAttribute('data-verdict')).toBe('wrong');
    expect(screen.getByTestId('expected-answer').textContent).toBe('Risposta esatta: D');
    expect(screen.getByTestId('given-answer').textContent).toBe('La tua risposta: A');
    expect(within(panel).getByRole('link', { name: 'Gangi 2010' }).getAttribute('href')).toBe('/en/references/#gangi2010');
  });
});
