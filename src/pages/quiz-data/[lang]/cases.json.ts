// Every case-quiz question as static JSON, one file per locale (/quiz-data/en/cases.json): review cards can
// stand for them, so the review island fetches this beside the bank modules (widgets/shared/question-bank.ts).
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../core/i18n/locales';
import { caseQuizQuestions } from '../../../core/cases/case-quiz-data';
import { cases } from '../../../lib/cases';
import { getReference, shortCitation } from '../../../lib/content-data';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const questions = cases.flatMap((c) => caseQuizQuestions(c, lang, (id) => shortCitation(getReference(id), lang)));
  return new Response(JSON.stringify(questions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
