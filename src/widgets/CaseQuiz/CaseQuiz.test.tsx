// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CaseQuiz from './CaseQuiz';
import LastScore from './LastScore';
import { getCase } from '../../lib/cases';
import { caseQuizData, type CaseQuizData } from '../../core/cases/case-quiz-data';
import { memoryCaseStore } from './progress-store';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const label = (id: string) => (id === 'fisher2010' ? 'Fisher 2010' : id);
const data = (id: string, lang: 'it' | 'en') => caseQuizData(getCase(id), lang, label);
const NOW = Date.UTC(2025, 0, 15);

const next = () => screen.getByTestId('quiz-next');
const lastQuestion = () => screen.getAllByTestId('quiz-question').at(-1)!;
const lastFeedback = () => screen.getAllByTestId('quiz-feedback').at(-1)!;

describe('CaseQuiz', () => {
  it('plays sins-t11 in Italian: steps one at a time, right and wrong answers, score, review and saved result', async () => {
    const user = userEvent.setup();
    const store = memoryCaseStore();
    render(<CaseQuiz lang="it" data={data('sins-t11', 'it')} store={store} now={() => NOW} />);

    expect(screen.getAllByTestId('case-step')).toHaveLength(1);
    expect(screen.queryByTestId('quiz-question')).toBeNull();
    await user.click(next());
    expect(screen.getAllByTestId('case-step')).toHaveLength(2);
    expect(screen.getAllByTestId('case-step')[1]!.getAttribute('data-phase')).toBe('work-up');

    // Question 1: the SINS total, numeric. No Next until it is answered.
    await user.click(next());
    expect(screen.getAllByTestId('quiz-question')).toHaveLength(1);
    expect(screen.queryByTestId('quiz-next')).toBeNull();
    expect(within(lastQuestion()).getByRole('heading').textContent).toBe('Domanda 1 di 3');
    await user.type(screen.getByLabelText('La tua risposta'), '12');
    await user.click(screen.getByTestId('quiz-submit'));
    expect(lastFeedback().getAttribute('data-correct')).toBe('true');
    expect(lastFeedback().textContent).toContain('Corretto');
    expect(lastFeedback().textContent).toContain('Il tuo totale: 12; punteggio dell’esperto: 12.');
    const source = within(lastFeedback()).getByRole('link', { name: 'Fisher 2010' });
    expect(source.getAttribute('href')).toBe('/it/references/#fisher2010');
    expect(document.activeElement).toBe(lastFeedback());

    // Question 2: the band, answered wrong on purpose.
    await user.click(next());
    await user.click(within(lastQuestion()).getByRole('radio', { name: /^Instabile/ }));
    await user.click(screen.getByTestId('quiz-submit'));
    expect(lastFeedback().getAttribute('data-correct')).toBe('false');
    expect(lastFeedback().textContent).toContain('Risposta corretta: Possibile instabilità (7–12)');
    expect((within(lastQuestion()).getByRole('radio', { name: /^Instabile/ }) as HTMLInputElement).disabled).toBe(true);

    // Decision step, then question 3, right.
    await user.click(next());
    expect(screen.getAllByTestId('case-step')).toHaveLength(3);
    await user.click(next());
    await user.click(within(lastQuestion()).getByRole('radio', { name: /più uniforme/ }));
    await user.click(screen.getByTestId('quiz-submit'));
    expect(lastFeedback().getAttribute('data-correct')).toBe('true');

    // Procedure step, then the score.
    await user.click(next());
    expect(screen.getAllByTestId('case-step')).toHaveLength(4);
    expect(next().textContent).toBe('Vedi il punteggio');
    await user.click(next());
    expect(screen.getByTestId('quiz-score').textContent).toBe('Punteggio: 2 su 3');
    const review = within(screen.getByTestId('quiz-review')).getAllByRole('listitem');
    expect(review.map((li) => li.getAttribute('data-correct'))).toEqual(['true', 'false', 'true']);
    expect((await screen.findByTestId('quiz-saved')).getAttribute('data-saved')).toBe('true');
    expect(await store.read('sins-t11')).toEqual({ best: 2, last: 2, date: new Date(NOW).toISOString() });
  });

  it('accepts an Italian decimal comma and refuses text that is not a number without grading it', async () => {
    const user = userEvent.setup();
    const custom: CaseQuizData = {
      caseId: 'demo',
      title: 'Demo',
      steps: [{ phase: 'presentation', text: 'Paziente.' }],
      questions: [
        { id: 'dose', kind: 'outcome', type: 'numeric', stem: 'Quanto?', explanation: 'Perché sì.', correct: 2.5, tolerance: 0, unit: 'ml', ref: { id: 'fisher2010', label: 'Fisher 2010', href: '/it/references/#fisher2010' } },
      ],
      plan: [{ kind: 'step', step: 0 }, { kind: 'question', question: 0 }],
    };
    render(<CaseQuiz lang="it" data={custom} store={memoryCaseStore()} now={() => NOW} />);
    await user.click(next());
    const input = screen.getByLabelText('La tua risposta');
    await user.type(input, 'due');
    await user.click(screen.getByTestId('quiz-submit'));
    expect(screen.getByRole('alert').textContent).toContain('Non è un numero valido');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('quiz-feedback')).toBeNull();
    await user.clear(input);
    await user.type(input, '2,5{Enter}');
    expect(screen.getByTestId('quiz-feedback').getAttribute('data-correct')).toBe('true');
    expect(screen.getByTestId('quiz-feedback').textContent).toContain('La tua risposta: 2,5 ml');
    await user.click(next());
    expect(screen.getByTestId('quiz-score').textContent).toBe('Punteggio: 1 su 1');
  });

  it('gives partial credit on a multiple-choice question and shows the full right set', async () => {
    const user = userEvent.setup();
    render(<CaseQuiz lang="en" data={data('hifu-breast', 'en')} store={memoryCaseStore()} now={() => NOW} />);
    await user.click(next()); // decision
    await user.click(next()); // question 1
    const q = lastQuestion();
    await user.click(within(q).getByRole('checkbox', { name: /non-invasive/ }));
    await user.click(within(q).getByRole('checkbox', { name: /ionizing/ }));
    await user.click(screen.getByTestId('quiz-submit'));
    expect(lastFeedback().getAttribute('data-correct')).toBe('false');
    expect(lastFeedback().textContent).toContain('Partly correct');
    expect(lastFeedback().textContent).toContain('Correct answer: It is fully non-invasive; It uses no ionizing radiation; It is done under epidural block or deep sedation; It has a low complication rate');
    await user.click(next()); // procedure
    await user.click(next()); // follow-up
    await user.click(next()); // question 2
    await user.click(within(lastQuestion()).getByRole('radio', { name: /^Complete response/ }));
    await user.click(screen.getByTestId('quiz-submit'));
    await user.click(next());
    expect(screen.getByTestId('quiz-score').textContent).toBe('Score: 1.5 out of 2');
  });

  it('refuses to check an empty answer', async () => {
    const user = userEvent.setup();
    render(<CaseQuiz lang="en" data={data('myeloma-c2', 'en')} store={memoryCaseStore()} now={() => NOW} />);
    await user.click(next());
    await user.click(next());
    await user.click(screen.getByTestId('quiz-submit'));
    expect(screen.getByRole('alert').textContent).toBe('Answer before checking.');
    expect(screen.queryByTestId('quiz-feedback')).toBeNull();
  });

  it('scores SINS item by item, copies the total into the answer and compares each item', async () => {
    const user = userEvent.setup();
    render(<CaseQuiz lang="en" data={data('sins-t11', 'en')} store={memoryCaseStore()} now={() => NOW} />);
    await user.click(next());
    await user.click(next());
    await user.click(screen.getByText('Score it item by item'));
    const scorer = screen.getByTestId('sins-item-scorer');
    expect((screen.getByTestId('sins-use-total') as HTMLButtonElement).disabled).toBe(true);
    await user.click(scorer.querySelector('[data-level="T8"]')!);
    const pick = (group: string, option: RegExp) => user.click(within(within(scorer).getByRole('group', { name: group })).getByRole('radio', { name: option }));
    await pick('Pain', /^Mechanical/);
    await pick('Bone lesion', /^Lytic/);
    await pick('Radiographic alignment', /^Normal/);
    await pick('Vertebral body collapse', /^> 50% collapse/);
    await pick('Posterolateral elements', /^Unilateral/);
    expect(screen.getByTestId('sins-item-total').textContent).toBe('Total of the items chosen: 10');
    await user.click(screen.getByTestId('sins-use-total'));
    expect((screen.getByLabelText('Your answer') as HTMLInputElement).value).toBe('10');
    await user.click(screen.getByTestId('quiz-submit'));
    expect(lastFeedback().getAttribute('data-correct')).toBe('false');
    expect(screen.getByTestId('sins-compare').textContent).toContain('Your total: 10; expert score: 12.');
    expect(screen.getByTestId('sins-compare').textContent).toContain('Items you scored differently: Location.');
    expect(within(screen.getByTestId('sins-compare')).getByRole('link').getAttribute('href')).toBe(
      '/en/tools/sins/?level=T11&pain=mechanical&lesion=lytic&alignment=normal&collapse=gt50&posterior=unilateral',
    );
  });

  it('restarts from the first step with nothing answered, keeping the best score', async () => {
    const user = userEvent.setup();
    const store = memoryCaseStore();
    const d = data('myeloma-c1-c3', 'en');
    render(<CaseQuiz lang="en" data={d} store={store} now={() => NOW} />);
    for (const item of d.plan) {
      if (item.kind === 'question') {
        const q = d.questions[item.question]!;
        if (q.type !== 'single') throw new Error('expected single-choice questions');
        await user.click(within(lastQuestion()).getAllByRole('radio').find((r) => (r as HTMLInputElement).value === q.correct)!);
        await user.click(screen.getByTestId('quiz-submit'));
      }
      await user.click(next());
    }
    expect(screen.getByTestId('quiz-score').textContent).toBe('Score: 3 out of 3');
    await user.click(screen.getByTestId('quiz-restart'));
    expect(screen.getAllByTestId('case-step')).toHaveLength(1);
    expect(screen.queryByTestId('quiz-question')).toBeNull();
    expect(screen.queryByTestId('quiz-score')).toBeNull();
    // Second attempt: all wrong.
    for (const item of d.plan) {
      if (item.kind === 'question') {
        const q = d.questions[item.question]!;
        if (q.type !== 'single') throw new Error('expected single-choice questions');
        await user.click(within(lastQuestion()).getAllByRole('radio').find((r) => (r as HTMLInputElement).value !== q.correct)!);
        await user.click(screen.getByTestId('quiz-submit'));
      }
      await user.click(next());
    }
    expect(screen.getByTestId('quiz-score').textContent).toBe('Score: 0 out of 3');
    expect(await store.read('myeloma-c1-c3')).toMatchObject({ best: 3, last: 0 });
    expect(await screen.findByText('Best so far: 3 out of 3')).toBeTruthy();
  });
});

describe('LastScore', () => {
  it('shows nothing before a first attempt, then the last and best score from the progress log', async () => {
    const { container, unmount } = render(<LastScore lang="it" caseId="sins-t11" total={3} />);
    expect(container.textContent).toBe('');
    unmount();
    const user = userEvent.setup();
    render(<CaseQuiz lang="it" data={data('myeloma-c2', 'it')} now={() => NOW} />);
    const d = data('myeloma-c2', 'it');
    for (const item of d.plan) {
      if (item.kind === 'question') {
        const q = d.questions[item.question]!;
        if (q.type === 'numeric') await user.type(screen.getByLabelText('La tua risposta'), String(q.correct));
        else if (q.type === 'single') await user.click(within(lastQuestion()).getAllByRole('radio').find((r) => (r as HTMLInputElement).value === q.correct)!);
        else for (const id of q.correct) await user.click(within(lastQuestion()).getAllByRole('checkbox').find((r) => (r as HTMLInputElement).value === id)!);
        await user.click(screen.getByTestId('quiz-submit'));
      }
      await user.click(next());
    }
    expect(screen.getByTestId('quiz-score').textContent).toBe('Punteggio: 3 su 3');
    await screen.findByTestId('quiz-saved');
    cleanup();
    render(<LastScore lang="it" caseId="myeloma-c2" total={3} />);
    expect((await screen.findByTestId('case-last-score')).textContent).toBe('Ultimo punteggio: 3 su 3 (migliore: 3)');
  });
});
