import type { Locale, Localized } from '../../i18n/locales';
import type { CryoScenarioId } from './scenarios';

/**
 * The cryoablation scenarios' wording, both languages (their geometry: ./scenarios.ts). Only the server imports
 * this file: the planner's Astro wrapper (and the deck data) pass the island one language's texts.
 */
export interface CryoScenarioText {
  label: Localized;
  description: Localized;
  tumourLabel: Localized;
  /** The critical structure's name, and the same name inside a sentence, with its article. */
  structure: Localized;
  structureInText: Localized;
}

export const cryoScenarioTexts: Record<CryoScenarioId, CryoScenarioText> = {
  iliac: {
    label: { it: 'Ala iliaca e ansa intestinale', en: 'Iliac wing and bowel loop' },
    description: {
      it: 'Metastasi litica dell’ala iliaca con componente nei tessuti molli, 40 × 24 mm; un’ansa intestinale decorre accanto alla lesione.',
      en: 'Lytic metastasis of the iliac wing with a soft-tissue component, 40 × 24 mm; a bowel loop lies next to the lesion.',
    },
    tumourLabel: { it: 'Metastasi', en: 'Metastasis' },
    structure: { it: 'Ansa intestinale', en: 'Bowel loop' },
    structureInText: { it: 'l’ansa intestinale', en: 'the bowel loop' },
  },
  vertebra: {
    label: { it: 'Corpo vertebrale e canale spinale', en: 'Vertebral body and spinal canal' },
    description: {
      it: 'Metastasi litica del corpo di una vertebra lombare, 26 × 22 mm, a ridosso del muro posteriore; dietro c’è il canale spinale.',
      en: 'Lytic metastasis of a lumbar vertebral body, 26 × 22 mm, against the posterior wall; the spinal canal lies behind it.',
    },
    tumourLabel: { it: 'Metastasi', en: 'Metastasis' },
    structure: { it: 'Sacco durale nel canale spinale', en: 'Dural sac in the spinal canal' },
    structureInText: { it: 'il sacco durale', en: 'the dural sac' },
  },
};

/** What the planner shows of a scenario, in one language (the island receives only this). */
export interface ScenarioWords { label: string; description: string; structure: string; structureInText: string }
export type CryoScenarioWords = Record<CryoScenarioId, ScenarioWords>;

export function cryoScenarioTextsIn(lang: Locale): CryoScenarioWords {
  const words = (id: CryoScenarioId): ScenarioWords => {
    const t = cryoScenarioTexts[id];
    return { label: t.label[lang], description: t.description[lang], structure: t.structure[lang], structureInText: t.structureInText[lang] };
  };
  return { iliac: words('iliac'), vertebra: words('vertebra') };
}
