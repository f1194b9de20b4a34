import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../content/question-schema';
import { caseSchema, type CaseQuizQuestion } from '../content/case-schema';
import { drawByBlueprint } from './exam-draw';
import { gradeAnswer } from './grade';
import { pickQuestions } from './pick-questions';
import { answer, createSession, finish, type QuizMode, type Session } from './session';
import { optionSeed, shuffleOptions } from './shuffle-options';
import { results, type BankEntry } from './results';
import type { CognitiveLevel } from './question';

/**
 * A learner who knows nothing and always picks the same position (first, last) or the longest option
 * must score no better than chance. Plays thousands of simulated attempts over the real bank, with
 * the options in the order a learner would see them.
 */
const dir = join(__dirname, '../../../content/questions');
const bank: Question[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as unknown[]).flatMap((raw) => {
    const q = questionSchema.safeParse(raw);
    return q.success ? [q.data] : [];
  }));
const byId = new Map(bank.map((q) => [q.id, q]));
/** The item rewrite adds a cognitive level to every item; the exam draws by it. */
const levelOf = (q: Question): CognitiveLevel | undefined => {
  const level = (q as { level?: unknown }).level;
  return level === 'recall' || level === 'application' ? level : undefined;
};
const entries: BankEntry[] = bank.map((q) => {
  const level = levelOf(q);
  return { id: q.id, module: q.module, ...(level ? { level } : {}) };
});

type Choice = Extract<Question, { type: 'single' | 'multiple' }>;
type Strategy = (shown: Choice) => string;
const length = (o: Choice['options'][number]) => o.text.en.length + o.text.it.length;
const strategies: Record<string, Strategy> = {
  'always the first': (q) => q.options[0]!.id,
  'always the last': (q) => q.options.at(-1)!.id,
  'always the longest': (q) => q.options.reduce((a, b) => (length(b) > length(a) ? b : a)).id,
};

/** What ticking one option at random scores on average. */
function chanceScore(q: Choice): number {
  const total = q.options.reduce((sum, o) => {
    const r = gradeAnswer(q, q.type === 'single' ? o.id : [o.id]);
    return sum + (r.kind === 'graded' ? r.score : 0);
  }, 0);
  return total / q.options.length;
}

function play(mode: QuizMode, strategy: Strategy, attempt: number): { score: number; chance: number; n: number } {
  const seed = `sim-${mode}-${attempt}`;
  const ids = mode === 'exam' ? drawByBlueprint(entries, { count: 20, seed }) : pickQuestions(entries, { count: 20, seed });
  let session: Session = createSession({ questionIds: ids, mode, seed, ...(mode === 'exam' ? { timeLimitSec: 1200 } : {}) }, 0);
  let chance = 0;
  for (const id of session.order) {
    const q = byId.get(id);
    if (!q || q.type === 'numeric') continue;
    const shown = shuffleOptions(q, optionSeed(session.seed, id));
    const pick = strategy(shown);
    const outcome = answer(session, q, q.type === 'single' ? pick : [pick], 1000);
    if (outcome.kind === 'accepted') session = outcome.session;
    chance += chanceScore(q);
  }
  const r = results(finish(session, 2000), entries);
  return { score: r.score, chance, n: r.answered };
}

const ATTEMPTS = 1500;

describe('simulated guessing', () => {
  it('the bank has choice questions to play', () => {
    expect(bank.filter((q) => q.type !== 'numeric').length).toBeGreaterThan(50);
  });

  for (const mode of ['practice', 'exam'] as const) {
    for (const [name, strategy] of Object.entries(strategies)) {
      it(`${mode}: "${name}" scores within 5 points of chance`, () => {
        let score = 0;
        let chance = 0;
        let n = 0;
        for (let i = 0; i < ATTEMPTS; i++) {
          const r = play(mode, strategy, i);
          score += r.score;
          chance += r.chance;
          n += r.n;
        }
        const points = (100 * (score - chance)) / n;
        console.info(`guessing ${mode} "${name}": ${((100 * score) / n).toFixed(1)}% vs chance ${((100 * chance) / n).toFixed(1)}% (${n} answers)`);
        expect(points).toBeLessThanOrEqual(5);
      });
    }
  }

  // Case quizzes: every choice question of every case, each attempt with its own seed (the first visit's
  // seed is the case id, as CaseQuiz.tsx sets it), the options in the order the learner sees them.
  const caseDir = join(__dirname, '../../../content/cases');
  const caseItems: Extract<CaseQuizQuestion, { type: 'single' | 'multiple' }>[] = readdirSync(caseDir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const c = caseSchema.safeParse(parse(readFileSync(join(caseDir, f), 'utf8')));
      return c.success ? c.data.quiz.flatMap((q) => (q.type === 'numeric' ? [] : [{ ...q, id: `${c.data.id}:${q.id}` }])) : [];
    });

  /** Fewer attempts than the bank: every case question is asked in every attempt. */
  const CASE_ATTEMPTS = 300;

  it('case quizzes have choice questions to play', () => {
    expect(caseItems.length).toBeGreaterThan(20);
  });

  for (const [name, strategy] of Object.entries(strategies)) {
    it(`case quiz: "${name}" scores within 5 points of chance`, () => {
      let score = 0;
      let chance = 0;
      let n = 0;
      for (let i = 0; i < CASE_ATTEMPTS; i++) {
        for (const q of caseItems) {
          const seed = i === 0 ? `${q.id.split(':')[0]}-first` : `sim-case-${i}`;
          const shown = shuffleOptions(q, optionSeed(seed, q.id));
          const pick = strategy(shown as unknown as Choice);
          const r = gradeAnswer(q, q.type === 'single' ? pick : [pick]);
          score += r.kind === 'graded' ? r.score : 0;
          chance += chanceScore(q as unknown as Choice);
          n += 1;
        }
      }
      const points = (100 * (score - chance)) / n;
      console.info(`guessing case quiz "${name}": ${((100 * score) / n).toFixed(1)}% vs chance ${((100 * chance) / n).toFixed(1)}% (${n} answers)`);
      expect(points).toBeLessThanOrEqual(5);
    });
  }
});
