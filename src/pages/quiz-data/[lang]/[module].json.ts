// The question bank as static JSON, one file per locale and module (/quiz-data/en/M6.json), fetched by the
// quiz and review islands (widgets/shared/question-bank.ts) instead of riding in their props.
import type { APIRoute } from 'astro';
import { locales } from '../../../core/i18n/locales';
import { bankModules, quizQuestionsFor } from '../../../lib/questions';
import { loadCourse } from '../../../lib/content';

export async function getStaticPaths() {
  const { questions } = await loadCourse();
  return locales.flatMap((lang) => bankModules(questions).map(({ module }) => ({ params: { lang, module } })));
}

export const GET: APIRoute = async ({ params }) => {
  const questions = quizQuestionsFor(await loadCourse(), params.lang as (typeof locales)[number]).filter((q) => q.module === params.module);
  return new Response(JSON.stringify(questions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
