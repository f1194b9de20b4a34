// Fills the "not started" placeholders of a module list (home page, lessons index) with what the
// browser remembers: lesson read, best single-module quiz score. Zod-free, like the lesson toggle.
import type { ProgressState } from '../../core/progress/schema';
import { readAll } from './lesson-store';

/**
 * Module → best fraction among finished quizzes that covered that module alone (mixed sessions are
 * not split by module when stored). Results are already validated, so score/total is finite.
 */
export function quizBest(state: ProgressState): Record<string, number> {
  const best: Record<string, number> = {};
  for (const r of state.quizResults) {
    const module = r.modules.length === 1 ? r.modules[0] : undefined;
    if (!module || !(r.total > 0)) continue;
    best[module] = Math.max(best[module] ?? 0, r.score / r.total);
  }
  return best;
}

class ProgressMarks extends HTMLElement {
  async connectedCallback() {
    const state = await readAll();
    if (!state) return;
    const best = quizBest(state);
    const { labelRead = '', labelQuiz = '' } = this.dataset;
    for (const mark of this.querySelectorAll<HTMLElement>('[data-progress-slug]')) {
      const slug = mark.dataset.progressSlug ?? '';
      const module = mark.dataset.progressModule ?? '';
      const read = Object.hasOwn(state.lessonsRead, slug);
      const score = Object.hasOwn(best, module) ? best[module] : undefined;
      const parts: string[] = [];
      if (read) parts.push(labelRead);
      if (score !== undefined) parts.push(labelQuiz.replace('{p}', String(Math.round(score * 100))));
      if (parts.length === 0) continue;
      mark.textContent = parts.join(' · ');
      mark.dataset.state = read ? 'read' : 'quiz';
    }
  }
}

if (!customElements.get('progress-marks')) customElements.define('progress-marks', ProgressMarks);
