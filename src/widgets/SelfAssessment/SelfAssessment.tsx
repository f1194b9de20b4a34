import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import { dueToday } from '../../core/quiz/due-today';
import { drawByBlueprint } from '../../core/quiz/exam-draw';
import { pickQuestions } from '../../core/quiz/pick-questions';
import type { QuizQuestion } from '../../core/quiz/question';
import { results as sessionResults, type BankEntry } from '../../core/quiz/results';
import { createRetake, createSession, timeUp, type Session } from '../../core/quiz/session';
import {
  clearSnapshot,
  QUIZ_SNAPSHOT_KEY,
  readQuizSnapshot,
  readSnapshot,
  restoreQuizSession,
  toQuizSnapshot,
  writeSnapshot,
} from '../../core/quiz/session-snapshot';
import { recordSession } from '../../core/progress/record-session';
import { BankStatus } from '../shared/BankStatus';
import { useQuestionBank, type QuestionSource } from '../shared/question-bank';
import { snapshotStorage } from '../shared/question/snapshot-storage';
import { StorageNotice } from '../shared/StorageNotice';
import { useProgress } from '../shared/useProgress';
import { secondsPerExamQuestion, type QuizModule } from './quiz-config';
import { QuizResults } from './QuizResults';
import { QuizRunner } from './QuizRunner';
import { QuizSetup, type SetupChoice } from './QuizSetup';
import { ResumeNotice } from './ResumeNotice';
import '../shared/widget.css';
import '../shared/question/question.css';
import './self-assessment.css';

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The questions themselves (tests); pages pass `source` instead and the island fetches the bank. */
  questions?: QuizQuestion[];
  /** Where the bank's JSON files are (src/pages/quiz-data). */
  source?: QuestionSource;
  modules: QuizModule[];
  /** Ids of case-quiz questions: review cards can stand for them too (the bank's own come with the bank). */
  caseQuestionIds?: string[];
}

/** Widgets may draw randomness; the core only ever sees the seed. */
const newSeed = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

type Running = { session: Session; index: number };

const noQuestions: QuizQuestion[] = [];

export default function SelfAssessment({ lang, questions: given, source, modules, caseQuestionIds, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const idPrefix = `quiz${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const bankState = useQuestionBank(lang, given, source);
  const ready = bankState.kind === 'ready';
  const questions = bankState.kind === 'ready' ? bankState.questions : noQuestions;
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const bank: BankEntry[] = useMemo(() => questions.map(({ id, module, level }) => ({ id, module, ...(level ? { level } : {}) })), [questions]);
  const moduleTitles = useMemo(() => new Map(modules.map((m) => [m.module, m.title])), [modules]);
  const progress = useProgress();
  const [running, setRunning] = useState<Running | null>(null);
  /** A session left running on an earlier visit (this page, the other language, before a reload). */
  const [paused, setPaused] = useState<Running | null>(null);
  const [saved, setSaved] = useState<boolean | null>(null);
  const session = running?.session ?? null;

  // Only against the loaded bank: before it arrives every question would look gone and the snapshot be dropped.
  useEffect(() => {
    if (!ready) return;
    const snapshot = readSnapshot(snapshotStorage, QUIZ_SNAPSHOT_KEY, readQuizSnapshot);
    const restored = snapshot ? restoreQuizSession(snapshot, byId) : null;
    if (restored) setPaused(restored);
    else if (snapshot) clearSnapshot(snapshotStorage, QUIZ_SNAPSHOT_KEY);
  }, [ready, byId]);

  const finished = session?.status === 'finished';
  const results = useMemo(() => (session && finished ? sessionResults(session, bank) : null), [session, finished, bank]);

  // A running session is copied out on every change; a finished one is recorded once and dropped.
  const { update } = progress;
  useEffect(() => {
    if (!running) return;
    if (running.session.status === 'active') {
      writeSnapshot(snapshotStorage, QUIZ_SNAPSHOT_KEY, toQuizSnapshot(running.session, running.index));
      return;
    }
    clearSnapshot(snapshotStorage, QUIZ_SNAPSHOT_KEY);
    // The store is asynchronous: "saved" is said only once the result is really stored.
    let live = true;
    void update((state) => recordSession(state, running.session, bank)).then((ok) => {
      if (live) setSaved(ok);
    });
    return () => {
      live = false;
    };
  }, [running, bank, update]);

  const onChange = useCallback((next: Session) => setRunning((r) => (r ? { ...r, session: next } : r)), []);
  const onIndex = useCallback((index: number) => setRunning((r) => (r ? { ...r, index } : r)), []);

  const begin = (next: Session) => {
    setSaved(null);
    setPaused(null);
    setRunning({ session: next, index: 0 });
  };

  const start = ({ modules: chosen, count, mode }: SetupChoice) => {
    if (!ready) return;
    const seed = newSeed();
    // Practice spreads questions evenly over the modules; an exam follows the bank's blueprint.
    const ids = mode === 'exam' ? drawByBlueprint(bank, { modules: chosen, count, seed }) : pickQuestions(bank, { modules: chosen, count, seed });
    begin(createSession({ questionIds: ids, mode, seed, ...(mode === 'exam' ? { timeLimitSec: ids.length * secondsPerExamQuestion } : {}) }, Date.now()));
  };

  const resume = () => {
    if (!paused) return;
    setSaved(null);
    // An exam whose time ran out while away is handed in with what was answered.
    setRunning({ ...paused, session: timeUp(paused.session, Date.now()) });
    setPaused(null);
  };

  const discard = () => {
    clearSnapshot(snapshotStorage, QUIZ_SNAPSHOT_KEY);
    setPaused(null);
  };

  const retake = () => {
    if (!session || !results) return;
    begin(
      createRetake(session, {
        seed: newSeed(),
        now: Date.now(),
        ...(session.mode === 'exam' ? { timeLimitSec: results.mistakes.length * secondsPerExamQuestion } : {}),
      }),
    );
  };

  const known = useMemo(() => new Set([...byId.keys(), ...(caseQuestionIds ?? [])]), [caseQuestionIds, byId]);
  // Counted once the bank is here: before, every bank card would look like a question the site no longer has.
  const due = progress.state && ready ? dueToday(progress.state.reviewCards, Date.now(), known).length : null;

  return (
    <div className="quiz" data-widget="self-assessment" data-bank={bankState.kind} data-hydrated={progress.state && bankState.kind !== 'loading' ? 'true' : undefined}>
      <StorageNotice report={progress.report} lang={lang} />
      {!session && (
        <>
          {paused && <ResumeNotice lang={lang} session={paused.session} onResume={resume} onDiscard={discard} />}
          <p className="quiz-due" data-testid="due-count" data-due={due ?? ''}>
            {due === null ? t('review.dueUnknown') : t(due === 1 ? 'review.dueTodayOne' : 'review.dueToday', { count: due })}{' '}
            {due !== null && due > 0 && <a href={`/${lang}/quiz/review/`}>{t('review.start')}</a>}
          </p>
          <QuizSetup lang={lang} idPrefix={idPrefix} modules={modules} onStart={start} ready={ready} />
          {/* Below the form, beside the start button it holds back: the form does not move when it goes. */}
          <BankStatus bank={bankState} lang={lang} onRetry={bankState.retry} />
        </>
      )}
      {running && session && !finished && (
        <QuizRunner
          key={`${session.startedAt}-${session.seed}`}
          lang={lang}
          idPrefix={idPrefix}
          session={session}
          index={running.index}
          questions={byId}
          onChange={onChange}
          onIndex={onIndex}
        />
      )}
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
            setRunning(null);
            setSaved(null);
          }}
        />
      )}
    </div>
  );
}
