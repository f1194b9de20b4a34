import { choiceQuery } from '../tool-query';
import { initialLesion, type LesionInput } from './ablation-rules';

/** The modality chooser's link: `?aim=curative&size=lt1&fractureRisk=yes` (tool page only; the lesson embed does not load it). */
export { initialLesion };

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
