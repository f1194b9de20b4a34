import { choiceQuery } from '../tool-query';
import type { LesionInput } from './ablation-rules';

/** The lesion a learner starts from in the modality chooser, and its link: `?aim=curative&size=lt1&fractureRisk=yes`. */
export const initialLesion: LesionInput = { aim: 'palliative', size: '1to3', matrix: 'lytic', proximity: 'away', fractureRisk: false, metalImplant: false };

export const ablationQuery = choiceQuery<LesionInput>(
  {
    aim: { kind: 'one', values: ['palliative', 'curative'] },
    size: { kind: 'one', values: ['lt1', '1to3', '3to5', 'gt5'] },
    matrix: { kind: 'one', values: ['lytic', 'mixed', 'blastic'] },
    proximity: { kind: 'one', values: ['away', 'close'] },
    fractureRisk: { kind: 'flag' },
    metalImplant: { kind: 'flag' },
  },
  initialLesion,
);
