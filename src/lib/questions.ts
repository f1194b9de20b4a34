// Build-time access to the question bank (content/questions/<lesson slug>.yaml). The content check has
// already validated the bank; parsing again here types it and fails the build, naming file and field, if
// the two ever drift apart. Islands get only what they need: one locale's text, ids, module, level, type,
// answers — the one question view model of src/core/quiz/question.ts.
import { parse } from 'yaml';
import { z } from '../core/zod';
import { questionFileSchema, type Question } from '../core/content/question-schema';
import { idSchema, type Reference } from '../core/content/schemas';
import type { Locale } from '../core/i18n/locales';
import { getReference, shortCitation } from './content-data';
import { caseQuestionId, type CognitiveLevel, type QuizQuestion, type QuizQuestionBase, type QuizSource } from '../core/quiz/question';
import { computeBlueprint, type Blueprint } from '../core/quiz/blueprint';
import { caseQuizQuestions } from '../core/cases/case-quiz-data';
import { cases } from './cases';

const questionFiles = import.meta.glob<string>('../../content/questions/*.yaml', { query: '?raw', import: 'default', eager: true });
const caseFiles = import.meta.glob<string>('../../content/cases/*.yaml', { query: '?raw', import: 'default', eager: true });

const contentPath = (globKey: string) => globKey.replace(/^(\.\.\/)+/, '');

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') || '(file)';
}

/** Parses one YAML file against a schema; throws "content/questions/x.yaml › [3].options[1].text.en: …". */
function parseFile<T>(globKey: string, text: string, schema: z.ZodType<T>): T {
  const file = contentPath(globKey);
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (e) {
    throw new Error(`${file} › (YAML): ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${file} › ${fieldPath(issue.path)}: ${issue.message}`);
    throw new Error(`Invalid question bank file:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function loadBank(): Question[] {
  const bank: Question[] = [];
  const seen = new Map<string, string>();
  for (const [key, text] of Object.entries(questionFiles).sort(([a], [b]) => a.localeCompare(b))) {
    const file = contentPath(key);
    parseFile(key, text, questionFileSchema).forEach((q, i) => {
      const other = seen.get(q.id);
      if (other) throw new Error(`${file} › [${i}].id: duplicate question id "${q.id}" (also in ${other})`);
      seen.set(q.id, file);
      bank.push(q);
    });
  }
  return bank;
}

/** Only what sources and the progress page need from a case (src/lib/cases.ts validates the rest). */
const caseSummarySchema = z.object({
  id: idSchema,
  title: z.object({ it: z.string().min(1), en: z.string().min(1) }),
  quiz: z.array(z.unknown()).default([]),
});
const caseSummaries = new Map(
  Object.entries(caseFiles).map(([key, text]) => {
    const c = parseFile(key, text, caseSummarySchema);
    return [c.id, { title: c.title, quizLength: c.quiz.length }] as const;
  }),
);

export const questionBank: Question[] = loadBank();

const moduleNumber = (module: string) => Number(module.slice(1));

/** Modules that have questions, in curriculum order, with how many each has. */
export const bankModules: { module: string; count: number }[] = [...new Set(questionBank.map((q) => q.module))]
  .sort((a, b) => moduleNumber(a) - moduleNumber(b))
  .map((module) => ({ module, count: questionBank.filter((q) => q.module === module).length }));

export type { QuizQuestion, QuizSource } from '../core/quiz/question';

/** Named authors give "Fisher 2010"; a described source (lecture course, wiki) has its own label. */
function referenceLabel(ref: Reference, lang: Locale = 'en'): string {
  return shortCitation(ref, lang);
}

function sourcesOf(q: Question, lang: Locale): QuizSource[] {
  const out: QuizSource[] = [];
  if (q.source.ref) {
    const ref = getReference(q.source.ref);
    out.push({ kind: 'ref', label: referenceLabel(ref, lang), detail: ref.title, href: `/${lang}/references/#${ref.id}` });
  }
  if (q.source.case) {
    const summary = caseSummaries.get(q.source.case);
    if (!summary) throw new Error(`content/questions › ${q.id}.source.case: unknown case "${q.source.case}"`);
    out.push({ kind: 'case', label: summary.title[lang], href: `/${lang}/cases/${q.source.case}/` });
  }
  return out;
}

/** The item's cognitive level (recall / application). */
const levelOf = (q: Question): CognitiveLevel => q.level;

export function toQuizQuestion(q: Question, lang: Locale): QuizQuestion {
  const level = levelOf(q);
  const base: QuizQuestionBase = {
    id: q.id,
    module: q.module,
    ...(level ? { level } : {}),
    stem: q.stem[lang],
    explanation: q.explanation[lang],
    sources: sourcesOf(q, lang),
  };
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single', options: q.options.map((o) => ({ id: o.id, text: o.text[lang] })), correct: q.correct };
    case 'multiple':
      return { ...base, type: 'multiple', options: q.options.map((o) => ({ id: o.id, text: o.text[lang] })), correct: q.correct };
    case 'numeric':
      return {
        ...base,
        type: 'numeric',
        correct: q.correct,
        tolerance: q.tolerance,
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
        ...(q.unit ? { unit: q.unit[lang] } : {}),
      };
  }
}

export function quizQuestionsFor(lang: Locale): QuizQuestion[] {
  return questionBank.map((q) => toQuizQuestion(q, lang));
}

/** Items per module × level (src/core/quiz/blueprint.ts, as `npm run blueprint` prints it): shown on the quiz page; exams draw by it. */
export const blueprint: Blueprint = computeBlueprint(questionBank);

/** How many bank questions a lesson's self-check asks. */
const LESSON_CHECK_SIZE = 3;

/** A lesson's self-check questions: the module's bank items, clinical decisions (application) first. */
export function lessonCheckQuestions(module: string, lang: Locale): QuizQuestion[] {
  const items = questionBank.filter((q) => q.module === module);
  const ranked = [...items.filter((q) => levelOf(q) === 'application'), ...items.filter((q) => levelOf(q) !== 'application')];
  return ranked.slice(0, LESSON_CHECK_SIZE).map((q) => toQuizQuestion(q, lang));
}

/**
 * Every question a review card can stand for: the bank and every case quiz (case mistakes enter the
 * review deck too). Case questions come from src/lib/cases.ts, which validates the whole case file.
 */
export function reviewQuestionsFor(lang: Locale): QuizQuestion[] {
  const label = (id: string) => referenceLabel(getReference(id));
  return [...quizQuestionsFor(lang), ...cases.flatMap((c) => caseQuizQuestions(c, lang, label))];
}

/** Ids of every question a review card can stand for (bank and case quizzes): what "due today" counts. */
export const reviewQuestionIds: string[] = [
  ...questionBank.map((q) => q.id),
  ...cases.flatMap((c) => c.quiz.map((q) => caseQuestionId(c.id, q.id))),
];

/** Every case with its title in one language and the number of questions in its case quiz. */
export function caseList(lang: Locale): { id: string; title: string; quizLength: number }[] {
  return [...caseSummaries]
    .map(([id, c]) => ({ id, title: c.title[lang], quizLength: c.quizLength }))
    .sort((a, b) => a.title.localeCompare(b.title, lang));
}
