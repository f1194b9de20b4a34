// Loads the question bank from the static JSON files the build writes (src/pages/quiz-data/[lang]/*.json.ts),
// one per module plus one for the case quizzes, so the quiz pages' HTML does not carry the whole bank in
// island props. The service worker caches the files (scripts/postbuild.mjs), so the quiz works offline.
import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import type { QuizQuestion } from '../../core/quiz/question';

/** Where the bank lives and which files to fetch (module ids, or "cases"); the page knows both at build time. */
export interface QuestionSource {
  base: string;
  modules: readonly string[];
}

/** The site's own bank files: /quiz-data/<lang>/<module>.json and /quiz-data/<lang>/cases.json. */
export const QUIZ_DATA_BASE = '/quiz-data/';
/** The file name of every case-quiz question (review cards can stand for them). */
export const CASES_FILE = 'cases';

export const questionModuleUrl = (base: string, lang: Locale, module: string) => `${base}${lang}/${module}.json`;

const cache = new Map<string, Promise<QuizQuestion[]>>();

/** Enough of a question to be asked and graded; a file with anything else is refused whole. */
function looksLikeQuestion(q: unknown): q is QuizQuestion {
  if (typeof q !== 'object' || q === null) return false;
  const { id, module, type, stem } = q as Record<string, unknown>;
  return typeof id === 'string' && typeof module === 'string' && typeof stem === 'string' && (type === 'single' || type === 'multiple' || type === 'numeric');
}

function fetchModule(url: string, fetchFn: typeof fetch): Promise<QuizQuestion[]> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchFn(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))
      .then((data: unknown) =>
        Array.isArray(data) && data.every(looksLikeQuestion) ? data : Promise.reject(new Error(`${url}: not a list of questions`)),
      );
    // A failed fetch is forgotten, so the next attempt (e.g. back online) tries again.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** Every question of the given modules, in module order; rejects if any module cannot be read. */
export async function loadQuestions(lang: Locale, source: QuestionSource, fetchFn: typeof fetch = fetch): Promise<QuizQuestion[]> {
  const parts = await Promise.all(source.modules.map((m) => fetchModule(questionModuleUrl(source.base, lang, m), fetchFn)));
  return parts.flat();
}

export type BankState = { kind: 'loading' } | { kind: 'ready'; questions: QuizQuestion[] } | { kind: 'error' };

/**
 * The questions passed in directly (tests, embedding), or else the ones fetched from `source`.
 * `retry` fetches again after an error (the failed files are not remembered). With `wanted` false nothing is
 * fetched and the state stays 'loading' (the review page of a learner with no cards needs no questions).
 */
export function useQuestionBank(lang: Locale, given: QuizQuestion[] | undefined, source: QuestionSource | undefined, wanted = true): BankState & { retry: () => void } {
  const [state, setState] = useState<BankState>(given ? { kind: 'ready', questions: given } : { kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const sourceKey = source ? `${source.base}|${source.modules.join(',')}` : '';
  useEffect(() => {
    if (given) {
      setState({ kind: 'ready', questions: given });
      return;
    }
    if (!wanted) return;
    if (!source) return setState({ kind: 'error' });
    let live = true;
    setState({ kind: 'loading' });
    loadQuestions(lang, source).then(
      (questions) => live && setState({ kind: 'ready', questions }),
      () => live && setState({ kind: 'error' }),
    );
    return () => {
      live = false;
    };
    // The source by value (pages pass a fresh object); `attempt` re-runs it on retry.
  }, [lang, given, sourceKey, attempt, wanted]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
