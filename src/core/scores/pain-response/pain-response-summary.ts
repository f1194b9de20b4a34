import type { Locale, Localized } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format-string';
import { assessPainResponse, type PainInput } from './assess-pain-response';
import { painBandTexts, significantReliefText } from './pain-response-texts';
import type { ScoreFact } from '../score-summary';

const per = (fn: (lang: Locale) => string): Localized => ({ it: fn('it'), en: fn('en') });
const num = (v: string | number, lang: Locale) => (typeof v === 'number' ? formatNumber(lang, Math.round(v * 10) / 10, 1) : v);

/** VAS and ODI as before → after pairs: how a case page and a deck show a pain-response input. */
export function painFacts(i: PainInput): ScoreFact[] {
  const facts: ScoreFact[] = [];
  if (i.vasBefore !== undefined && i.vasAfter !== undefined) {
    const [b, a] = [i.vasBefore, i.vasAfter];
    facts.push({ field: 'vas', label: { it: 'VAS prima → dopo', en: 'VAS before → after' }, value: per((l) => `${num(b, l)} → ${num(a, l)}`) });
  }
  if (i.odiBefore !== undefined && i.odiAfter !== undefined) {
    const [b, a] = [i.odiBefore, i.odiAfter];
    facts.push({ field: 'odi', label: { it: 'ODI prima → dopo', en: 'ODI before → after' }, value: per((l) => `${num(b, l)} → ${num(a, l)}`) });
  }
  return facts;
}

/** The verdict with the fall in points and per cent, for a deck's answer fragment. */
export function painResultText(i: PainInput): Localized {
  const r = assessPainResponse(i);
  if (r.kind === 'result') {
    return per((lang) => {
      const it = lang === 'it';
      const drop = `${num(r.drop, lang)} ${it ? 'punti' : 'points'} (${num(r.percentReduction, lang)}%)`;
      const relief = r.significant ? significantReliefText.label[lang] : it ? 'sollievo non significativo (≤ 50%)' : 'relief not significant (≤ 50%)';
      return `${painBandTexts[r.band].label[lang]}; ${it ? 'calo del VAS' : 'VAS fall'} ${drop}; ${relief}`;
    });
  }
  if (r.kind === 'not-applicable') return { it: 'Non valutabile: VAS 0 prima del trattamento', en: 'Not assessable: VAS 0 before treatment' };
  return { it: 'Dati incompleti o non validi', en: 'Incomplete or invalid data' };
}
