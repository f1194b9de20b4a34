import { choiceQuery } from '../tool-query';
import { guidances, initialProtection, techniques, type ProtectionChoice } from './protection-rules';

/** The thermal protection chooser's link: `?technique=cryo&guidance=us&structure=other` (tool page only). */
export { initialProtection, type ProtectionChoice };

const base = choiceQuery<ProtectionChoice>(
  {
    technique: { kind: 'one', values: techniques },
    guidance: { kind: 'one', values: guidances },
    structure: { kind: 'one', values: ['neural', 'other'] },
    cortex: { kind: 'one', values: ['yes', 'no'] },
  },
  initialProtection,
);

export const protectionQuery = {
  ...base,
  // The cortex question is not on screen for a non-neural structure, so the link leaves it out too.
  serialize: (c: ProtectionChoice) => base.serialize(c.structure === 'neural' ? c : { ...c, cortex: initialProtection.cortex }),
};
