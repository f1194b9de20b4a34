import { choiceQuery } from '../tool-query';
import { emboFlags, emboIndications, type EmboInput } from './embolization-rules';

/** The planner's starting state and its link: `?indication=palliative&radiotherapy=yes&flags=adamkiewicz`. */
export const initialEmbolization: EmboInput = { indication: 'preoperative', radiotherapy: false, ablation: false, flags: [], collaterals: false };

export const embolizationQuery = choiceQuery<EmboInput>(
  {
    indication: { kind: 'one', values: emboIndications },
    radiotherapy: { kind: 'flag' },
    ablation: { kind: 'flag' },
    flags: { kind: 'many', values: emboFlags },
    collaterals: { kind: 'flag' },
  },
  initialEmbolization,
);
