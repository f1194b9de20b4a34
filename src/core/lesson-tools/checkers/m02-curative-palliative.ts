import { yesNoIds, type Answers, type CheckerRules } from '../checker/checker';

/**
 * M2 — curative or palliative aim by the CIRSE criteria (Gangi 2010), with the guideline's own size conflict.
 * Ids and logic only: the wording is in ./m02-curative-palliative-texts.ts, read on the server.
 */
const malignant = (a: Answers) => a.type === 'malignant';
const curativeMalignant = (a: Answers) => malignant(a) && a.surgery === 'no' && a.sites === 'lt3' && a.mdt === 'yes';

export const curativePalliative: CheckerRules = {
  id: 'curative-palliative',
  questions: [
    { id: 'type', options: [{ id: 'oo' }, { id: 'ob' }, { id: 'cb' }, { id: 'malignant' }] },
    { id: 'obSize', showIf: (a) => a.type === 'ob', options: [{ id: 'lt3' }, { id: 'ge3' }] },
    { id: 'surgery', showIf: malignant, options: yesNoIds },
    { id: 'sites', showIf: malignant, options: [{ id: 'lt3' }, { id: 'ge3' }] },
    { id: 'size', showIf: malignant, options: [{ id: 'lt3' }, { id: '3to5' }, { id: 'gt5' }] },
    { id: 'mdt', showIf: malignant, options: yesNoIds },
  ],
  findings: [
    { id: 'oo-biopsy', level: 'info', when: (a) => a.type === 'oo', refs: ['gangi2010'] },
    { id: 'cb-biopsy', level: 'warn', when: (a) => a.type === 'cb', refs: ['gangi2010'] },
    { id: 'ob-size', level: 'warn', when: (a) => a.type === 'ob' && a.obSize === 'ge3', refs: ['gangi2010'] },
    { id: 'operable', level: 'info', when: (a) => malignant(a) && a.surgery === 'yes', refs: ['gangi2010'] },
    { id: 'sites', level: 'warn', when: (a) => malignant(a) && a.sites === 'ge3', refs: ['gangi2010'] },
    { id: 'size-conflict', level: 'warn', when: (a) => malignant(a) && a.size === '3to5', refs: ['gangi2010'] },
    { id: 'size-over', level: 'warn', when: (a) => malignant(a) && a.size === 'gt5', refs: ['gangi2010'] },
    { id: 'mdt', level: 'stop', when: (a) => malignant(a) && a.mdt === 'no', refs: ['gangi2010'] },
    { id: 'met-biopsy', level: 'info', when: malignant, refs: ['gangi2010'] },
  ],
  verdicts: [
    { code: 'mdt-first', tone: 'warn', when: (a) => malignant(a) && a.mdt === 'no' },
    { code: 'curative', tone: 'ok', when: (a) => a.type === 'oo' || a.type === 'cb' || (a.type === 'ob' && a.obSize === 'lt3') || (curativeMalignant(a) && a.size === 'lt3') },
    { code: 'conflict', tone: 'warn', when: (a) => curativeMalignant(a) && a.size === '3to5' },
    { code: 'palliative', tone: 'neutral', when: () => true },
  ],
};
