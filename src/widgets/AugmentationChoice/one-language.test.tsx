// @vitest-environment jsdom
// The augmentation choice's island ships ids and logic only: its wording comes from the wrapper, one language at a time
// (core/lesson-tools/checkers/m07-augmentation-choice-texts.ts is read on the server). The checks: tests/unit/checker-one-language.tsx.
import AugmentationChoiceTool from './AugmentationChoiceTool';
import { augmentationChoice } from '../../core/lesson-tools/checkers/m07-augmentation-choice';
import { augmentationWording, augmentationTextsIn } from '../../core/lesson-tools/checkers/m07-augmentation-choice-texts';
import { describeCheckerOneLanguage } from '../../../tests/unit/checker-one-language';

describeCheckerOneLanguage({
  entries: ['src/widgets/AugmentationChoice/AugmentationChoice.tsx', 'src/widgets/AugmentationChoice/AugmentationChoiceTool.tsx'],
  expectModules: ['src/widgets/shared/CheckerView.tsx', 'src/core/lesson-tools/checkers/m07-augmentation-choice.ts', 'src/core/lesson-tools/checker/checker.ts', 'src/core/lesson-tools/checker/checker-query.ts'],
  rules: augmentationChoice,
  wording: augmentationWording,
  textsIn: augmentationTextsIn,
  Tool: AugmentationChoiceTool,
});
