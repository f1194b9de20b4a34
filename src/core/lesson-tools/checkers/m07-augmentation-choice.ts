import { yesNoIds, type Answers, type CheckerRules } from '../checker/checker';

/**
 * M7 — vertebroplasty, kyphoplasty or osteoplasty, with their trade-offs (Salapura & Jeromel 2014); wording:
 * ./m07-augmentation-choice-texts.ts.
 */
const vertebral = (a: Answers) => a.site === 'vertebra';

export const augmentationChoice: CheckerRules = {
  id: 'augmentation-choice',
  questions: [
    { id: 'site', options: [{ id: 'vertebra' }, { id: 'pelvis' }, { id: 'femoral-head' }, { id: 'diaphysis' }] },
    { id: 'height', showIf: vertebral, options: yesNoIds },
    { id: 'ga', showIf: vertebral, options: yesNoIds },
  ],
  findings: [
    { id: 'vp', level: 'ok', when: vertebral, refs: ['seed004-review', 'fisher2010'] },
    { id: 'kp', level: 'ok', when: (a) => vertebral(a) && a.height === 'yes' && a.ga === 'yes', refs: ['seed004-review'] },
    { id: 'no-ga', level: 'warn', when: (a) => vertebral(a) && a.ga === 'no', refs: ['seed004-review'] },
    { id: 'osteoplasty', level: 'ok', when: (a) => a.site === 'pelvis', refs: ['seed004-review'] },
    { id: 'femoral-head', level: 'ok', when: (a) => a.site === 'femoral-head', refs: ['seed004-review'] },
    { id: 'diaphysis', level: 'stop', when: (a) => a.site === 'diaphysis', refs: ['seed004-review', 'gangi2010'] },
  ],
  verdicts: [
    { code: 'surgery', tone: 'danger', when: (a) => a.site === 'diaphysis' },
    { code: 'kp-or-vp', tone: 'ok', when: (a) => vertebral(a) && a.height === 'yes' && a.ga === 'yes' },
    { code: 'vp', tone: 'ok', when: vertebral },
    { code: 'osteoplasty', tone: 'ok', when: () => true },
  ],
};
