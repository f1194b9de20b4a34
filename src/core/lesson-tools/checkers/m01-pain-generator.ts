import { yesNoIds, type CheckerRules } from '../checker/checker';

/**
 * M1 — which pain generator, and what it means for treatment (lecture slides, Salapura & Jeromel 2014).
 * Ids and logic only: the wording is in ./m01-pain-generator-texts.ts, read on the server.
 */
export const painGenerator: CheckerRules = {
  id: 'pain-generator',
  questions: [
    { id: 'load', options: yesNoIds },
    { id: 'rest', options: yesNoIds },
    { id: 'radiating', options: yesNoIds },
    { id: 'deficit', options: yesNoIds },
  ],
  findings: [
    { id: 'deficit', level: 'stop', when: (a) => a.deficit === 'yes', refs: ['seed003-encyclopedia', 'seed004-review'] },
    { id: 'mechanical', level: 'warn', when: (a) => a.load === 'yes', refs: ['seed004-review', 'fisher2010', 'laufer2013'] },
    { id: 'biological', level: 'info', when: (a) => a.rest === 'yes', refs: ['seed000-lecture'] },
    { id: 'radicular', level: 'info', when: (a) => a.radiating === 'yes', refs: ['seed000-lecture', 'seed004-review'] },
  ],
  verdicts: [
    { code: 'urgent', tone: 'danger', when: (a) => a.deficit === 'yes' },
    { code: 'mechanical', tone: 'warn', when: (a) => a.load === 'yes' },
    { code: 'radicular', tone: 'warn', when: (a) => a.radiating === 'yes' },
    { code: 'biological', tone: 'ok', when: (a) => a.rest === 'yes' },
    { code: 'none', tone: 'neutral', when: () => true },
  ],
};
