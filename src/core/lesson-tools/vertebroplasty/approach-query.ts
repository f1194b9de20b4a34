import { choiceQuery } from '../tool-query';
import type { Filling, NeedleTip, SpineRegion } from './approach';

/** The approach explorer's choices and its link: `?region=thoracic&tip=lateral&filling=bipedicular`. */
export interface ApproachChoice {
  region: SpineRegion;
  tip: NeedleTip;
  /** Asked only below the neck: the cervical route is anterolateral and unipedicular. */
  filling: Filling;
}

export const initialApproach: ApproachChoice = { region: 'lumbar', tip: 'midline', filling: 'unipedicular' };

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
