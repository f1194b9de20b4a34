// Fills the "not started" placeholders of a module list (home page, lessons index) with what the
// browser remembers: lesson read, best single-module quiz score. Zod-free, like the lesson toggle.
import { glance, STORED_KEY } from '../../core/progress/lesson-marks';
import { safeGet } from '../../core/progress/storage';
import { browserStorage } from '../shared/browserStorage';

class ProgressMarks extends HTMLElement {
  connectedCallback() {
    const read = safeGet(browserStorage, STORED_KEY);
    if (!read.ok) return;
    const seen = glance(read.value);
    const readSet = new Set(seen.read);
    const { labelRead = '', labelQuiz = '' } = this.dataset;
    for (const mark of this.querySelectorAll<HTMLElement>('[data-progress-slug]')) {
      const slug = mark.dataset.progressSlug ?? '';
      const module = mark.dataset.progressModule ?? '';
      const best = seen.quizBest[module];
      const parts: string[] = [];
      if (readSet.has(slug)) parts.push(labelRead);
      if (best !== undefined) parts.push(labelQuiz.replace('{p}', String(Math.round(best * 100))));
      if (parts.length === 0) continue;
      mark.textContent = parts.join(' · ');
      mark.dataset.state = readSet.has(slug) ? 'read' : 'quiz';
    }
  }
}

if (!customElements.get('progress-marks')) customElements.define('progress-marks', ProgressMarks);
