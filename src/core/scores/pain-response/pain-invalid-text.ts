import type { Locale } from '../../i18n/locales';
import type { PainField, PainInvalid } from './assess-pain-response';

const fieldNames: Record<PainField, Record<Locale, string>> = {
  vasBefore: { it: 'VAS prima', en: 'VAS before' },
  vasAfter: { it: 'VAS dopo', en: 'VAS after' },
  odiBefore: { it: 'ODI prima', en: 'ODI before' },
  odiAfter: { it: 'ODI dopo', en: 'ODI after' },
};

/** One sentence saying which value was refused and what is accepted, so the form can show it as is. */
export function painInvalidText(inv: PainInvalid, locale: Locale): string {
  const name = fieldNames[inv.component][locale];
  const { min, max } = inv.range;
  if (locale === 'it') {
    return inv.reason === 'not-a-number'
      ? `${name}: "${inv.value}" non è un numero (ammessi valori da ${min} a ${max}).`
      : `${name}: ${inv.value} è fuori scala (ammessi valori da ${min} a ${max}).`;
  }
  return inv.reason === 'not-a-number'
    ? `${name}: "${inv.value}" is not a number (allowed values ${min} to ${max}).`
    : `${name}: ${inv.value} is out of range (allowed values ${min} to ${max}).`;
}
