import type { Localized } from '../../i18n/locales';

/**
 * The NOMS decision rules, one entry per branch, each with its source. A result lists the rules that
 * fired, in order, so a walkthrough can show why it recommends what it does.
 */
export type NomsRuleId =
  | 'radiosensitive-any-escc'
  | 'radioresistant-low-grade'
  | 'radioresistant-high-grade-fit'
  | 'radioresistant-high-grade-unfit'
  | 'myelopathy-noted'
  | 'sins-stable'
  | 'sins-indeterminate'
  | 'sins-unstable'
  | 'stabilization-unfit-percutaneous';

export interface NomsRule {
  id: NomsRuleId;
  /** The condition, in words. */
  when: Localized;
  /** What follows from it. */
  then: Localized;
  refs: readonly string[];
}

export const nomsRules: Readonly<Record<NomsRuleId, NomsRule>> = {
  'radiosensitive-any-escc': {
    id: 'radiosensitive-any-escc',
    when: { it: 'Istotipo radiosensibile, qualunque grado ESCC', en: 'Radiosensitive histology, any ESCC grade' },
    then: { it: 'Radioterapia convenzionale (cEBRT), con o senza mielopatia.', en: 'Conventional radiotherapy (cEBRT), with or without myelopathy.' },
    refs: ['laufer2013'],
  },
  'radioresistant-low-grade': {
    id: 'radioresistant-low-grade',
    when: { it: 'Istotipo radioresistente, ESCC di basso grado (0–1c)', en: 'Radioresistant histology, low-grade ESCC (0–1c)' },
    then: { it: 'Radiochirurgia stereotassica (SRS).', en: 'Stereotactic radiosurgery (SRS).' },
    refs: ['laufer2013', 'bilsky2010'],
  },
  'radioresistant-high-grade-fit': {
    id: 'radioresistant-high-grade-fit',
    when: {
      it: 'Istotipo radioresistente, ESCC di alto grado (2–3), paziente in grado di sostenere l\'intervento',
      en: 'Radioresistant histology, high-grade ESCC (2–3), patient able to tolerate surgery',
    },
    then: { it: 'Chirurgia di separazione, poi SRS.', en: 'Separation surgery, then SRS.' },
    refs: ['laufer2013', 'bilsky2010'],
  },
  'radioresistant-high-grade-unfit': {
    id: 'radioresistant-high-grade-unfit',
    when: {
      it: 'Istotipo radioresistente, ESCC di alto grado (2–3), paziente che non tollera l\'intervento',
      en: 'Radioresistant histology, high-grade ESCC (2–3), patient unable to tolerate surgery',
    },
    then: { it: 'Radioterapia convenzionale (cEBRT) a scopo palliativo.', en: 'Palliative conventional radiotherapy (cEBRT).' },
    refs: ['laufer2013'],
  },
  'myelopathy-noted': {
    id: 'myelopathy-noted',
    when: { it: 'Mielopatia o radicolopatia presente', en: 'Myelopathy or radiculopathy present' },
    then: {
      it: 'Nel NOMS il percorso lo decidono grado ESCC e radiosensibilità: il deficit neurologico va registrato, ma non cambia la scelta.',
      en: 'In NOMS the path is set by ESCC grade and radiosensitivity: the neurological deficit is recorded, but it does not change the choice.',
    },
    refs: ['laufer2013'],
  },
  'sins-stable': {
    id: 'sins-stable',
    when: { it: 'SINS 0–6 (stabile)', en: 'SINS 0–6 (stable)' },
    then: { it: 'Nessuna stabilizzazione.', en: 'No stabilization.' },
    refs: ['fisher2010', 'laufer2013'],
  },
  'sins-indeterminate': {
    id: 'sins-indeterminate',
    when: { it: 'SINS 7–12 (possibile instabilità)', en: 'SINS 7–12 (possible instability)' },
    then: {
      it: 'Considerare la colonna potenzialmente instabile e chiedere una valutazione chirurgica.',
      en: 'Treat the spine as potentially unstable and ask for a surgical consultation.',
    },
    refs: ['fisher2010'],
  },
  'sins-unstable': {
    id: 'sins-unstable',
    when: { it: 'SINS 13–18 (instabile)', en: 'SINS 13–18 (unstable)' },
    then: {
      it: 'Stabilizzazione chirurgica o cementoplastica percutanea, in aggiunta alla radioterapia indicata.',
      en: 'Surgical stabilization or percutaneous cement augmentation, in addition to the indicated radiation.',
    },
    refs: ['fisher2010', 'laufer2013'],
  },
  'stabilization-unfit-percutaneous': {
    id: 'stabilization-unfit-percutaneous',
    when: {
      it: 'Stabilità in discussione e paziente che non tollera la chirurgia aperta',
      en: 'Stability in question and a patient unable to tolerate open surgery',
    },
    then: {
      it: 'Le opzioni da discutere sono quelle percutanee e mini-invasive, come la cementoplastica.',
      en: 'The options to discuss are the percutaneous, minimally invasive ones, such as cement augmentation.',
    },
    refs: ['laufer2013'],
  },
};
