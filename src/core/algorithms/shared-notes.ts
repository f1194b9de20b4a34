import type { GraphNote } from './decision-graph';

/**
 * Notes more than one graph shows. Decompression then cement (CIRSE, gangi2010) meets the absolute
 * contraindication of symptomatic cord compression to vertebroplasty (seed004-review): said wherever the
 * CIRSE route puts cement after canal decompression, so A1, A2 and A4 never disagree silently.
 */
export const decompressionCementNote: GraphNote = {
  kind: 'discrepancy',
  title: { it: 'Cemento e compressione midollare sintomatica', en: 'Cement and symptomatic cord compression' },
  text: {
    it: 'Le linee guida CIRSE (Gangi e colleghi, 2010) riempiono di cemento la cavità solo dopo aver decompresso il canale. La revisione di Salapura e Jeromel (2014) considera la compressione midollare sintomatica al livello una controindicazione assoluta alla vertebroplastica. Se c’è un deficit neurologico, il piano va deciso con il chirurgo vertebrale e il team multidisciplinare (percorso NOMS, algoritmo A4), non avviato come procedura percutanea di routine.',
    en: 'The CIRSE guidelines (Gangi and colleagues, 2010) fill the cavity with cement only after the canal has been decompressed. The review by Salapura and Jeromel (2014) regards symptomatic spinal cord compression at the level as an absolute contraindication to vertebroplasty. If there is a neurological deficit, the plan is decided with the spine surgeon and the team (the NOMS walkthrough, algorithm A4), not started as a routine percutaneous procedure.',
  },
  refs: ['gangi2010', 'seed004-review'],
};
