import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { CaseQuizData } from '../../core/cases/case-quiz-data';
import { formatPoints } from '../../core/cases/quiz-plan';
import { gradeAnswer } from '../../core/quiz/grade';
import { optionSeed } from '../../core/quiz/shuffle-options';
import { caseSnapshotKey, readCaseSnapshot, type CaseSnapshot } from '../../core/quiz/case-snapshot';
import { clearSnapshot, readSnapshot, writeSnapshot } from '../../core/quiz/snapshot-store';
import type { SinsInput } from '../../core/scores/sins/score-sins';
import { snapshotStorage } from '../shared/question/snapshot-storage';
import { FeedbackPanel, verdictOf } from '../shared/question/FeedbackPanel';
import { QuestionView } from '../shared/question/QuestionView';
import { useProgress } from '../shared/useProgress';
import { CaseQuestion, type AnsweredQuestion } from './CaseQuestion';
import { recordCaseAttempt } from './case-progress';
import '../shared/widget.css';
import '../shared/question/question.css';
import './case-timeline.css';
import './case-quiz.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  data: CaseQuizData;
  /** The clock, for tests. */
  now?: () => number;
}

type Focus = { kind: 'item'; pos: number } | { kind: 'feedback'; question: number } | { kind: 'result' } | null;
type Answers = Record<number, AnsweredQuestion>;

const newSeed = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Answers of a snapshot graded again against today's questions (a stale or foreign one drops out). */
function restoreAnswers(snapshot: CaseSnapshot, data: CaseQuizData): Answers {
  const answers: Answers = {};
  data.questions.forEach((q, i) => {
    const saved = snapshot.answers[q.id];
    if (!saved) return;
    const grade = gradeAnswer(q, saved.given);
    if (grade.kind === 'graded') answers[i] = { given: saved.given, grade, ...(saved.sinsItems ? { sinsItems: saved.sinsItems as SinsInput } : {}) };
  });
  return answers;
}

/**
 * A case told one step at a time. "Next" reveals the next timeline step; after the last step of a
 * phase come the questions asked at that point, each graded at once with an explanation and its
 * source. A quiz left half-way is kept and offered again ("Resume"). At the end: the score, every
 * answer as it was given, the result saved (last and best) and the mistakes added to the review deck.
 */
export default function CaseQuiz({ lang, data, now = () => Date.now(), strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `cq${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { plan, steps, questions } = data;
  const progress = useProgress();
  const [seed, setSeed] = useState(() => `${data.caseId}-first`);
  const [pos, setPos] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [finished, setFinished] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [attempt, setAttempt] = useState(0);
  /** Bumped by a restart, so a save still under way does not report on the new attempt. */
  const attemptRef = useRef(0);
  const [paused, setPaused] = useState<CaseSnapshot | null>(null);
  const focus = useRef<Focus>(null);
  const targets = useRef(new Map<string, HTMLElement | null>());
  const key = caseSnapshotKey(data.caseId);

  // A quiz left half-way on an earlier visit is offered again; a fresh one gets its own option order.
  useEffect(() => {
    const snapshot = readSnapshot(snapshotStorage, key, readCaseSnapshot);
    if (snapshot && snapshot.caseId === data.caseId && snapshot.pos > 0 && snapshot.pos < plan.length) setPaused(snapshot);
    else setSeed(newSeed());
  }, [key, data.caseId, plan.length]);

  const questionNumber = useMemo(() => {
    const numbers = new Map<number, number>();
    plan.forEach((item) => {
      if (item.kind === 'question') numbers.set(item.question, numbers.size + 1);
    });
    return numbers;
  }, [plan]);

  const current = plan[pos];
  const waitingForAnswer = current?.kind === 'question' && answers[current.question] === undefined;
  const isLast = pos >= plan.length - 1;
  const answeredCount = Object.keys(answers).length;
  const score = Object.values(answers).reduce((sum, a) => sum + a.grade.score, 0);
  const stepsShown = plan.slice(0, pos + 1).filter((p) => p.kind === 'step').length;
  const best = progress.state?.caseQuizzes[data.caseId]?.best;

  const persist = (nextPos: number, nextAnswers: Answers) => {
    const byId: CaseSnapshot['answers'] = {};
    for (const [i, a] of Object.entries(nextAnswers)) {
      const q = questions[Number(i)];
      if (q) byId[q.id] = { given: a.given, at: now(), ...(a.sinsItems ? { sinsItems: a.sinsItems as Record<string, string> } : {}) };
    }
    writeSnapshot(snapshotStorage, key, { version: 1, caseId: data.caseId, seed, pos: nextPos, answers: byId } satisfies CaseSnapshot);
  };

  useEffect(() => {
    const f = focus.current;
    if (!f) return;
    focus.current = null;
    const target = f.kind === 'item' ? `item-${f.pos}` : f.kind === 'feedback' ? `feedback-${f.question}` : 'result';
    targets.current.get(target)?.focus();
  });

  const next = () => {
    if (waitingForAnswer) return;
    if (isLast) {
      setFinished(true);
      clearSnapshot(snapshotStorage, key);
      const graded = Object.entries(answers).flatMap(([i, a]) => {
        const q = questions[Number(i)];
        return q ? [{ id: q.id, grade: a.grade }] : [];
      });
      // The store is asynchronous: "saved" is said only once the attempt is really stored (and not
      // on a later attempt, if the learner restarted meanwhile).
      const thisAttempt = attemptRef.current;
      void progress.update((state) => recordCaseAttempt(state, data.caseId, graded, now())).then((ok) => {
        if (attemptRef.current === thisAttempt) setSaved(ok);
      });
      focus.current = { kind: 'result' };
      return;
    }
    focus.current = { kind: 'item', pos: pos + 1 };
    setPos(pos + 1);
    persist(pos + 1, answers);
  };

  const restart = () => {
    clearSnapshot(snapshotStorage, key);
    setPaused(null);
    setSeed(newSeed());
    setPos(0);
    setAnswers({});
    setFinished(false);
    setSaved(null);
    setAttempt((a) => a + 1);
    attemptRef.current += 1;
    focus.current = { kind: 'item', pos: 0 };
  };

  const resume = () => {
    if (!paused) return;
    const restored = restoreAnswers(paused, data);
    // Never past a question whose answer did not survive.
    const firstOpen = plan.findIndex((item, i) => i <= paused.pos && item.kind === 'question' && !restored[item.question]);
    const at = firstOpen === -1 ? paused.pos : firstOpen;
    setSeed(paused.seed);
    setAnswers(restored);
    setPos(at);
    setPaused(null);
    focus.current = { kind: 'item', pos: at };
  };

  const setTarget = (name: string) => (el: HTMLElement | null) => {
    targets.current.set(name, el);
  };

  // Revealed items grouped under their step: each <li> holds a step and the questions asked after it.
  const groups: { step: number; pos: number; questions: { question: number; pos: number }[] }[] = [];
  plan.slice(0, pos + 1).forEach((item, i) => {
    if (item.kind === 'step') groups.push({ step: item.step, pos: i, questions: [] });
    else groups.at(-1)?.questions.push({ question: item.question, pos: i });
  });

  return (
    <section className="case-quiz" aria-label={t('casequiz.label')} data-widget="case-quiz" data-hydrated={progress.state ? 'true' : undefined} key={attempt}>
      {paused && (
        <div className="quiz-notice case-quiz__resume" data-testid="resume-notice">
          <p>{t('casequiz.resumeLine', { answered: Object.keys(paused.answers).length, questions: questions.length })}</p>
          <p className="quiz-confirm__actions">
            <button type="button" className="primary" onClick={resume} data-testid="resume">
              {t('quiz.resume')}
            </button>
            <button type="button" onClick={restart} data-testid="discard">
              {t('casequiz.restart')}
            </button>
          </p>
        </div>
      )}
      <p className="case-quiz__progress meta" data-testid="quiz-progress">
        {t('casequiz.progress', { step: stepsShown, steps: steps.length, answered: answeredCount, questions: questions.length })}
      </p>
      <ol className="case-timeline">
        {groups.map((g) => {
          const step = steps[g.step];
          if (!step) return null;
          return (
            <li key={g.step} className={`case-timeline__step case-timeline__step--${step.phase}`} data-testid="case-step" data-phase={step.phase}>
              <div className="case-timeline__body" tabIndex={-1} ref={setTarget(`item-${g.pos}`)}>
                <p className="case-timeline__phase">
                  {t(`cases.phase.${step.phase}`)}
                  {step.when && <span className="case-timeline__when"> · {step.when}</span>}
                </p>
                <p className="case-timeline__text">{step.text}</p>
              </div>
              {g.questions.map(({ question, pos: qPos }) => {
                const q = questions[question];
                if (!q) return null;
                return (
                  <CaseQuestion
                    key={`${q.id}-${seed}`}
                    lang={lang}
                    question={q}
                    number={questionNumber.get(question) ?? 0}
                    total={questions.length}
                    idPrefix={idPrefix}
                    seed={optionSeed(seed, q.id)}
                    answered={answers[question]}
                    onAnswered={(a) => {
                      focus.current = { kind: 'feedback', question };
                      const nextAnswers = { ...answers, [question]: a };
                      setAnswers(nextAnswers);
                      persist(pos, nextAnswers);
                    }}
                    headingRef={setTarget(`item-${qPos}`)}
                    feedbackRef={setTarget(`feedback-${question}`)}
                  />
                );
              })}
            </li>
          );
        })}
      </ol>
      {!finished && !waitingForAnswer && !paused && (
        <p className="case-quiz__controls">
          <button type="button" className="primary" onClick={next} data-testid="quiz-next">
            {isLast ? t('casequiz.finish') : t('casequiz.next')}
          </button>
        </p>
      )}
      {finished && (
        <section className="case-quiz__result" aria-labelledby={`${idPrefix}-result`} data-testid="quiz-result" tabIndex={-1} ref={setTarget('result')}>
          <h2 id={`${idPrefix}-result`}>{t('casequiz.scoreTitle')}</h2>
          <p className="case-quiz__score" data-testid="quiz-score" data-score={score} data-total={questions.length}>
            {t('casequiz.score', { score: formatPoints(score, lang), total: questions.length })}
          </p>
          {saved !== null && (
            <p className="meta" data-testid="quiz-saved" data-saved={String(saved)}>
              {t(saved ? 'casequiz.saved' : 'casequiz.saveFailed')}
            </p>
          )}
          {saved && best !== undefined && <p className="meta">{t('casequiz.best', { best: formatPoints(best, lang), total: questions.length })}</p>}
          {Object.values(answers).some((a) => !a.grade.correct) && <p className="meta" data-testid="quiz-to-review">{t('casequiz.toReview')}</p>}
          <h3>{t('casequiz.review')}</h3>
          <ol className="case-quiz__review" data-testid="quiz-review">
            {plan.flatMap((item) => {
              if (item.kind !== 'question') return [];
              const q = questions[item.question];
              const a = answers[item.question];
              if (!q || !a) return [];
              return [
                <li key={q.id} data-correct={String(a.grade.correct)} className={`is-${verdictOf(a.grade)}`}>
                  <QuestionView question={q} lang={lang} idPrefix={`${idPrefix}-r-${q.id}`} seed={optionSeed(seed, q.id)} draft={undefined} onDraft={() => {}} graded={a.grade} />
                  <FeedbackPanel question={q} lang={lang} result={a.grade} showGiven />
                </li>,
              ];
            })}
          </ol>
          <p>
            <button type="button" onClick={restart} data-testid="quiz-restart">
              {t('casequiz.restart')}
            </button>{' '}
            <a href={`/${lang}/quiz/review/`}>{t('review.title')}</a>
          </p>
        </section>
      )}
    </section>
  );
}
