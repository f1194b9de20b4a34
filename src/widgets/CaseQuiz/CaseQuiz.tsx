import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { CaseQuizData } from '../../core/cases/case-quiz-data';
import { formatPoints } from '../../core/cases/quiz-plan';
import type { CaseQuizRecord } from '../../core/progress/schema';
import { QuestionCard, expectedText, givenText, verdictOf, type AnsweredQuestion } from './QuestionCard';
import { browserCaseStore, type CaseStore } from './progress-store';
import '../shared/widget.css';
import './case-timeline.css';
import './case-quiz.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  data: CaseQuizData;
  /** Where results are kept; the browser's progress log unless a test passes its own. */
  store?: CaseStore;
  /** The clock, for tests. */
  now?: () => number;
}

type Focus = { kind: 'item'; pos: number } | { kind: 'feedback'; question: number } | { kind: 'result' } | null;

/**
 * A case told one step at a time. "Next" reveals the next timeline step; after the last step of a
 * phase come the questions asked at that point, each graded at once with an explanation and its
 * source. At the end: the score, a review of every answer, and the result saved (last and best).
 */
export default function CaseQuiz({ lang, data, store = browserCaseStore, now = () => Date.now(), strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `cq${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { plan, steps, questions } = data;
  const [pos, setPos] = useState(0);
  const [answers, setAnswers] = useState<Record<number, AnsweredQuestion>>({});
  const [finished, setFinished] = useState(false);
  const [saved, setSaved] = useState<{ ok: boolean; record: CaseQuizRecord | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const focus = useRef<Focus>(null);
  const targets = useRef(new Map<string, HTMLElement | null>());

  const questionNumber = useMemo(() => {
    const numbers = new Map<number, number>();
    plan.forEach((item) => { if (item.kind === 'question') numbers.set(item.question, numbers.size + 1); });
    return numbers;
  }, [plan]);

  const current = plan[pos];
  const waitingForAnswer = current?.kind === 'question' && answers[current.question] === undefined;
  const isLast = pos >= plan.length - 1;
  const answeredCount = Object.keys(answers).length;
  const score = Object.values(answers).reduce((sum, a) => sum + a.grade.score, 0);
  const stepsShown = plan.slice(0, pos + 1).filter((p) => p.kind === 'step').length;

  useEffect(() => {
    const f = focus.current;
    if (!f) return;
    focus.current = null;
    const key = f.kind === 'item' ? `item-${f.pos}` : f.kind === 'feedback' ? `feedback-${f.question}` : 'result';
    targets.current.get(key)?.focus();
  });

  const next = () => {
    if (waitingForAnswer) return;
    if (isLast) {
      setFinished(true);
      void store.save(data.caseId, score, now()).then((result) => setSaved({ ok: result.saved, record: result.record }));
      focus.current = { kind: 'result' };
      return;
    }
    focus.current = { kind: 'item', pos: pos + 1 };
    setPos(pos + 1);
  };

  const restart = () => {
    setPos(0);
    setAnswers({});
    setFinished(false);
    setSaved(null);
    setAttempt((a) => a + 1);
    focus.current = { kind: 'item', pos: 0 };
  };

  const setTarget = (key: string) => (el: HTMLElement | null) => { targets.current.set(key, el); };

  // Revealed items grouped under their step: each <li> holds a step and the questions asked after it.
  const groups: { step: number; pos: number; questions: { question: number; pos: number }[] }[] = [];
  plan.slice(0, pos + 1).forEach((item, i) => {
    if (item.kind === 'step') groups.push({ step: item.step, pos: i, questions: [] });
    else groups.at(-1)?.questions.push({ question: item.question, pos: i });
  });

  return (
    <section className="case-quiz" aria-label={t('casequiz.label')} data-widget="case-quiz" key={attempt}>
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
                  <QuestionCard
                    key={q.id}
                    lang={lang}
                    question={q}
                    number={questionNumber.get(question) ?? 0}
                    total={questions.length}
                    idPrefix={idPrefix}
                    answered={answers[question]}
                    onAnswered={(a) => {
                      focus.current = { kind: 'feedback', question };
                      setAnswers((prev) => ({ ...prev, [question]: a }));
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
      {!finished && !waitingForAnswer && (
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
          {saved && <p className="meta" data-testid="quiz-saved" data-saved={String(saved.ok)}>{t(saved.ok ? 'casequiz.saved' : 'casequiz.saveFailed')}</p>}
          {saved?.record && <p className="meta">{t('casequiz.best', { best: formatPoints(saved.record.best, lang), total: questions.length })}</p>}
          <h3>{t('casequiz.review')}</h3>
          <ol className="case-quiz__review" data-testid="quiz-review">
            {plan.flatMap((item) => {
              if (item.kind !== 'question') return [];
              const q = questions[item.question];
              const a = answers[item.question];
              if (!q || !a) return [];
              const verdict = verdictOf(a.grade);
              return [
                <li key={q.id} data-correct={String(a.grade.correct)} className={`is-${verdict}`}>
                  <p className="case-quiz__review-stem"><strong>{t(`casequiz.${verdict}`)}</strong> — {q.stem}</p>
                  <p>{t('casequiz.given', { answer: givenText(q, a.grade, lang) })}</p>
                  {!a.grade.correct && <p>{t('casequiz.expected', { answer: expectedText(q, lang) })}</p>}
                  <p className="case-quiz__source">{t('casequiz.source')} <a href={q.ref.href}>{q.ref.label}</a></p>
                </li>,
              ];
            })}
          </ol>
          <p>
            <button type="button" onClick={restart} data-testid="quiz-restart">{t('casequiz.restart')}</button>
          </p>
        </section>
      )}
    </section>
  );
}
