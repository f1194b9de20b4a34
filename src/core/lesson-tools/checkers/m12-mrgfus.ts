import { yesNoIds, type CheckerRules } from '../checker/checker';

/** M12 — MRgFUS eligibility (Napoli 2013, as presented in the course lecture); wording: ./m12-mrgfus-texts.ts. */
export const mrgfusEligibility: CheckerRules = {
  id: 'mrgfus-eligibility',
  questions: [
    { id: 'site', options: [{ id: 'vertebral-body' }, { id: 'other' }] },
    { id: 'anaesthesia', options: yesNoIds },
  ],
  findings: [
    { id: 'vertebral', level: 'stop', when: (a) => a.site === 'vertebral-body', refs: ['napoli2013', 'seed000-lecture'] },
    { id: 'anaesthesia', level: 'warn', when: (a) => a.anaesthesia === 'no', refs: ['napoli2013', 'seed000-lecture'] },
    { id: 'profile', level: 'ok', when: (a) => a.site === 'other', refs: ['napoli2013', 'seed000-lecture'] },
  ],
  verdicts: [
    { code: 'not-applicable', tone: 'danger', when: (a) => a.site === 'vertebral-body' },
    { code: 'anaesthesia', tone: 'warn', when: (a) => a.anaesthesia === 'no' },
    { code: 'eligible', tone: 'ok', when: () => true },
  ],
};
