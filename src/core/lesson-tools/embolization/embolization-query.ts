import { choiceQuery } from '../tool-query';
import { emboFlags, emboIndications, initialEmbolization, type EmboInput } from './embolization-rules';

/** The planner's link: `?indication=palliative&radiotherapy=yes&flags=adamkiewicz` (tool page only). */
export { initialEmbolization };

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
