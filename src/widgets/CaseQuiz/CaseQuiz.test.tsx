// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CaseQuiz from './CaseQuiz';
import LastScore from './LastScore';
import { testCourse } from '../../lib/test-content';
import { caseQuizData, type CaseQuizData } from '../../core/cases/case-quiz-data';
import type { QuizQuestion } from '../../core/quiz/question';
import { loadStore } from '../shared/useProgress';
import { caseSnapshotKey } from '../../core/quiz/case-snapshot';

// Whole sessions played click by click: slow on a loaded machine, not hung.
vi.setConfig({ testTimeout: 30_000 });

type User = ReturnType<typeof userEvent.setup>;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  vi.useRealTimers();
});

const label = (id: string) => (id === 'fisher2010' ? 'Fisher 2010' : id);
const data = (id: string, lang: 'it' | 'en') => caseQuizData(testCourse().caseById.get(id)!, lang, label);
const NOW = Date.UTC(2025, 0, 15);
/** What the progress log (IndexedDB) holds now, folded. */
const stored = async () => (await loadStore()).state;

const next = () => screen.getByTestId('quiz-next');
const lastQuestion = () => screen.getAllByTestId('quiz-question').at(-1)!;
const lastFeedback = () => screen.getAllByTestId('quiz-feedback').at(-1)!;

/** Answers the question on screen right or wrong, choosing options by id (whatever order they are shown in). */
async function answer(user: User, q: QuizQuestion, right: boolean) {
  const card = lastQuestion();
  if (q.type === 'numeric') await user.type(within(card).getByTestId('numeric-answer'), String(right ? q.correct : q.correct + 1));
  else if (q.type === 'single') {
    const radios = within(card).getAllByRole('radio') as HTMLInputElement[];
    await user.click(radios.find((r) => (r.value === q.correct) === right)!);
  } else {
    const boxes = within(card).getAllByRole('checkbox') as HTMLInputElement[];
    for (const b of boxes.filter((b) => q.correct.includes(b.value) === right)) await user.click(b);
  }
  await user.click(within(card).getByTestId('quiz-submit'));
}

/** Plays the whole case, answering question i right when right(i). */
async function play(user: User, d: CaseQuizData, right: (i: number) => boolean) {
  for (const item of d.plan) {
    if (item.kind === 'question') await answer(user, d.questions[item.question]!, right(item.question));
    await user.click(next());
  }
}

const demo = (questions: QuizQuestion[]): CaseQuizData => ({
  caseId: 'demo',
  title: 'Demo',
  steps: [{ phase: 'presentation', text: 'Paziente.' }],
  questions,
  plan: [{ kind: 'step', step: 0 }, ...questions.map((_, question) => ({ kind: 'question' as const, question }))],
});
const source = [{ kind: 'ref' as const, label: 'Fisher 2010', href: '/it/references/#fisher2010' }];

describe('CaseQuiz', () => {
  it('tells the case a step at a time, grades each answer at once, saves the score and sends mistakes to the review deck', async () => {
    // The progress log dates each record when it is written: the browser's clock is the quiz's clock here.
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const user = userEvent.setup();
    const d = data('sins-t11', 'it');
    render(<CaseQuiz lang="it" data={d} now={() => NOW} />);
    expect(screen.getAllByTestId('case-step')).toHaveLength(1);
    expect(screen.queryByTestId('quiz-question')).toBeNull();
    await user.click(next());
    expect(screen.getAllByTestId('case-step')).toHaveLength(2);

    let asked = 0;
    for (const item of d.plan.slice(2)) {
      await user.click(next());
      if (item.kind === 'question') {
        asked += 1;
        // No Next until the question is answered.
        expect(screen.queryByTestId('quiz-next')).toBeNull();
        expect(within(lastQuestion()).getByRole('heading').textContent).toBe(`Domanda ${asked} di ${d.questions.length}`);
        const q = d.questions[item.question]!;
        await answer(user, q, item.question !== 1);
        expect(lastFeedback().getAttribute('data-correct')).toBe(String(item.question !== 1));
        expect(document.activeElement).toBe(lastFeedback());
        if (item.question === 1 && q.type !== 'numeric') {
          // The learner's own wrong pick stays visible and is named as such.
          expect(within(lastQuestion()).getByText(/la tua risposta — errata/)).toBeTruthy();
          expect((within(lastQuestion()).getAllByRole('radio')[0] as HTMLInputElement).disabled).toBe(true);
        }
      }
    }
    await user.click(next());
    const total = d.questions.length;
    expect(screen.getByTestId('quiz-score').textContent).toBe(`Punteggio: ${total - 1} su ${total}`);
    const review = within(screen.getByTestId('quiz-review')).getAllByRole('listitem', { name: undefined }).filter((li) => li.parentElement === screen.getByTestId('quiz-review'));
    expect(review.map((li) => li.getAttribute('data-correct'))).toEqual(d.questions.map((_, i) => String(i !== 1)));
    expect((await screen.findByTestId('quiz-saved')).getAttribute('data-saved')).toBe('true');
    expect((await stored()).caseQuizzes['sins-t11']).toEqual({ best: total - 1, last: total - 1, date: new Date(NOW).toISOString() });
    expect(Object.keys((await stored()).reviewCards)).toEqual([d.questions[1]!.id]);
    expect(screen.getByTestId('quiz-to-review')).toBeTruthy();
    expect(localStorage.getItem(caseSnapshotKey('sins-t11'))).toBeNull();
  });

  it('accepts an Italian decimal comma and refuses text that is not a number without grading it', async () => {
    const user = userEvent.setup();
    render(<CaseQuiz lang="it" data={demo([{ id: 'case-demo-dose', module: 'M6', type: 'numeric', stem: 'Quanto?', explanation: 'Perché sì.', correct: 2.5, tolerance: 0, unit: 'ml', sources: source }])} now={() => NOW} />);
    await user.click(next());
    const input = screen.getByTestId('numeric-answer');
    await user.type(input, 'due');
    await user.click(screen.getByTestId('quiz-submit'));
    expect(screen.getByRole('alert').textContent).toContain('Non è un numero leggibile');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('quiz-feedback')).toBeNull();
    await user.clear(input);
    await user.type(input, '2,5{Enter}');
    expect(lastFeedback().getAttribute('data-correct')).toBe('true');
    expect(lastFeedback().textContent).toContain('La tua risposta: 2,5 ml');
    await user.click(next());
    expect(screen.getByTestId('quiz-score').textContent).toBe('Punteggio: 1 su 1');
  });

  it('gives partial credit on a multiple-choice question and shows the full right set; refuses an empty answer', async () => {
    const user = userEvent.setup();
    const options = ['A', 'B', 'C', 'D'].map((text, i) => ({ id: 'abcd'[i]!, text }));
    render(<CaseQuiz lang="en" data={demo([{ id: 'case-demo-set', module: 'M6', type: 'multiple', stem: 'Which?', explanation: 'So.', options, correct: ['a', 'b'], sources: source }])} now={() => NOW} />);
    await user.click(next());
    await user.click(screen.getByTestId('quiz-submit'));
    expect(screen.getByRole('alert').textContent).toBe('Choose an answer before going on.');
    await user.click(screen.getByRole('checkbox', { name: 'A' }));
    await user.click(screen.getByTestId('quiz-submit'));
    expect(lastFeedback().getAttribute('data-correct')).toBe('false');
    expect(lastFeedback().textContent).toContain('Partly correct');
    expect(lastFeedback().textContent).toContain('Correct answer: A; B');
    await user.click(next());
    expect(screen.getByTestId('quiz-score').textContent).toBe('Score: 0.5 out of 1');
    await waitFor(async () => expect(Object.values((await stored()).reviewCards)).toHaveLength(1));
  });

  it('scores SINS item by item, copies the total into the answer and compares each item', async () => {
    const user = userEvent.setup();
    render(<CaseQuiz lang="en" data={data('sins-t11', 'en')} now={() => NOW} />);
    await user.click(next());
    await user.click(next());
    await user.click(screen.getByText('Score it item by item'));
    const scorer = screen.getByTestId('sins-item-scorer');
    // The items load on this first opening (their own chunk), with a status line meanwhile.
    expect(((await screen.findByTestId('sins-use-total')) as HTMLButtonElement).disabled).toBe(true);
    await user.click(scorer.querySelector('[data-level="T8"]')!);
    const pick = (group: string, option: RegExp) => user.click(within(within(scorer).getByRole('group', { name: group })).getByRole('radio', { name: option }));
    await pick('Pain', /^Mechanical/);
    await pick('Bone lesion', /^Lytic/);
    await pick('Radiographic alignment', /^Normal/);
    await pick('Vertebral body collapse', /^> 50% collapse/);
    await pick('Posterolateral elements', /^Unilateral/);
    expect(screen.getByTestId('sins-item-total').textContent).toBe('Total of the items chosen: 10');
    await user.click(screen.getByTestId('sins-use-total'));
    expect((screen.getByTestId('numeric-answer') as HTMLInputElement).value).toBe('10');
    await user.click(screen.getByTestId('quiz-submit'));
    expect(lastFeedback().getAttribute('data-correct')).toBe('false');
    expect(screen.getByTestId('sins-compare').textContent).toContain('Your total: 10; expert score: 12.');
    await waitFor(() => expect(screen.getByTestId('sins-compare').textContent).toContain('Items you scored differently: Location.'));
    expect(within(screen.getByTestId('sins-compare')).getByRole('link').getAttribute('href')).toBe(
      '/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral',
    );
  });

  it('a quiz left half-way is offered again after a reload, with its answers and option order', async () => {
    const user = userEvent.setup();
    const d = data('myeloma-c1-c3', 'en');
    const first = render(<CaseQuiz lang="en" data={d} now={() => NOW} />);
    const firstQuestion = d.plan.findIndex((p) => p.kind === 'question');
    for (let i = 0; i < firstQuestion; i++) await user.click(next());
    const q = d.questions[(d.plan[firstQuestion] as { question: number }).question]!;
    const order = within(lastQuestion()).getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
    await answer(user, q, false);
    first.unmount();

    render(<CaseQuiz lang="it" data={data('myeloma-c1-c3', 'it')} now={() => NOW} />);
    expect(screen.getByTestId('resume-notice').textContent).toContain('1 domande su 3');
    await user.click(screen.getByTestId('resume'));
    expect(lastFeedback().getAttribute('data-correct')).toBe('false');
    expect(within(lastQuestion()).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(order);
    expect(screen.getByTestId('quiz-next')).toBeTruthy();
  });

  it('restarts from the first step with nothing answered, keeping the best score', async () => {
    const user = userEvent.setup();
    const d = data('myeloma-c1-c3', 'en');
    render(<CaseQuiz lang="en" data={d} now={() => NOW} />);
    await play(user, d, () => true);
    expect(screen.getByTestId('quiz-score').textContent).toBe('Score: 3 out of 3');
    await user.click(screen.getByTestId('quiz-restart'));
    expect(screen.getAllByTestId('case-step')).toHaveLength(1);
    expect(screen.queryByTestId('quiz-question')).toBeNull();
    await play(user, d, () => false);
    expect(screen.getByTestId('quiz-score').textContent).toBe('Score: 0 out of 3');
    expect(await screen.findByText('Best so far: 3 out of 3')).toBeTruthy();
    expect((await stored()).caseQuizzes['myeloma-c1-c3']).toMatchObject({ best: 3, last: 0 });
  });
});

describe('LastScore', () => {
  it('shows nothing before a first attempt, then the last and best score', async () => {
    const { container, unmount } = render(<LastScore lang="it" caseId="sins-t11" total={3} />);
    expect(container.textContent).toBe('');
    unmount();
    const user = userEvent.setup();
    const d = data('myeloma-c2', 'it');
    render(<CaseQuiz lang="it" data={d} now={() => NOW} />);
    await play(user, d, () => true);
    expect(screen.getByTestId('quiz-score').textContent).toBe('Punteggio: 3 su 3');
    cleanup();
    render(<LastScore lang="it" caseId="myeloma-c2" total={3} />);
    expect((await screen.findByTestId('case-last-score')).textContent).toBe('Ultimo punteggio: 3 su 3 (migliore: 3)');
  });
});
