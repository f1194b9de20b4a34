// The question bank as static JSON, one file per locale and module (/quiz-data/en/M6.json), fetched by the
// quiz and review islands (widgets/shared/question-bank.ts) instead of riding in their props.
import type { APIRoute } from 'astro';
import { locales } from '../../../core/i18n/locales';
import { bankModules, quizQuestionsFor } from '../../../lib/questions';

export function getStaticPaths() {
  return locales.flatMap((lang) => bankModules.map(({ module }) => ({ params: { lang, module } })));
}

export const GET: APIRoute = ({ params }) => {
  const questions = quizQuestionsFor(params.lang as (typeof locales)[number]).filter((q) => q.module === params.module);
  return new Response(JSON.stringify(questions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
