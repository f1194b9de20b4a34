// The "mark as read" toggle at the end of a lesson: a custom element, not a React island, so a lesson
// page ships a few kilobytes instead of React. Marking and un-marking are events in the progress log
// (an un-mark survives any later merge). Without JavaScript or storage the element stays hidden;
// a write the browser refuses is said plainly ("not saved"), never shown as done.
import { appendEvents, onOtherTabChange } from '../shared/progressDb';
import { readLessons } from './lesson-store';

class MarkRead extends HTMLElement {
  private off: (() => void) | null = null;

  connectedCallback() {
    const slug = this.dataset.slug;
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const error = this.querySelector<HTMLElement>('[data-error]');
    if (!slug || !button || !status) return;
    const show = (read: boolean | null, writable: boolean) => {
      this.hidden = read === null;
      button.setAttribute('aria-pressed', String(read === true));
      button.disabled = !writable;
      status.hidden = read !== true;
    };
    const render = async () => {
      const view = await readLessons();
      if (view.kind !== 'ok') return show(null, false);
      show(Object.hasOwn(view.state.lessonsRead, slug), !view.readOnly);
      return view;
    };
    button.addEventListener('click', async () => {
      const view = await readLessons();
      if (view.kind !== 'ok') return;
      const read = !Object.hasOwn(view.state.lessonsRead, slug);
      const outcome = await appendEvents(view.opened, [{ type: 'lesson', at: new Date().toISOString(), slug, read }]);
      if (error) error.hidden = outcome.kind === 'saved';
      this.dataset.saved = outcome.kind === 'saved' ? 'true' : 'false';
      if (outcome.kind === 'saved') await render();
    });
    // Another tab (or the progress page's import) may change it.
    this.off = onOtherTabChange(() => void render());
    void render();
  }

  disconnectedCallback() {
    this.off?.();
  }
}

if (!customElements.get('mark-read')) customElements.define('mark-read', MarkRead);
