import { choiceQuery } from '../tool-query';
import { initialApproach, type ApproachChoice } from './approach';

/** The approach explorer's link: `?region=thoracic&tip=lateral&filling=bipedicular` (tool page only). */
export { initialApproach, type ApproachChoice };

const base = choiceQuery<ApproachChoice>(
  {
    region: { kind: 'one', values: ['cervical', 'thoracic', 'lumbar'] },
    tip: { kind: 'one', values: ['midline', 'lateral'] },
    filling: { kind: 'one', values: ['unipedicular', 'bipedicular'] },
  },
  initialApproach,
);

export const approachQuery = {
  ...base,
  // The filling question is not on screen at a cervical level, so the link leaves it out too.
  serialize: (c: ApproachChoice) => base.serialize(c.region === 'cervical' ? { ...c, filling: initialApproach.filling } : c),
};
