import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { InvalidReason } from '../../core/quiz/answer';
import type { QuizQuestion } from '../../core/quiz/question';
import { validateAnswer } from '../../core/quiz/validate-answer';
import { answer, feedback, finish, remainingMs, timeUp, type Session } from '../../core/quiz/session';
import { optionSeed } from '../../core/quiz/shuffle-options';
import { givenAnswer } from '../../core/quiz/session-snapshot';
import { FeedbackPanel, verdictAnnouncement } from '../shared/question/FeedbackPanel';
import { QuestionView, type Draft } from '../shared/question/QuestionView';
import { Countdown } from './Countdown';
import { EndConfirm } from './EndConfirm';

interface Props {
  lang: Locale;
  idPrefix: string;
  session: Session;
  /** The question on screen: kept by the parent so a resumed session reopens where it was. */
  index: number;
  questions: ReadonlyMap<string, QuizQuestion>;
  onChange: (session: Session) => void;
  onIndex: (index: number) => void;
}

/** An exam answer already recorded, as the view's draft (so a resumed exam shows its ticks). */
function draftOf(session: Session, id: string): Draft {
  const record = session.answers[id];
  if (!record) return undefined;
  const given = givenAnswer(record.result);
  return typeof given === 'number' ? String(given) : typeof given === 'string' ? given : [...given];
}

/**
 * One question at a time. Practice: check, see the feedback, go on. Exam: answers are recorded as
 * they are given and can be changed; the clock ends the session, and feedback waits for the results.
 * Ending before the last question asks first, and only answered questions are recorded.
 */
export function QuizRunner({ lang, idPrefix, session, index, questions, onChange, onIndex }: Props) {
  const t = getT(lang);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [invalid, setInvalid] = useState<InvalidReason | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);

  const exam = session.mode === 'exam';
  const order = session.order.filter((id) => questions.has(id));
  const at = Math.max(0, Math.min(order.length - 1, index));
  const id = order[at];
  const question = id ? questions.get(id) : undefined;
  const shown = id ? feedback(session, id) : { kind: 'unanswered' as const };
  const graded = !exam && shown.kind === 'shown' ? shown.result : undefined;
  const isLast = at >= order.length - 1;
  const answeredCount = order.filter((q) => session.answers[q]).length;

  // The exam clock: a tick a second; when time is up the session ends itself.
  useEffect(() => {
    if (!exam || session.timeLimitSec === null) return;
    const tick = () => {
      const now = Date.now();
      setNow(now);
      const ended = timeUp(session, now);
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
  }, [at, session.startedAt]);

  if (!question || !id) return null;

  const draft = drafts[id] ?? (exam ? draftOf(session, id) : undefined);

  const setDraft = (next: Draft) => {
    setDrafts((prev) => ({ ...prev, [id]: next }));
    setInvalid(null);
    if (exam) {
      // Exam answers are kept as soon as they are complete, so the clock (or a reload) cannot swallow them.
      const outcome = answer(session, question, next, Date.now());
      if (outcome.kind === 'accepted' || (outcome.kind === 'rejected' && outcome.reason === 'time-up')) onChange(outcome.session);
    }
  };

  const go = (to: number) => onIndex(Math.max(0, Math.min(order.length - 1, to)));

  const end = () => onChange(finish(session, Date.now()));
  /** Ending with questions left asks first; with everything answered it just ends. */
  const askToEnd = () => (answeredCount < order.length ? setConfirming(true) : end());

  const submit = () => {
    if (exam) {
      const check = validateAnswer(question, draft);
      // Moving on with nothing ticked is a skip; a half-typed number is flagged first.
      if (check.kind === 'invalid' && check.reason !== 'empty') return setInvalid(check.reason);
      return isLast ? askToEnd() : go(at + 1);
    }
    if (graded) return isLast ? end() : go(at + 1);
    const outcome = answer(session, question, draft, Date.now());
    if (outcome.kind === 'invalid') return setInvalid(outcome.reason);
    if (outcome.kind === 'rejected') return;
    onChange(outcome.session);
    if (outcome.feedback.kind === 'shown') setAnnouncement(verdictAnnouncement(question, outcome.feedback.result, lang));
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
        {t('quiz.questionOf', { n: at + 1, total: order.length })} <span className="meta">· {question.module}</span>
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
          seed={optionSeed(session.seed, id)}
          draft={draft}
          onDraft={setDraft}
          graded={graded}
          invalid={invalid}
        />
        {graded && <FeedbackPanel question={question} lang={lang} result={graded} />}
        {confirming ? (
          <EndConfirm
            lang={lang}
            answered={answeredCount}
            total={order.length}
            onConfirm={end}
            onCancel={() => {
              setConfirming(false);
              setTimeout(() => endRef.current?.focus(), 0);
            }}
          />
        ) : (
          <div className="quiz-run__actions">
            {exam && at > 0 && (
              <button type="button" onClick={() => go(at - 1)} data-testid="previous">
                {t('quiz.previous')}
              </button>
            )}
            <button type="submit" className="primary" ref={nextRef} data-testid="submit-answer">
              {submitLabel}
            </button>
            {(exam ? !isLast : !(graded && isLast)) && (
              <button type="button" ref={endRef} onClick={askToEnd} data-testid="end-session">
                {exam ? t('quiz.finishExam') : t('quiz.endSession')}
              </button>
            )}
          </div>
        )}
      </form>
      <p className="visually-hidden" aria-live="polite" data-testid="quiz-announcement">
        {announcement}
      </p>
    </section>
  );
}
