import type { Localized } from '../i18n/locales';

/**
 * The names, one-line descriptions and references of the course's own calculators, apart from ./registry.ts
 * (which carries their behaviour and every definition's wording) so that an island that only names a tool
 * ships these few lines and no score. A new sum score needs no line here: its entry takes its name from its
 * definition.
 */
export interface ToolMeta {
  name: Localized;
  description: Localized;
  /** Reference ids (content/references.yaml) behind the score. */
  refs: readonly string[];
}

export type BuiltInToolId = 'sins' | 'tokuhashi' | 'escc' | 'radiosensitivity' | 'noms' | 'pain-response';

export const toolMeta: Readonly<Record<BuiltInToolId, ToolMeta>> = {
  sins: {
    name: { it: 'SINS — instabilità vertebrale neoplastica', en: 'SINS — spinal instability neoplastic score' },
    description: {
      it: 'Sei parametri clinici e radiologici, da 0 a 18 punti: stabile, possibile instabilità o instabile.',
      en: 'Six clinical and imaging items, 0 to 18 points: stable, possibly unstable or unstable.',
    },
    refs: ['fisher2010'],
  },
  tokuhashi: {
    name: { it: 'Score di Tokuhashi rivisto', en: 'Revised Tokuhashi score' },
    description: {
      it: 'Prognosi delle metastasi vertebrali in sei voci, da 0 a 15 punti, con la strategia suggerita per fascia.',
      en: 'Prognosis of spinal metastases from six items, 0 to 15 points, with the strategy each band suggests.',
    },
    refs: ['tokuhashi2005', 'tokuhashi1990'],
  },
  escc: {
    name: { it: 'ESCC — compressione midollare epidurale (Bilsky)', en: 'ESCC — epidural spinal cord compression (Bilsky)' },
    description: {
      it: 'Sei gradi di compressione sulla RM assiale T2, da 0 a 3, divisi in basso e alto grado.',
      en: 'Six compression grades on axial T2 MRI, from 0 to 3, split into low and high grade.',
    },
    refs: ['bilsky2010'],
  },
  radiosensitivity: {
    name: { it: 'Radiosensibilità per istotipo', en: 'Radiosensitivity by histology' },
    description: {
      it: 'Come risponde ogni istotipo alla radioterapia convenzionale secondo il NOMS e secondo i singoli studi.',
      en: 'How each histology responds to conventional radiotherapy, according to NOMS and to the individual studies.',
    },
    refs: ['laufer2013'],
  },
  noms: {
    name: { it: 'NOMS — percorso decisionale', en: 'NOMS — decision walkthrough' },
    description: {
      it: 'Neurologico, oncologico, meccanico e sistemico: dal grado ESCC, dalla radiosensibilità e dal SINS alla scelta tra radioterapia, radiochirurgia e chirurgia.',
      en: 'Neurologic, oncologic, mechanical and systemic: from ESCC grade, radiosensitivity and SINS to the choice between radiotherapy, radiosurgery and surgery.',
    },
    refs: ['laufer2013', 'bilsky2010', 'fisher2010'],
  },
  'pain-response': {
    name: { it: 'Risposta del dolore (VAS e ODI)', en: 'Pain response (VAS and ODI)' },
    description: {
      it: 'Risposta completa, parziale o assente dal VAS prima e dopo il trattamento, con la variazione dell’ODI.',
      en: 'Complete, partial or no response from VAS before and after treatment, with the change in ODI.',
    },
    refs: ['distaso2011', 'gangi2010'],
  },
};
