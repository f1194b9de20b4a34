import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { InvalidReason } from '../../core/quiz/answer';
import { validateAnswer } from '../../core/quiz/validate-answer';
import { answer, feedback, finish, remainingMs, timeUp, type Session } from '../../core/quiz/session';
import type { QuizQuestion } from '../../lib/questions';
import { Countdown } from './Countdown';
import { FeedbackPanel, verdictOf, verdictLabel } from './FeedbackPanel';
import { expectedText } from './format';
import { expectedAnswer } from '../../core/quiz/grade';
import { QuestionView, type Draft } from './QuestionView';

interface Props {
  lang: Locale;
  idPrefix: string;
  session: Session;
  questions: ReadonlyMap<string, QuizQuestion>;
  onChange: (session: Session) => void;
}

/**
 * One question at a time. Practice: check, see the feedback, go on. Exam: answers are recorded as
 * they are given and can be changed; the clock ends the session, and feedback waits for the results.
 */
export function QuizRunner({ lang, idPrefix, session, questions, onChange }: Props) {
  const t = getT(lang);
  const [index, setIndex] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [invalid, setInvalid] = useState<InvalidReason | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);

  const exam = session.mode === 'exam';
  const order = session.order.filter((id) => questions.has(id));
  const id = order[index];
  const question = id ? questions.get(id) : undefined;
  const shown = id ? feedback(session, id) : { kind: 'unanswered' as const };
  const graded = !exam && shown.kind === 'shown' ? shown.result : undefined;
  const isLast = index >= order.length - 1;
  const answeredCount = order.filter((q) => session.answers[q]).length;

  // The exam clock: a tick a second; when time is up the session ends itself.
  useEffect(() => {
    if (!exam || session.timeLimitSec === null) return;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      const ended = timeUp(session, at);
      if (ended !== session) onChange(ended);
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [exam, session, onChange]);

  // Each new question takes the focus to its heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    headingRef.current?.focus();
    setInvalid(null);
  }, [index, session.startedAt]);

  if (!question || !id) return null;

  const setDraft = (draft: Draft) => {
    setDrafts((prev) => ({ ...prev, [id]: draft }));
    setInvalid(null);
    if (exam) {
      // Exam answers are kept as soon as they are complete, so the clock cannot swallow them.
      const outcome = answer(session, question, draft, Date.now());
      if (outcome.kind === 'accepted' || (outcome.kind === 'rejected' && outcome.reason === 'time-up')) onChange(outcome.session);
    }
  };

  const go = (to: number) => {
    setIndex(Math.max(0, Math.min(order.length - 1, to)));
  };

  const end = () => onChange(finish(session, Date.now()));

  const submit = () => {
    const draft = drafts[id];
    if (exam) {
      const check = validateAnswer(question, draft);
      // Moving on with nothing ticked is a skip; a half-typed number is flagged first.
      if (check.kind === 'invalid' && check.reason !== 'empty') return setInvalid(check.reason);
      return isLast ? end() : go(index + 1);
    }
    if (graded) return isLast ? end() : go(index + 1);
    const outcome = answer(session, question, draft, Date.now());
    if (outcome.kind === 'invalid') return setInvalid(outcome.reason);
    if (outcome.kind === 'rejected') return;
    onChange(outcome.session);
    const result = outcome.feedback.kind === 'shown' ? outcome.feedback.result : null;
    const verdict = verdictOf(result);
    setAnnouncement(
      verdict === 'right'
        ? verdictLabel(verdict, lang)
        : `${verdictLabel(verdict, lang)}. ${t('quiz.correctAnswer')}: ${expectedText(question, expectedAnswer(question), lang)}`,
    );
    // Focus waits for the Next button to render.
    setTimeout(() => nextRef.current?.focus(), 0);
  };

  const submitLabel = exam ? (isLast ? t('quiz.finishExam') : t('quiz.next')) : graded ? (isLast ? t('quiz.seeResults') : t('quiz.next')) : t('quiz.check');
  const left = exam ? remainingMs(session, now) : null;

  return (
    <section className="quiz-run" aria-labelledby={`${idPrefix}-heading`} data-testid="quiz-run" data-mode={session.mode}>
      <div className="quiz-run__bar">
        <p className="meta" data-testid="quiz-progress">
          {exam ? t('quiz.answeredOf', { answered: answeredCount, total: order.length }) : t('quiz.modePractice')}
        </p>
        {left !== null && <Countdown remainingMs={left} lang={lang} />}
      </div>
      <h2 id={`${idPrefix}-heading`} tabIndex={-1} ref={headingRef} data-testid="question-heading">
        {t('quiz.questionOf', { n: index + 1, total: order.length })} <span className="meta">· {question.module}</span>
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <QuestionView
          key={id}
          question={question}
          lang={lang}
          idPrefix={`${idPrefix}-${id}`}
          draft={drafts[id]}
          onDraft={setDraft}
          graded={graded}
          invalid={invalid}
        />
        {graded && <FeedbackPanel question={question} lang={lang} result={graded} />}
        <div className="quiz-run__actions">
          {exam && index > 0 && (
            <button type="button" onClick={() => go(index - 1)} data-testid="previous">
              {t('quiz.previous')}
            </button>
          )}
          <button type="submit" className="primary" ref={nextRef} data-testid="submit-answer">
            {submitLabel}
          </button>
          {(exam ? !isLast : !(graded && isLast)) && (
            <button type="button" onClick={end} data-testid="end-session">
              {exam ? t('quiz.finishExam') : t('quiz.endSession')}
            </button>
          )}
        </div>
      </form>
      <p className="visually-hidden" aria-live="polite" data-testid="quiz-announcement">
        {announcement}
      </p>
    </section>
  );
}
