import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { InvalidReason } from '../../core/quiz/answer';
import { gradeAnswer, type Graded } from '../../core/quiz/grade';
import { dueToday } from '../../core/quiz/due-today';
import { isoToMillis } from '../../core/quiz/iso-date';
import type { QuizQuestion } from '../../core/quiz/question';
import { daysUntil, previewDue, review, type ReviewRating } from '../../core/quiz/review';
import type { CardDeck } from '../../core/quiz/review-card';
import { logEntry, reviewStats, type ReviewLogEntry } from '../../core/quiz/review-log';
import { mergeReviewLogs, reviewHistory } from '../../core/quiz/review-history';
import {
  allowedRatings,
  currentCard,
  defaultRating,
  gradeCurrent,
  queueCounts,
  ratingForKey,
  ratings,
  startQueue,
  type ReviewQueue,
} from '../../core/quiz/review-queue';
import { setReviewCards } from '../../core/progress/updates';
import { FeedbackPanel, verdictAnnouncement } from '../shared/question/FeedbackPanel';
import { formatDate } from '../shared/question/format';
import { QuestionView, type Draft } from '../shared/question/QuestionView';
import { BankStatus } from '../shared/BankStatus';
import { useQuestionBank, type QuestionSource } from '../shared/question-bank';
import { StorageNotice } from '../shared/StorageNotice';
import { useProgress } from '../shared/useProgress';
import { logReview, readReviewLog } from './review-log-store';
import { ReviewStats } from './ReviewStats';
import '../shared/widget.css';
import '../shared/question/question.css';
import '../SelfAssessment/self-assessment.css';
import './review.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** Every question a card can stand for: the bank and the case quizzes (tests); pages pass `source`. */
  questions?: QuizQuestion[];
  /** Where the bank's JSON files are (src/pages/quiz-data): every module and the case quizzes. */
  source?: QuestionSource;
}

const noQuestions: QuizQuestion[] = [];

/** The earliest due date among cards of questions still on the site. */
function nextDue(deck: CardDeck, known: ReadonlySet<string>): number | null {
  const dues = Object.entries(deck)
    .filter(([id]) => known.has(id))
    .map(([, card]) => isoToMillis(card.due));
  return dues.length === 0 ? null : Math.min(...dues);
}

/** A card's outcome: graded, or shown without an answer (which can only be Again). */
type Revealed = { result: Graded | null };

/** The FSRS number the progress log stores with a review. */
const fsrsRating = { again: 1, hard: 2, good: 3, easy: 4 } as const;

const ratingKey = { again: 'review.again', hard: 'review.hard', good: 'review.good', easy: 'review.easy' } as const;

/** Keys typed into these must stay theirs (digits in the numeric field, Space on a radio). */
const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName);

/**
 * Spaced review as Anki runs it: answer (or just reveal), see the explanation, grade your recall
 * Again / Hard / Good / Easy (keys 1–4, Space for the suggested grade); ts-fsrs schedules the card.
 * A card graded Again comes back later in the same sitting. Statistics sit below.
 */
export default function ReviewSession({ lang, questions: given, source, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `review${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const progress = useProgress();
  // The questions are needed only to show cards: a learner with none fetches no bank file.
  const wanted = progress.state !== null && Object.keys(progress.state.reviewCards).length > 0;
  const bank = useQuestionBank(lang, given, source, wanted);
  const questions = bank.kind === 'ready' ? bank.questions : noQuestions;
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const known = useMemo(() => new Set(byId.keys()), [byId]);
  const [queue, setQueue] = useState<ReviewQueue | null>(null);
  const [seed, setSeed] = useState('');
  const [draft, setDraft] = useState<Draft>(undefined);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [invalid, setInvalid] = useState<InvalidReason | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [log, setLog] = useState<ReviewLogEntry[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const gradesRef = useRef<HTMLDivElement>(null);

  useEffect(() => setLog(readReviewLog()), []);

  const deck = useMemo(() => progress.state?.reviewCards ?? {}, [progress.state]);
  // Until the bank is here no card can be matched to its question: counts wait rather than say "none due".
  const loaded = progress.state !== null && (!wanted || bank.kind === 'ready');
  const due = loaded ? dueToday(deck, Date.now(), known) : null;
  const id = queue ? currentCard(queue) : null;
  const done = queue !== null && id === null;
  const question = id ? byId.get(id) : undefined;
  const shownCount = queue?.done.length ?? 0;

  // Each new card (and the end) takes the focus to its heading: the queue changes only when a card is graded.
  useEffect(() => {
    if (queue) headingRef.current?.focus();
  }, [queue, done]);

  const start = () => {
    if (!due || due.length === 0) return;
    setSeed(`${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
    setQueue(startQueue(due));
    setDraft(undefined);
    setRevealed(null);
  };

  const preview = useMemo(() => (revealed && id ? previewDue(deck[id], Date.now()) : null), [revealed, id, deck]);
  const allowed = revealed ? (revealed.result ? allowedRatings(revealed.result) : (['again'] as const)) : [];
  const suggested: ReviewRating | null = revealed ? (revealed.result ? defaultRating(revealed.result) : 'again') : null;

  const focusGrades = () => setTimeout(() => gradesRef.current?.querySelector<HTMLButtonElement>('[data-suggested="true"]')?.focus(), 0);

  /** Checks the answer given; with none, Space (or the button) just reveals it. */
  const check = useCallback(
    (revealOnly: boolean) => {
      if (!question || revealed) return;
      if (revealOnly && (draft === undefined || draft === '' || (Array.isArray(draft) && draft.length === 0))) {
        setRevealed({ result: null });
        setAnnouncement(t('quiz.unanswered'));
        focusGrades();
        return;
      }
      const result = gradeAnswer(question, draft);
      if (result.kind === 'invalid') return setInvalid(result.reason);
      setRevealed({ result });
      setAnnouncement(verdictAnnouncement(question, result, lang));
      focusGrades();
    },
    [question, revealed, draft, lang, t],
  );

  const grade = useCallback(
    (rating: ReviewRating) => {
      if (!queue || !id || !revealed || !(allowed as readonly string[]).includes(rating)) return;
      const now = Date.now();
      // Saved in the background (queued in order); the card's new schedule shows once it is stored.
      void progress.update((state) => setReviewCards(state, { ...state.reviewCards, [id]: review(state.reviewCards[id], rating, now) }), { rating: fsrsRating[rating] });
      setLog(logReview(logEntry(id, deck[id], rating, now)));
      setQueue(gradeCurrent(queue, rating));
      setDraft(undefined);
      setRevealed(null);
      setInvalid(null);
      setAnnouncement(rating === 'again' ? t('review.againNote') : '');
    },
    [queue, id, revealed, allowed, progress, deck, t],
  );

  // Anki's keys: 1–4 grade once the answer is shown; Space reveals, then gives the suggested grade.
  useEffect(() => {
    if (!queue || done) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const rating = ratingForKey(e.key);
      if (revealed && rating && !(e.target instanceof HTMLInputElement && e.target.type === 'text')) {
        e.preventDefault();
        grade(rating);
        return;
      }
      if (e.key !== ' ' || isTyping(e.target)) return;
      e.preventDefault();
      if (revealed && suggested) grade(suggested);
      else check(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [queue, done, revealed, suggested, grade, check]);

  const upcoming = loaded ? nextDue(deck, known) : null;
  // The whole stored history (quiz, case-quiz and self-check answers too), with this log's exact grades.
  const history = useMemo(() => mergeReviewLogs(reviewHistory(progress.events ?? []), log), [progress.events, log]);
  const stats = useMemo(() => reviewStats(deck, history, Date.now(), 14, known), [deck, history, known]);
  const counts = queue ? queueCounts(queue) : null;
  const againCount = queue?.done.filter((d) => d.rating === 'again').length ?? 0;

  return (
    <div className="quiz review" data-widget="review" data-bank={wanted ? bank.kind : 'unneeded'} data-hydrated={progress.state && (!wanted || bank.kind !== 'loading') ? 'true' : undefined}>
      <StorageNotice report={progress.report} lang={lang} />
      {wanted && <BankStatus bank={bank} lang={lang} onRetry={bank.retry} />}
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
        <section className="quiz-run" aria-labelledby={`${idPrefix}-heading`} data-testid="review-run" data-card={id}>
          <p className="meta" data-testid="review-progress">
            {t('review.cardProgress', { left: counts?.left ?? 0, relearning: counts?.relearning ?? 0, done: shownCount })}
          </p>
          <h2 id={`${idPrefix}-heading`} tabIndex={-1} ref={headingRef} data-testid="question-heading">
            {t('review.cardOf', { n: shownCount + 1, total: shownCount + (queue.pending.length) })}{' '}
            <span className="meta">
              · {question.module}
              {id.startsWith('case-') && <> · {t('review.fromCase')}</>}
            </span>
          </h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              check(false);
            }}
          >
            <QuestionView
              key={`${id}-${shownCount}`}
              question={question}
              lang={lang}
              idPrefix={`${idPrefix}-${id}-${shownCount}`}
              seed={`${seed}:${id}`}
              draft={draft}
              onDraft={(d) => {
                setDraft(d);
                setInvalid(null);
              }}
              graded={revealed?.result ?? undefined}
              invalid={invalid}
            />
            {!revealed && (
              <div className="quiz-run__actions">
                <button type="submit" className="primary" data-testid="submit-answer">
                  {t('quiz.check')}
                </button>
                <button type="button" onClick={() => check(true)} data-testid="reveal">
                  {t('review.reveal')}
                </button>
              </div>
            )}
          </form>
          {revealed && (
            <>
              <FeedbackPanel question={question} lang={lang} result={revealed.result} />
              <div className="review-grades" role="group" aria-labelledby={`${idPrefix}-grade`} ref={gradesRef} data-testid="review-grades">
                <p id={`${idPrefix}-grade`} className="review-grades__prompt">
                  <strong>{t('review.gradePrompt')}</strong>
                </p>
                <div className="review-grades__buttons">
                  {ratings.map((rating, i) => {
                    const enabled = (allowed as readonly string[]).includes(rating);
                    return (
                      <button
                        key={rating}
                        type="button"
                        className={`review-grade review-grade--${rating}${rating === suggested ? ' primary' : ''}`}
                        disabled={!enabled}
                        data-rating={rating}
                        data-suggested={String(rating === suggested)}
                        aria-keyshortcuts={String(i + 1)}
                        onClick={() => grade(rating)}
                      >
                        <kbd aria-hidden="true">{i + 1}</kbd> {t(ratingKey[rating])}
                        {preview && (
                          <span className="review-grade__next" data-testid={`next-${rating}`}>
                            {rating === 'again' ? t('review.againNote') : t('review.inDays', { count: daysUntil(preview[rating], Date.now()) })}
                          </span>
                        )}
                      </button>
                    );
                  })}
                </div>
                <p className="meta">{t('review.gradeHelp')}</p>
              </div>
            </>
          )}
          <p className="visually-hidden" aria-live="polite" data-testid="review-announcement">
            {announcement}
          </p>
        </section>
      )}

      {queue !== null && done && (
        <section className="quiz-results" aria-labelledby={`${idPrefix}-done`} data-testid="review-done">
          <h2 id={`${idPrefix}-done`} tabIndex={-1} ref={headingRef}>
            {t('review.doneTitle')}
          </h2>
          <p data-testid="review-summary">{t('review.doneSummary', { reviews: queue.done.length, again: againCount, cards: counts?.seen ?? 0 })}</p>
          {upcoming !== null && <p data-testid="review-upcoming">{t('review.nextDueAll', { date: formatDate(upcoming, lang) })}</p>}
          <p>
            <a href={`/${lang}/quiz/`}>{t('review.toQuiz')}</a> · <a href={`/${lang}/progress/`}>{t('progress.title')}</a>
          </p>
        </section>
      )}

      {loaded && (queue === null || done) && <ReviewStats stats={stats} lang={lang} />}
    </div>
  );
}
