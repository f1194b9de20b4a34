import type { Locale } from '../../../core/i18n/locales';
import type { ExpectedAnswer } from '../../../core/quiz/grade';
import type { NormalizedAnswer } from '../../../core/quiz/answer';
import type { QuizQuestion } from '../../../core/quiz/question';

const tags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

// Building an Intl formatter costs far more than using one (a review page formats hundreds of values while it
// renders): one per language and style, made on first use.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
export const dayMonthFormat = (lang: Locale) =>
  formatter(`dm-${lang}`, () => new Intl.DateTimeFormat(tags[lang], { day: 'numeric', month: 'short' }));

/** 12.5 → "12,5" in Italian, "12.5" in English; at most two decimals, never "NaN". */
export function formatNumber(value: number, lang: Locale): string {
  return Number.isFinite(value) ? formatter(`n-${lang}`, () => new Intl.NumberFormat(tags[lang], { maximumFractionDigits: 2 })).format(value) : '—';
}

export function formatPercent(fraction: number, lang: Locale): string {
  const safe = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return formatter(`p-${lang}`, () => new Intl.NumberFormat(tags[lang], { style: 'percent', maximumFractionDigits: 0 })).format(safe);
}

export function formatDate(iso: string | number, lang: Locale, withTime = false): string {
  const date = new Date(iso);
  if (!Number.isFinite(date.getTime())) return '—';
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  return formatter(`d-${lang}-${withTime}`, () => new Intl.DateTimeFormat(tags[lang], options)).format(date);
}

/** mm:ss (or h:mm:ss) for the exam countdown. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** An option by its text: the letters a)…h) are content ids, and options are shown shuffled. */
function optionText(question: QuizQuestion, id: string): string {
  if (question.type === 'numeric') return id;
  return question.options.find((o) => o.id === id)?.text ?? id;
}

const withUnit = (text: string, question: QuizQuestion) => (question.type === 'numeric' && question.unit ? `${text} ${question.unit}` : text);

/** The right answer in words: the option's text, a list for multiple choice, "12 points (± 0.5)". */
export function expectedText(question: QuizQuestion, expected: ExpectedAnswer, lang: Locale): string {
  switch (expected.type) {
    case 'single':
      return optionText(question, expected.optionId);
    case 'multiple':
      return expected.optionIds.map((id) => optionText(question, id)).join('; ');
    case 'numeric': {
      const base = withUnit(formatNumber(expected.value, lang), question);
      return expected.tolerance > 0 ? `${base} (± ${formatNumber(expected.tolerance, lang)})` : base;
    }
  }
}

export function givenText(question: QuizQuestion, given: NormalizedAnswer, lang: Locale): string {
  switch (given.type) {
    case 'single':
      return optionText(question, given.optionId);
    case 'multiple':
      return given.optionIds.map((id) => optionText(question, id)).join('; ');
    case 'numeric':
      return withUnit(formatNumber(given.value, lang), question);
  }
}
