// The "mark as read" toggle at the end of a lesson: a custom element, not a React island, so a lesson
// page ships a few hundred bytes instead of React. It goes through the zod-free lesson-marks module
// for the same reason. Without JavaScript the element stays hidden.
import { isLessonRead, STORED_KEY, withLessonRead } from '../../core/progress/lesson-marks';
import { safeGet, safeSet } from '../../core/progress/storage';
import { browserStorage } from '../shared/browserStorage';

class MarkRead extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug;
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!slug || !button || !status) return;
    const stored = () => {
      const read = safeGet(browserStorage, STORED_KEY);
      return read.ok ? read.value : undefined;
    };
    const render = () => {
      const text = stored();
      // Unreadable storage, or a stored value the progress page must repair first: stay out of the way.
      const read = text === undefined ? null : isLessonRead(text, slug);
      this.hidden = read === null;
      button.setAttribute('aria-pressed', String(read === true));
      status.hidden = read !== true;
    };
    button.addEventListener('click', () => {
      const text = stored();
      if (text === undefined) return;
      const next = withLessonRead(text, slug, button.getAttribute('aria-pressed') !== 'true', Date.now());
      if (next !== null) safeSet(browserStorage, STORED_KEY, next);
      render();
    });
    // Another tab (or the progress page's import) may change it.
    window.addEventListener('storage', (e) => {
      if (e.key === STORED_KEY || e.key === null) render();
    });
    render();
  }
}

if (!customElements.get('mark-read')) customElements.define('mark-read', MarkRead);
