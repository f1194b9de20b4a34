// <case-last-score>: "Last score: 2 out of 3 (best: 3)" from the browser's progress store, with no framework:
// a case page ships this and nothing else. Zod-free like the lesson toggle; anything that does not look like
// a current, well-formed record is left for the full loader on the progress page, and nothing is shown.
import { STORED_KEY, viewStored } from '../../core/progress/lesson-marks';
import { safeGet } from '../../core/progress/storage';
import { formatNumber } from '../../core/i18n/format-string';
import { isLocale } from '../../core/i18n/locales';
import { browserStorage } from './browserStorage';

/** The case's last and best score, or null when nothing (trustworthy) is stored. */
export function readLastScore(text: string | null, caseId: string): { last: number; best: number } | null {
  const view = viewStored(text);
  if (view.kind !== 'current') return null;
  const quizzes = view.raw.caseQuizzes;
  const record = typeof quizzes === 'object' && quizzes !== null ? (quizzes as Record<string, unknown>)[caseId] : undefined;
  if (typeof record !== 'object' || record === null) return null;
  const { last, best } = record as Record<string, unknown>;
  return typeof last === 'number' && typeof best === 'number' && Number.isFinite(last) && Number.isFinite(best) ? { last, best } : null;
}

class CaseLastScore extends HTMLElement {
  connectedCallback() {
    const read = safeGet(browserStorage, STORED_KEY);
    const score = read.ok ? readLastScore(read.value, this.dataset.case ?? '') : null;
    if (!score) return;
    const lang = document.documentElement.lang;
    const locale = isLocale(lang) ? lang : 'it';
    const p = document.createElement('p');
    p.className = 'case-last-score';
    p.dataset.testid = 'case-last-score';
    p.dataset.last = String(score.last);
    p.dataset.best = String(score.best);
    p.textContent = (this.dataset.template ?? '')
      .replace('{last}', formatNumber(locale, score.last))
      .replace('{best}', formatNumber(locale, score.best));
    this.replaceChildren(p);
  }
}

if (!customElements.get('case-last-score')) customElements.define('case-last-score', CaseLastScore);
