// Loads the question bank from the static JSON files the build writes (src/pages/quiz-data/[lang]/[module].json.ts),
// one per module, so the quiz pages' HTML does not carry the whole bank in island props.
import { useEffect, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import type { QuizQuestion } from '../../lib/questions';

/** Where the bank lives and which modules to fetch; the page knows both at build time. */
export interface QuestionSource {
  base: string;
  modules: readonly string[];
}

export const questionModuleUrl = (base: string, lang: Locale, module: string) => `${base}${lang}/${module}.json`;

const cache = new Map<string, Promise<QuizQuestion[]>>();

function fetchModule(url: string, fetchFn: typeof fetch): Promise<QuizQuestion[]> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchFn(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))
      .then((data: unknown) => (Array.isArray(data) ? (data as QuizQuestion[]) : Promise.reject(new Error(`${url}: not a list`))));
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

/** The questions passed in directly (tests, embedding), or else the ones fetched from `source`. */
export function useQuestionBank(lang: Locale, given: QuizQuestion[] | undefined, source: QuestionSource | undefined): BankState {
  const [state, setState] = useState<BankState>(given ? { kind: 'ready', questions: given } : { kind: 'loading' });
  useEffect(() => {
    if (given) {
      setState({ kind: 'ready', questions: given });
      return;
    }
    if (!source) return setState({ kind: 'error' });
    let live = true;
    loadQuestions(lang, source).then(
      (questions) => live && setState({ kind: 'ready', questions }),
      () => live && setState({ kind: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [lang, given, source?.base, source?.modules.join(',')]); // the source by value: pages pass a fresh object
  return state;
}
