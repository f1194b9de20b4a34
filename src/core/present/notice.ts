import { getT } from '../i18n/translate';
import type { Block } from './deck';

/** The education-only notice, worded once in the UI strings (site.disclaimer) and shown on every title slide. */
export function educationNotice(): Block {
  return { type: 'notice', text: { it: getT('it')('site.disclaimer'), en: getT('en')('site.disclaimer') } };
}
