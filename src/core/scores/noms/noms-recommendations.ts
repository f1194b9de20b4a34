import type { Localized } from '../../i18n/locales';

/**
 * What NOMS can recommend (Laufer et al., The Oncologist 2013; laufer2013). The neurologic and
 * oncologic assessments choose the radiation path; the mechanical assessment adds, independently,
 * stabilization or cement augmentation; the systemic assessment decides whether surgery is possible.
 */
export type NomsRadiationCode = 'cebrt' | 'srs' | 'separation-surgery-srs';
export type NomsStabilizationCode = 'none' | 'surgical-consultation' | 'stabilization-or-augmentation';

export interface RecommendationText {
  label: Localized;
  explanation: Localized;
}

export const radiationTexts: Readonly<Record<NomsRadiationCode, RecommendationText>> = {
  cebrt: {
    label: { it: 'Radioterapia convenzionale (cEBRT)', en: 'Conventional external beam radiotherapy (cEBRT)' },
    explanation: {
      it: 'Negli istotipi radiosensibili la radioterapia convenzionale controlla il tumore anche quando comprime il midollo, senza decompressione chirurgica preliminare.',
      en: 'In radiosensitive histologies conventional radiotherapy controls the tumour even when it compresses the cord, with no decompressive surgery beforehand.',
    },
  },
  srs: {
    label: { it: 'Radiochirurgia stereotassica (SRS)', en: 'Stereotactic radiosurgery (SRS)' },
    explanation: {
      it: 'La dose ablativa e conformata della radiochirurgia supera la radioresistenza; con una compressione di basso grado il midollo è abbastanza lontano da poter essere risparmiato.',
      en: 'The ablative, conformal dose of radiosurgery overcomes radioresistance; with low-grade compression the cord is far enough away to be spared.',
    },
  },
  'separation-surgery-srs': {
    label: { it: 'Chirurgia di separazione seguita da SRS', en: 'Separation surgery followed by SRS' },
    explanation: {
      it: 'L\'intervento decomprime il midollo e crea un margine tra tumore e midollo, così che la radiochirurgia successiva possa erogare la dose piena in sicurezza.',
      en: 'The operation decompresses the cord and opens a margin between tumour and cord, so that the radiosurgery that follows can deliver a full dose safely.',
    },
  },
};

/** Extra text when cEBRT is chosen only because a radioresistant tumour with high-grade ESCC cannot be operated on. */
export const palliativeCebrtText: RecommendationText = {
  label: { it: 'Radioterapia convenzionale (cEBRT) a scopo palliativo', en: 'Palliative conventional radiotherapy (cEBRT)' },
  explanation: {
    it: 'Il paziente non tollera la chirurgia di separazione: resta la radioterapia convenzionale, sapendo che in un istotipo radioresistente il controllo locale sarà meno duraturo.',
    en: 'The patient cannot tolerate separation surgery: conventional radiotherapy remains, with the understanding that local control of a radioresistant histology will be less durable.',
  },
};

export const stabilizationTexts: Readonly<Record<NomsStabilizationCode, RecommendationText>> = {
  none: {
    label: { it: 'Nessuna stabilizzazione', en: 'No stabilization' },
    explanation: {
      it: 'SINS 0–6: la colonna è stabile e la scelta dipende solo dagli aspetti neurologico, oncologico e sistemico.',
      en: 'SINS 0–6: the spine is stable and the choice rests on the neurologic, oncologic and systemic assessments alone.',
    },
  },
  'surgical-consultation': {
    label: { it: 'Valutazione chirurgica (possibile instabilità)', en: 'Surgical consultation (possible instability)' },
    explanation: {
      it: 'SINS 7–12: la colonna va considerata potenzialmente instabile; prima della radioterapia serve il parere del chirurgo vertebrale su stabilizzazione o cementoplastica.',
      en: 'SINS 7–12: treat the spine as potentially unstable; before radiotherapy a spine surgeon should advise on stabilization or cement augmentation.',
    },
  },
  'stabilization-or-augmentation': {
    label: { it: 'Stabilizzazione o cementoplastica, poi radioterapia', en: 'Stabilization or cement augmentation, then radiation' },
    explanation: {
      it: 'SINS 13–18: l\'instabilità meccanica è un\'indicazione a sé alla stabilizzazione chirurgica o alla cementoplastica percutanea, qualunque sia il grado di compressione o la radiosensibilità; la radioterapia indicata segue. Se è prevista la chirurgia di separazione, la fissazione si esegue nello stesso intervento.',
      en: 'SINS 13–18: mechanical instability is an indication of its own for surgical stabilization or percutaneous cement augmentation, whatever the compression grade or radiosensitivity; the indicated radiation follows. If separation surgery is planned, fixation is done in the same operation.',
    },
  },
};
