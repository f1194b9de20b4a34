import type { Locale, Localized } from '../../i18n/locales';
import { toolMeta } from '../tool-meta';
import type { PainBand } from './pain-response-definition';
import { rfaRtTrial, type TrialArm } from './rfa-rt-trial';

/**
 * The pain-response calculator's wording, both languages (bands and thresholds: ./pain-response-definition.ts).
 * Only the server imports this file: the Astro wrapper passes the island one language (painResponseTextsIn).
 */
export const painBandTexts: Readonly<Record<PainBand, { label: Localized; meaning: Localized }>> = {
  complete: {
    label: { it: 'Risposta completa', en: 'Complete response' },
    meaning: { it: 'Il dolore è scomparso: VAS 0 dopo il trattamento.', en: 'Pain has gone: VAS 0 after treatment.' },
  },
  partial: {
    label: { it: 'Risposta parziale', en: 'Partial response' },
    meaning: {
      it: 'Il VAS è calato di più di 2 punti, ma il dolore non è scomparso.',
      en: 'VAS fell by more than 2 points, but some pain remains.',
    },
  },
  none: {
    label: { it: 'Nessuna risposta', en: 'No response' },
    meaning: {
      it: 'Il VAS è calato di 2 punti o meno, è rimasto invariato o è peggiorato.',
      en: 'VAS fell by 2 points or less, stayed the same or got worse.',
    },
  },
};

export const significantReliefText: { label: Localized; meaning: Localized } = {
  label: { it: 'Sollievo significativo (> 50%)', en: 'Significant relief (> 50%)' },
  meaning: {
    it: 'Il VAS si è più che dimezzato rispetto al valore di partenza.',
    en: 'VAS fell to less than half of its starting value.',
  },
};

export const noBaselinePainText: Localized = {
  it: 'Con VAS 0 prima del trattamento non c’è dolore di cui misurare la risposta.',
  en: 'With VAS 0 before treatment there is no pain whose response can be measured.',
};

/** One language's wording, as the island receives it. */
export interface PainResponseTexts {
  /** The tool's name, first line of the copied summary. */
  name: string;
  bands: Readonly<Record<PainBand, { label: string; meaning: string }>>;
  significant: { label: string; meaning: string };
  noBaseline: string;
  /**
   * The trial the definitions come from, as the calculator shows it: its figures (./rfa-rt-trial.ts, the one
   * source) with this language's wording, so the island imports neither.
   */
  trial: { radiotherapy: string; note: string; arms: readonly (Omit<TrialArm, 'label'> & { label: string })[] };
}

const both = (t: { label: Localized; meaning: Localized }, lang: Locale) => ({ label: t.label[lang], meaning: t.meaning[lang] });

export function painResponseTextsIn(lang: Locale): PainResponseTexts {
  return {
    name: toolMeta['pain-response'].name[lang],
    bands: { complete: both(painBandTexts.complete, lang), partial: both(painBandTexts.partial, lang), none: both(painBandTexts.none, lang) },
    significant: both(significantReliefText, lang),
    noBaseline: noBaselinePainText[lang],
    trial: {
      radiotherapy: rfaRtTrial.radiotherapy[lang],
      note: rfaRtTrial.note[lang],
      arms: rfaRtTrial.arms.map((a) => ({ ...a, label: a.label[lang] })),
    },
  };
}
