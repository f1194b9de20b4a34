import { yesNoIds, type CheckerRules } from '../checker/checker';

/**
 * M10 — RF ionization (coblation) candidates (CIRSE, Gangi 2010), with the stop for symptomatic cord compression.
 * Ids and logic only; the wording is in ./m10-coblation-texts.ts, read on the server only.
 */
export const coblationCandidate: CheckerRules = {
  id: 'coblation-candidate',
  questions: ['spinal', 'operable', 'canal', 'wall', 'deficit'].map((id) => ({ id, options: yesNoIds })),
  findings: [
    { id: 'deficit', level: 'stop', when: (a) => a.deficit === 'yes', refs: ['seed003-encyclopedia', 'seed004-review'] },
    { id: 'operable', level: 'warn', when: (a) => a.operable === 'yes', refs: ['gangi2010', 'seed003-encyclopedia'] },
    { id: 'best', level: 'ok', when: (a) => a.spinal === 'yes' && a.operable === 'no' && (a.canal === 'yes' || a.wall === 'yes'), refs: ['gangi2010'] },
    { id: 'wall', level: 'warn', when: (a) => a.wall === 'yes', refs: ['gangi2010', 'seed004-review'] },
    { id: 'technique', level: 'info', when: (a) => a.spinal === 'yes', refs: ['gangi2010'] },
  ],
  verdicts: [
    { code: 'urgent', tone: 'danger', when: (a) => a.deficit === 'yes' },
    { code: 'not-spinal', tone: 'neutral', when: (a) => a.spinal === 'no' },
    { code: 'surgery-first', tone: 'warn', when: (a) => a.operable === 'yes' },
    { code: 'candidate', tone: 'ok', when: (_a, fired) => fired.includes('best') },
    { code: 'other', tone: 'neutral', when: () => true },
  ],
};
