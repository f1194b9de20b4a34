// @vitest-environment jsdom
// The MRgFUS eligibility check's island ships ids and logic only: its wording comes from the wrapper, one language at a time
// (core/lesson-tools/checkers/m12-mrgfus-texts.ts is read on the server). The checks: tests/unit/checker-one-language.tsx.
import MrgfusCheckTool from './MrgfusCheckTool';
import { mrgfusEligibility } from '../../core/lesson-tools/checkers/m12-mrgfus';
import { mrgfusWording, mrgfusTextsIn } from '../../core/lesson-tools/checkers/m12-mrgfus-texts';
import { describeCheckerOneLanguage } from '../../../tests/unit/checker-one-language';

describeCheckerOneLanguage({
  entries: ['src/widgets/MrgfusCheck/MrgfusCheck.tsx', 'src/widgets/MrgfusCheck/MrgfusCheckTool.tsx'],
  expectModules: ['src/widgets/shared/CheckerView.tsx', 'src/core/lesson-tools/checkers/m12-mrgfus.ts', 'src/core/lesson-tools/checker/checker.ts', 'src/core/lesson-tools/checker/checker-query.ts'],
  rules: mrgfusEligibility,
  wording: mrgfusWording,
  textsIn: mrgfusTextsIn,
  Tool: MrgfusCheckTool,
});
