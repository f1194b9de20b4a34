// Every case-quiz question as static JSON, one file per locale (/quiz-data/en/cases.json): review cards can
// stand for them, so the review island fetches this beside the bank modules (widgets/shared/question-bank.ts).
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../core/i18n/locales';
import { loadCourse } from '../../../lib/content';
import { caseQuestionsFor } from '../../../lib/questions';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const questions = caseQuestionsFor(await loadCourse(), params.lang as Locale);
  return new Response(JSON.stringify(questions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
