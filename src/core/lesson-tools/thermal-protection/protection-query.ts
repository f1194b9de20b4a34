import { choiceQuery } from '../tool-query';
import { guidances, techniques, type Guidance, type Technique } from './protection-rules';

/** The thermal protection chooser's choices and its link: `?technique=cryo&guidance=us&structure=other`. */
export interface ProtectionChoice {
  technique: Technique;
  guidance: Guidance;
  structure: 'neural' | 'other';
  /** Asked only for a neural structure: is the cortex between tumour and nerve intact? */
  cortex: 'yes' | 'no';
}

export const initialProtection: ProtectionChoice = { technique: 'rf', guidance: 'ct', structure: 'neural', cortex: 'yes' };

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
