import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { InvalidReason } from '../../core/quiz/answer';
import { expectedAnswer, gradeAnswer, type Graded } from '../../core/quiz/grade';
import { isoToMillis } from '../../core/quiz/iso-date';
import { dueCards, reviewAnswer } from '../../core/quiz/review';
import type { CardDeck } from '../../core/quiz/review-card';
import { setReviewCards } from '../../core/progress/updates';
import type { QuizQuestion } from '../../lib/questions';
import { FeedbackPanel, verdictLabel, verdictOf } from '../SelfAssessment/FeedbackPanel';
import { endOfDay, expectedText, formatDate } from '../SelfAssessment/format';
import { QuestionView, type Draft } from '../SelfAssessment/QuestionView';
import { StorageNotice } from '../shared/StorageNotice';
import { useProgress } from '../shared/useProgress';
import { useQuestionBank, type QuestionSource } from '../shared/question-bank';
import '../shared/widget.css';
import '../SelfAssessment/self-assessment.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The bank, when given directly (tests); pages pass `source` and the island fetches it. */
  questions?: QuizQuestion[];
  source?: QuestionSource;
}

/** The earliest due date among cards of questions still in the bank. */
function nextDue(deck: CardDeck, known: ReadonlySet<string>): number | null {
  const dues = Object.entries(deck)
    .filter(([id]) => known.has(id))
    .map(([, card]) => isoToMillis(card.due));
  return dues.length === 0 ? null : Math.min(...dues);
}

/**
 * Spaced repetition over the cards due today: answer, see the feedback, and the card is rescheduled
 * by FSRS at once (right → good, partly right → hard, wrong → again) and saved.
 */
export default function ReviewSession({ lang, questions: given, source, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const loaded = useQuestionBank(lang, given, source);
  const questions = useMemo(() => (loaded.kind === 'ready' ? loaded.questions : []), [loaded]);
  const idPrefix = `review${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const known = useMemo(() => new Set(byId.keys()), [byId]);
  const progress = useProgress();
  const [queue, setQueue] = useState<string[] | null>(null);
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<Draft>(undefined);
  const [graded, setGraded] = useState<Graded | null>(null);
  const [invalid, setInvalid] = useState<InvalidReason | null>(null);
  const [rightCount, setRightCount] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);

  const deck = progress.state?.reviewCards ?? {};
  const due = progress.state && loaded.kind === 'ready' ? dueCards(deck, endOfDay(Date.now())).filter((id) => known.has(id)) : null;
  const done = queue !== null && index >= queue.length;
  const id = queue?.[index];
  const question = id ? byId.get(id) : undefined;

  useEffect(() => {
    if (queue) headingRef.current?.focus();
  }, [queue, index, done]);

  const start = () => {
    if (!due || due.length === 0) return;
    setQueue(due);
    setIndex(0);
    setRightCount(0);
    setDraft(undefined);
    setGraded(null);
  };

  const submit = () => {
    if (!question || !id) return;
    if (graded) {
      setIndex((i) => i + 1);
      setDraft(undefined);
      setGraded(null);
      setInvalid(null);
      setAnnouncement('');
      return;
    }
    const result = gradeAnswer(question, draft);
    if (result.kind === 'invalid') return setInvalid(result.reason);
    const now = Date.now();
    progress.update((state) => setReviewCards(state, reviewAnswer(state.reviewCards, id, result, now)));
    setGraded(result);
    if (result.correct) setRightCount((n) => n + 1);
    const verdict = verdictOf(result);
    setAnnouncement(verdict === 'right' ? verdictLabel(verdict, lang) : `${verdictLabel(verdict, lang)}. ${t('quiz.correctAnswer')}: ${expectedText(question, expectedAnswer(question), lang)}`);
    setTimeout(() => nextRef.current?.focus(), 0);
  };

  const upcoming = progress.state && loaded.kind === 'ready' ? nextDue(deck, known) : null;
  const cardDue = id ? deck[id]?.due : undefined;

  return (
    <div className="quiz" data-widget="review" data-hydrated={progress.state && loaded.kind === 'ready' ? 'true' : undefined}>
      <StorageNotice report={progress.report} lang={lang} />
      {loaded.kind === 'error' && <p className="note" role="alert">{t('quiz.bankUnavailable')}</p>}
      {queue === null && (
        <div className="quiz-setup">
          <p className="quiz-due" data-testid="review-due" data-due={due?.length ?? ''}>
            {due === null ? t('review.dueUnknown') : t(due.length === 1 ? 'review.dueTodayOne' : 'review.dueToday', { count: due.length })}
          </p>
          {due !== null && due.length === 0 && (
            <p data-testid="review-empty">
              {upcoming !== null ? t('review.nextDueAll', { date: formatDate(upcoming, lang) }) : t('review.noCards')}{' '}
              <a href={`/${lang}/quiz/`}>{t('review.toQuiz')}</a>
            </p>
          )}
          <div>
            <button type="button" className="primary" onClick={start} disabled={!due || due.length === 0} data-testid="start-review">
              {t('review.start')}
            </button>
          </div>
        </div>
      )}

      {queue !== null && !done && question && id && (
        <section className="quiz-run" aria-labelledby={`${idPrefix}-heading`} data-testid="review-run">
          <h2 id={`${idPrefix}-heading`} tabIndex={-1} ref={headingRef} data-testid="question-heading">
            {t('review.cardOf', { n: index + 1, total: queue.length })} <span className="meta">· {question.module}</span>
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
              draft={draft}
              onDraft={(d) => {
                setDraft(d);
                setInvalid(null);
              }}
              graded={graded ?? undefined}
              invalid={invalid}
            />
            {graded && (
              <FeedbackPanel question={question} lang={lang} result={graded}>
                {cardDue && (
                  <p data-testid="next-due">
                    <strong>{t('review.nextDue', { date: formatDate(cardDue, lang) })}</strong>
                  </p>
                )}
              </FeedbackPanel>
            )}
            <div className="quiz-run__actions">
              <button type="submit" className="primary" ref={nextRef} data-testid="submit-answer">
                {graded ? (index + 1 >= queue.length ? t('review.finish') : t('quiz.next')) : t('quiz.check')}
              </button>
            </div>
          </form>
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
        </section>
      )}

      {queue !== null && done && (
        <section className="quiz-results" aria-labelledby={`${idPrefix}-done`} data-testid="review-done">
          <h2 id={`${idPrefix}-done`} tabIndex={-1} ref={headingRef}>
            {t('review.doneTitle')}
          </h2>
          <p data-testid="review-summary">{t('review.summary', { right: rightCount, total: queue.length })}</p>
          {upcoming !== null && <p data-testid="review-upcoming">{t('review.nextDueAll', { date: formatDate(upcoming, lang) })}</p>}
          <p>
            <a href={`/${lang}/quiz/`}>{t('review.toQuiz')}</a> · <a href={`/${lang}/progress/`}>{t('progress.title')}</a>
          </p>
        </section>
      )}
    </div>
  );
}
