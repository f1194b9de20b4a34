// @vitest-environment jsdom
// The M5 ablation-indications check ships its rule logic only: its wording comes from the wrapper, one language
// at a time (core/lesson-tools/checkers/m05-ablation-indications-texts.ts is read on the server).
import AblationIndicationsCheckTool from './AblationIndicationsCheckTool';
import { ablationCriterionIds, ablationIndications } from '../../core/lesson-tools/checkers/m05-ablation-indications';
import { ablationIndicationsTextsIn, ablationIndicationsWording } from '../../core/lesson-tools/checkers/m05-ablation-indications-texts';
import { checkerShipsOneLanguage } from '../../../tests/unit/checker-ships-one-language';

const every = (answer: 'yes' | 'no') => Object.fromEntries(ablationCriterionIds.map((id) => [id, answer]));

checkerShipsOneLanguage({
  testFile: import.meta.url,
  entries: ['./AblationIndicationsCheck.tsx', './AblationIndicationsCheckTool.tsx'],
  rulesModule: 'src/core/lesson-tools/checkers/m05-ablation-indications.ts',
  rules: ablationIndications,
  wording: ablationIndicationsWording,
  textsIn: ablationIndicationsTextsIn,
  Tool: AblationIndicationsCheckTool,
  // Every criterion met (every finding, 'indicated'), then none ('rt-first').
  answers: [every('yes'), every('no')],
});
