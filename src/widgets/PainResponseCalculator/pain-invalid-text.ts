import type { Locale } from '../../core/i18n/locales';
import type { PainInvalid } from '../../core/scores/pain-response/assess-pain-response';
import { getT } from '../shared/ui-strings';

/** One sentence saying which value was refused and what is accepted, so the form can show it as is. */
export function painInvalidText(inv: PainInvalid, locale: Locale): string {
  const t = getT(locale);
  const vars = { field: t(`painResponse.fieldShort.${inv.component}`), value: inv.value, min: inv.range.min, max: inv.range.max };
  return t(inv.reason === 'not-a-number' ? 'painResponse.invalid.notANumber' : 'painResponse.invalid.outOfRange', vars);
}
