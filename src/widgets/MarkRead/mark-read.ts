// The "mark as read" toggle at the end of a lesson: a custom element, not a React island. At load it only
// reads the log's lesson events with plain IndexedDB (../shared/read-stored-events.ts) and the lesson event's
// own reader (core/progress/event-peek.ts, not the quiz and card readers); the idb wrapper and
// the writer come with the first press (./mark-read-write.ts, on demand in scripts/bench.mjs). Marking and
// un-marking are events in the progress log. Without IndexedDB the element stays hidden; a write the browser
// refuses is said plainly ("not saved"), never shown as done.
import { DATA_VERSION } from '../../core/progress/event-basics';
import { lessonMarked } from '../../core/progress/event-peek';
import { PROGRESS_KEY } from '../../core/progress/schema';
import { onOtherTabChange } from '../shared/progress-channel';
import { readStoredEvents } from '../shared/read-stored-events';
import { storedDataVersion } from './stored-data-version';

const loadWriter = () => import('./mark-read-write');

function hasLegacyProgress(): boolean {
  try {
    return localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

function hasIndexedDb(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false; // storage denied: the getter throws
  }
}

/** Whether the lesson is marked; null when this browser has no IndexedDB. */
async function isRead(slug: string): Promise<boolean | null> {
  if (!hasIndexedDb()) return null;
  // Progress still in the previous release's localStorage: the writer moves it into the log once, then reads.
  if (hasLegacyProgress()) {
    const view = await (await loadWriter()).readLessons();
    return view.kind === 'ok' ? Object.hasOwn(view.state.lessonsRead, slug) : null;
  }
  // No log yet (or none readable) reads as "not read"; pressing then creates it, or says "not saved".
  return lessonMarked((await readStoredEvents('lesson')) ?? [], slug);
}

class MarkRead extends HTMLElement {
  private off: (() => void) | null = null;

  connectedCallback() {
    const slug = this.dataset.slug;
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const error = this.querySelector<HTMLElement>('[data-error]');
    if (!slug || !button || !status) return;
    const show = (read: boolean | null) => {
      this.hidden = read === null;
      button.setAttribute('aria-pressed', String(read === true));
      status.hidden = read !== true;
    };
    const render = async () => {
      show(await isRead(slug));
      // A log from a newer release is read-only here: nothing can be marked (progressDb opens it so too).
      const version = await storedDataVersion();
      if (version !== null && version > DATA_VERSION) button.disabled = true;
    };
    button.addEventListener('click', async () => {
      const outcome = await (await loadWriter()).toggleLessonRead(slug);
      if (error) error.hidden = outcome.kind === 'saved';
      this.dataset.saved = outcome.kind === 'saved' ? 'true' : 'false';
      // A log from a newer release opens read-only: nothing can be marked here.
      if (outcome.kind === 'not-saved' && outcome.readOnly) button.disabled = true;
      if (outcome.kind === 'saved') show(outcome.read);
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
