import type { Locale, Localized } from '../../i18n/locales';
import { approachRules, type SpineRegion } from './approach';

/**
 * The approach explorer's wording, both languages (routes and gauge sources: ./approach.ts). Only the server
 * imports this file: the Astro wrapper (and the deck data) pass the island one language's texts.
 */
export interface ApproachText {
  route: Localized;
  /** Patient position where a source states it (none does for the cervical route). */
  position?: Localized;
  /** Gauge by source (reference id), for each of the rule's gaugeSources. */
  gauges: Record<string, Localized>;
}

const transpedicular: Localized = { it: 'Accesso transpeduncolare, la via più sicura; visione «bull’s eye» con tutto l’anello corticale del peduncolo visibile.', en: 'Transpedicular approach, the safest route; bull’s-eye view with the whole cortical ring of the pedicle visible.' };
const prone: Localized = { it: 'Paziente prono.', en: 'Patient prone.' };
const thoracolumbarGauges: Record<string, Localized> = {
  gangi2010: { it: '10 G (tratto dorso-lombare)', en: '10 G (thoracolumbar spine)' },
  'seed004-review': { it: '11 o 13 G', en: '11 or 13 G' },
};

export const approachTexts: Record<SpineRegion, ApproachText> = {
  cervical: {
    route: { it: 'Accesso anterolaterale, evitando il complesso carotido-giugulare.', en: 'Anterolateral approach, avoiding the carotid–jugular complex.' },
    gauges: {
      gangi2010: { it: '15 G (tratto cervicale)', en: '15 G (cervical spine)' },
      'seed004-review': { it: '11 o 13 G (senza distinzione di livello)', en: '11 or 13 G (no distinction by level)' },
    },
  },
  thoracic: { route: transpedicular, position: prone, gauges: thoracolumbarGauges },
  lumbar: { route: transpedicular, position: prone, gauges: thoracolumbarGauges },
};

/** One region's wording in one language, gauges in the rule's order, as the island receives it. */
export interface ApproachRegionText { route: string; position?: string; gauges: string[] }
export type ApproachTexts = Record<SpineRegion, ApproachRegionText>;

export function approachTextsIn(lang: Locale): ApproachTexts {
  const region = (r: SpineRegion): ApproachRegionText => {
    const t = approachTexts[r];
    const gauges = approachRules[r].gaugeSources.map((s) => t.gauges[s]?.[lang] ?? '');
    return t.position ? { route: t.route[lang], position: t.position[lang], gauges } : { route: t.route[lang], gauges };
  };
  return { cervical: region('cervical'), thoracic: region('thoracic'), lumbar: region('lumbar') };
}
