import type { Block } from './deck';

/**
 * The education-only notice on every title slide. Its wording lives once in the UI strings (site.disclaimer)
 * and the slide view puts it in the slide's language, so deck building needs no translator.
 */
export function educationNotice(): Block {
  return { type: 'notice' };
}
