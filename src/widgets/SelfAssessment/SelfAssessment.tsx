import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { pickQuestions } from '../../core/quiz/pick-questions';
import { results as sessionResults, type BankEntry } from '../../core/quiz/results';
import { dueCards } from '../../core/quiz/review';
import { createRetake, createSession, type Session } from '../../core/quiz/session';
import { recordSession } from '../../core/progress/record-session';
import type { QuizQuestion } from '../../lib/questions';
import { StorageNotice } from '../shared/StorageNotice';
import { useProgress } from '../shared/useProgress';
import { useQuestionBank, type QuestionSource } from '../shared/question-bank';
import { endOfDay } from './format';
import { secondsPerExamQuestion, type QuizModule } from './quiz-config';
import { QuizResults } from './QuizResults';
import { QuizRunner } from './QuizRunner';
import { QuizSetup, type SetupChoice } from './QuizSetup';
import '../shared/widget.css';
import './self-assessment.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The bank, when given directly (tests); pages pass `source` and the island fetches it. */
  questions?: QuizQuestion[];
  source?: QuestionSource;
  modules: QuizModule[];
}

/** Widgets may draw randomness; the core only ever sees the seed. */
const newSeed = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export default function SelfAssessment({ lang, questions: given, source, modules, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const loaded = useQuestionBank(lang, given, source);
  const questions = useMemo(() => (loaded.kind === 'ready' ? loaded.questions : []), [loaded]);
  const idPrefix = `quiz${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const bank: BankEntry[] = useMemo(() => questions.map(({ id, module }) => ({ id, module })), [questions]);
  const moduleTitles = useMemo(() => new Map(modules.map((m) => [m.module, m.title])), [modules]);
  const progress = useProgress();
  const [session, setSession] = useState<Session | null>(null);
  const [saved, setSaved] = useState<boolean | null>(null);

  const finished = session?.status === 'finished';
  const results = useMemo(() => (session && finished ? sessionResults(session, bank) : null), [session, finished, bank]);

  // A finished session goes into the history and the review deck once (recordSession is idempotent too).
  const { update } = progress;
  useEffect(() => {
    if (!session || !finished) return;
    void update((state) => recordSession(state, session, bank)).then(setSaved);
  }, [session, finished, bank, update]);

  const onChange = useCallback((next: Session) => setSession(next), []);

  const start = ({ modules: chosen, count, mode }: SetupChoice) => {
    const seed = newSeed();
    const ids = pickQuestions(bank, { modules: chosen, count, seed });
    setSaved(null);
    setSession(
      createSession({ questionIds: ids, mode, seed, ...(mode === 'exam' ? { timeLimitSec: ids.length * secondsPerExamQuestion } : {}) }, Date.now()),
    );
  };

  const retake = () => {
    if (!session || !results) return;
    setSaved(null);
    setSession(
      createRetake(session, {
        seed: newSeed(),
        now: Date.now(),
        ...(session.mode === 'exam' ? { timeLimitSec: results.mistakes.length * secondsPerExamQuestion } : {}),
      }),
    );
  };

  const known = new Set(bank.map((q) => q.id));
  const due = progress.state ? dueCards(progress.state.reviewCards, endOfDay(Date.now())).filter((id) => known.has(id)).length : null;

  return (
    <div className="quiz" data-widget="self-assessment" data-hydrated={progress.state && loaded.kind === 'ready' ? 'true' : undefined}>
      <StorageNotice report={progress.report} lang={lang} />
      {loaded.kind === 'error' && <p className="note" role="alert">{t('quiz.bankUnavailable')}</p>}
      {!session && (
        <>
          <p className="quiz-due" data-testid="due-count" data-due={due ?? ''}>
            {due === null ? t('review.dueUnknown') : t(due === 1 ? 'review.dueTodayOne' : 'review.dueToday', { count: due })}{' '}
            {due !== null && due > 0 && <a href={`/${lang}/quiz/review/`}>{t('review.start')}</a>}
          </p>
          <QuizSetup lang={lang} idPrefix={idPrefix} modules={modules} onStart={start} />
        </>
      )}
      {session && !finished && <QuizRunner key={`${session.startedAt}-${session.seed}`} lang={lang} idPrefix={idPrefix} session={session} questions={byId} onChange={onChange} />}
      {session && results && (
        <QuizResults
          key={`${session.startedAt}-${session.seed}`}
          lang={lang}
          idPrefix={idPrefix}
          session={session}
          results={results}
          questions={byId}
          moduleTitles={moduleTitles}
          saved={saved}
          onRetake={retake}
          onRestart={() => {
            setSession(null);
            setSaved(null);
          }}
        />
      )}
    </div>
  );
}
