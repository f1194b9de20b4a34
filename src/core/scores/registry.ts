import type { Localized } from '../i18n/locales';
import { scorePaths, type ScoreId } from './score-ids';

export { isScoreId, scoreIds, toolHref, type ScoreId } from './score-ids';

/**
 * Every calculator of the course, in the order the tools index lists them. Ids are a type, so a link,
 * a lesson widget or a route that names a score that does not exist fails to compile.
 * The names and one-line descriptions here are what index pages and link cards show.
 */

export interface ScoreEntry {
  id: ScoreId;
  name: Localized;
  description: Localized;
  /** Reference ids (content/references.yaml) behind the score. */
  refs: readonly string[];
  /** The segment after /{lang}/tools/; equal to the id, kept explicit so routes never derive it. */
  path: string;
}

export const scoreRegistry: Readonly<Record<ScoreId, ScoreEntry>> = {
  sins: {
    id: 'sins',
    name: { it: 'SINS — instabilità vertebrale neoplastica', en: 'SINS — spinal instability neoplastic score' },
    description: {
      it: 'Sei parametri clinici e radiologici, da 0 a 18 punti: stabile, possibile instabilità o instabile.',
      en: 'Six clinical and imaging items, 0 to 18 points: stable, possibly unstable or unstable.',
    },
    refs: ['fisher2010'],
    path: scorePaths['sins'],
  },
  tokuhashi: {
    id: 'tokuhashi',
    name: { it: 'Score di Tokuhashi rivisto', en: 'Revised Tokuhashi score' },
    description: {
      it: 'Prognosi delle metastasi vertebrali in sei voci, da 0 a 15 punti, con la strategia suggerita per fascia.',
      en: 'Prognosis of spinal metastases from six items, 0 to 15 points, with the strategy each band suggests.',
    },
    refs: ['tokuhashi2005', 'tokuhashi1990'],
    path: scorePaths['tokuhashi'],
  },
  escc: {
    id: 'escc',
    name: { it: 'ESCC — compressione midollare epidurale (Bilsky)', en: 'ESCC — epidural spinal cord compression (Bilsky)' },
    description: {
      it: 'Sei gradi di compressione sulla RM assiale T2, da 0 a 3, divisi in basso e alto grado.',
      en: 'Six compression grades on axial T2 MRI, from 0 to 3, split into low and high grade.',
    },
    refs: ['bilsky2010'],
    path: scorePaths['escc'],
  },
  radiosensitivity: {
    id: 'radiosensitivity',
    name: { it: 'Radiosensibilità per istotipo', en: 'Radiosensitivity by histology' },
    description: {
      it: 'Come risponde ogni istotipo alla radioterapia convenzionale secondo il NOMS e secondo i singoli studi.',
      en: 'How each histology responds to conventional radiotherapy, according to NOMS and to the individual studies.',
    },
    refs: ['laufer2013'],
    path: scorePaths['radiosensitivity'],
  },
  noms: {
    id: 'noms',
    name: { it: 'NOMS — percorso decisionale', en: 'NOMS — decision walkthrough' },
    description: {
      it: 'Neurologico, oncologico, meccanico e sistemico: dal grado ESCC, dalla radiosensibilità e dal SINS alla scelta tra radioterapia, radiochirurgia e chirurgia.',
      en: 'Neurologic, oncologic, mechanical and systemic: from ESCC grade, radiosensitivity and SINS to the choice between radiotherapy, radiosurgery and surgery.',
    },
    refs: ['laufer2013', 'bilsky2010', 'fisher2010'],
    path: scorePaths['noms'],
  },
  'pain-response': {
    id: 'pain-response',
    name: { it: 'Risposta del dolore (VAS e ODI)', en: 'Pain response (VAS and ODI)' },
    description: {
      it: 'Risposta completa, parziale o assente dal VAS prima e dopo il trattamento, con la variazione dell’ODI.',
      en: 'Complete, partial or no response from VAS before and after treatment, with the change in ODI.',
    },
    refs: ['distaso2011', 'gangi2010'],
    path: scorePaths['pain-response'],
  },
};
