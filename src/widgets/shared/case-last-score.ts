// <case-last-score>: "Last score: 2 out of 3 (best: 3)" from the browser's progress log, with no framework:
// a case page ships this and nothing else. Nothing is shown before a first attempt or when storage is unavailable.
import { formatNumber } from '../../core/i18n/format-string';
import { isLocale } from '../../core/i18n/locales';
import { readCaseRecord } from './case-record';

/** The text of the element, from its template ("… {last} … {best} …") and the record. */
export function lastScoreText(template: string, locale: 'it' | 'en', score: { last: number; best: number }): string {
  return template.replace('{last}', formatNumber(locale, score.last)).replace('{best}', formatNumber(locale, score.best));
}

class CaseLastScore extends HTMLElement {
  async connectedCallback() {
    const record = await readCaseRecord(this.dataset.case ?? '');
    if (!record || !Number.isFinite(record.last) || !Number.isFinite(record.best)) return;
    const lang = document.documentElement.lang;
    const locale = isLocale(lang) ? lang : 'it';
    const p = document.createElement('p');
    p.className = 'case-last-score';
    p.dataset.testid = 'case-last-score';
    p.dataset.last = String(record.last);
    p.dataset.best = String(record.best);
    p.textContent = lastScoreText(this.dataset.template ?? '', locale, record);
    this.replaceChildren(p);
  }
}

if (!customElements.get('case-last-score')) customElements.define('case-last-score', CaseLastScore);
