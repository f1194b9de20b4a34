// @vitest-environment jsdom
// The M5 ablation indications check's island ships ids and logic only: its wording comes from the wrapper, one language at a time
// (core/lesson-tools/checkers/m05-ablation-indications-texts.ts is read on the server). The checks: tests/unit/checker-one-language.tsx.
import AblationIndicationsCheckTool from './AblationIndicationsCheckTool';
import { ablationIndications } from '../../core/lesson-tools/checkers/m05-ablation-indications';
import { ablationIndicationsTextsIn, ablationIndicationsWording } from '../../core/lesson-tools/checkers/m05-ablation-indications-texts';
import { describeCheckerOneLanguage } from '../../../tests/unit/checker-one-language';

describeCheckerOneLanguage({
  entries: ['src/widgets/AblationIndicationsCheck/AblationIndicationsCheck.tsx', 'src/widgets/AblationIndicationsCheck/AblationIndicationsCheckTool.tsx'],
  expectModules: ['src/widgets/shared/CheckerView.tsx', 'src/core/lesson-tools/checkers/m05-ablation-indications.ts', 'src/core/lesson-tools/checker/checker.ts', 'src/core/lesson-tools/checker/checker-query.ts'],
  rules: ablationIndications,
  wording: ablationIndicationsWording,
  textsIn: ablationIndicationsTextsIn,
  Tool: AblationIndicationsCheckTool,
});
