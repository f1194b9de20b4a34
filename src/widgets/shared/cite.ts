import type { Locale } from '../../core/i18n/locales';
import type { UiKey } from '../../core/i18n/ui-key';
import { getT } from './ui-strings';

/**
 * How a lesson tool names the sources of a rule, in the page's language: the `source.<reference id>` UI strings,
 * which the island receives with its others. Never an internal id: a course source without a label of its own
 * reads as "course source".
 */
export function citeText(refs: readonly string[], lang: Locale): string {
  const t = getT(lang);
  return refs
    .map((id) => {
      const key = `source.${id}` as UiKey;
      const label = t(key);
      return label !== key ? label : id.startsWith('seed') ? t('source.unknown') : id;
    })
    .join('; ');
}
