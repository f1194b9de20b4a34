import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import { painQueryOrder } from '../../core/scores/pain-response/pain-response-query';
import { painInvalidText } from './pain-invalid-text';
import type { PainResponseTexts } from '../../core/scores/pain-response/pain-response-texts';
import type { OdiChange, PainInput, PainResult } from '../../core/scores/pain-response/assess-pain-response';

const numberLocale: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/** One decimal at most, with the locale's decimal separator (6,5 in Italian). */
export function formatNumber(value: number, lang: Locale): string {
  return new Intl.NumberFormat(numberLocale[lang], { maximumFractionDigits: 1 }).format(value);
}

/** Like formatNumber, with an explicit sign for changes (+2, -3, 0). */
export function signed(value: number, lang: Locale): string {
  return new Intl.NumberFormat(numberLocale[lang], { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

export function odiText(odi: OdiChange, lang: Locale): string {
  const t = getT(lang);
  const base = { before: formatNumber(odi.before, lang), after: formatNumber(odi.after, lang), change: signed(odi.change, lang) };
  return odi.percentChange === null
    ? t('painResponse.odiNoPercent', base)
    : t('painResponse.changeDetail', { ...base, percent: `${signed(odi.percentChange, lang)}%` });
}

function odiLines(result: Extract<PainResult, { odiMissing: unknown }>, lang: Locale): string[] {
  const t = getT(lang);
  if (result.odi) return [`${t('painResponse.odiChange')}: ${odiText(result.odi, lang)}`];
  if (result.odiMissing.length > 0) {
    return [`${t('painResponse.odiChange')}: ${t('calc.missing', { items: result.odiMissing.map((m) => t(`painResponse.field.${m}`)).join(', ') })}`];
  }
  return [];
}

/**
 * Plain-text summary for pasting into notes: the values as entered, the verdict, the disclaimer. `texts` is the
 * calculator's wording in `lang`, as its wrapper passes it.
 */
export function painResponseText(input: PainInput, result: PainResult, lang: Locale, texts: PainResponseTexts): string {
  const t = getT(lang);
  const lines = [texts.name];
  for (const f of painQueryOrder) {
    const v = input[f];
    if (v !== undefined && String(v).trim() !== '') lines.push(`- ${t(`painResponse.field.${f}`)}: ${String(v).trim()}`);
  }
  switch (result.kind) {
    case 'invalid':
      lines.push(...result.invalid.map((i) => painInvalidText(i, lang)));
      break;
    case 'incomplete':
      lines.push(`${t('calc.incomplete')}. ${t('calc.missing', { items: result.missing.map((m) => t(`painResponse.field.${m}`)).join(', ') })}`);
      break;
    case 'not-applicable':
      lines.push(texts.noBaseline);
      lines.push(...odiLines(result, lang));
      break;
    case 'result':
      lines.push(`${texts.bands[result.band].label} — ${t('painResponse.vasChange')}: ${t('painResponse.changeDetail', {
        before: formatNumber(result.vasBefore, lang),
        after: formatNumber(result.vasAfter, lang),
        change: signed(-result.drop, lang),
        percent: `${signed(-result.percentReduction, lang)}%`,
      })}`);
      lines.push(`${texts.significant.label}: ${result.significant ? t('painResponse.yes') : t('painResponse.no')}`);
      lines.push(...odiLines(result, lang));
      break;
  }
  lines.push(t('site.disclaimer'));
  return lines.join('\n');
}
