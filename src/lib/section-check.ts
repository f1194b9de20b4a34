import type { Locale } from '../core/i18n/locales';
import type { Course } from './course';
import { lessonCheckQuestions, toQuizQuestion, type QuizQuestion } from './questions';

/** How many bank questions a section's "check yourself" block asks. */
export const SECTION_CHECK_SIZE = 2;

/**
 * The bank questions for the "check yourself" block at the end of one lesson section: the module's items
 * whose main curriculum fact is one of the section's (e.g. "9c 9d"), clinical decisions first, leaving out the ones the
 * lesson's closing self-check already asks. With no item on those facts, other items of the module are
 * used, so a block is never empty while the module has questions to spare.
 */
export function sectionCheckQuestions(course: Course, module: string, facts: readonly string[], lang: Locale): QuizQuestion[] {
  const atLessonEnd = new Set(lessonCheckQuestions(course, module, lang).map((q) => q.id));
  const pool = course.questions.filter((q) => q.module === module && !atLessonEnd.has(q.id));
  // An item counts for its first (main) fact only, so two sections of one lesson never ask the same question.
  const onFacts = pool.filter((q) => q.facts.length > 0 && facts.includes(String(q.facts[0])));
  const chosen = onFacts.length > 0 ? onFacts : pool;
  const ranked = [...chosen.filter((q) => q.level === 'application'), ...chosen.filter((q) => q.level !== 'application')];
  return ranked.slice(0, SECTION_CHECK_SIZE).map((q) => toQuizQuestion(q, lang, course));
}

/** The module of a lesson page from its address (/it/lessons/m09-cryoablation/ → "M9"), if it is one. */
export function moduleOfLessonPath(pathname: string): string | undefined {
  const m = /\/lessons\/m(\d+)-/.exec(pathname);
  return m ? `M${Number(m[1])}` : undefined;
}
