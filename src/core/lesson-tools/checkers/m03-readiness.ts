import { yesNoIds, type Answers, type CheckerRules } from '../checker/checker';

/**
 * M3 — pre-procedure readiness, anaesthesia level and guidance by task (CIRSE, Gangi 2010; Salapura & Jeromel
 * 2014); wording: ./m03-readiness-texts.ts.
 */
const cement = (a: Answers) => a.procedure === 'cement-single' || a.procedure === 'cement-multi' || a.procedure === 'kyphoplasty';

export const readiness: CheckerRules = {
  id: 'readiness',
  questions: [
    { id: 'procedure', options: [{ id: 'cement-single' }, { id: 'cement-multi' }, { id: 'kyphoplasty' }, { id: 'ablation' }, { id: 'ethanol' }] },
    { id: 'site', options: [{ id: 'spine' }, { id: 'superficial' }, { id: 'other' }] },
    { id: 'labs', options: yesNoIds },
    { id: 'infection', options: yesNoIds },
    { id: 'consent', options: yesNoIds },
  ],
  findings: [
    { id: 'labs', level: 'stop', when: (a) => a.labs === 'no', refs: ['gangi2010'] },
    { id: 'infection', level: 'stop', when: (a) => a.infection === 'yes', refs: ['gangi2010'] },
    { id: 'consent', level: 'stop', when: (a) => a.consent === 'no', refs: ['gangi2010'] },
    { id: 'sedation-single', level: 'info', when: (a) => a.procedure === 'cement-single', refs: ['gangi2010', 'seed004-review'] },
    { id: 'sedation-multi', level: 'info', when: (a) => a.procedure === 'cement-multi', refs: ['gangi2010'] },
    { id: 'sedation-kp', level: 'info', when: (a) => a.procedure === 'kyphoplasty', refs: ['seed004-review'] },
    // The two sources disagree on ablation: shown as a disagreement, never resolved here.
    { id: 'sedation-ablation', level: 'warn', when: (a) => a.procedure === 'ablation', refs: ['gangi2010', 'seed004-review'] },
    { id: 'sedation-ethanol', level: 'info', when: (a) => a.procedure === 'ethanol', refs: ['gangi2010'] },
    { id: 'guide-cement', level: 'info', when: cement, refs: ['gangi2010', 'seed004-review'] },
    { id: 'guide-ablation', level: 'info', when: (a) => a.procedure === 'ablation' || a.procedure === 'ethanol', refs: ['gangi2010'] },
    { id: 'guide-spine', level: 'info', when: (a) => a.site === 'spine', refs: ['gangi2010'] },
    { id: 'guide-us', level: 'info', when: (a) => a.site === 'superficial', refs: ['gangi2010'] },
    { id: 'sterility', level: 'info', when: () => true, refs: ['gangi2010'] },
  ],
  verdicts: [
    { code: 'not-ready', tone: 'danger', when: (_a, fired) => fired.some((f) => ['labs', 'infection', 'consent'].includes(f)) },
    { code: 'ready', tone: 'ok', when: () => true },
  ],
};
