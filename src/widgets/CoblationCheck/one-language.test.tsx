// @vitest-environment jsdom
// The M10 RF ionization (coblation) check's island ships ids and logic only: its wording comes from the wrapper, one language at a time
// (core/lesson-tools/checkers/m10-coblation-texts.ts is read on the server). The checks: tests/unit/checker-one-language.tsx.
import CoblationCheckTool from './CoblationCheckTool';
import { coblationCandidate } from '../../core/lesson-tools/checkers/m10-coblation';
import { coblationTextsIn, coblationWording } from '../../core/lesson-tools/checkers/m10-coblation-texts';
import { describeCheckerOneLanguage } from '../../../tests/unit/checker-one-language';

describeCheckerOneLanguage({
  entries: ['src/widgets/CoblationCheck/CoblationCheck.tsx', 'src/widgets/CoblationCheck/CoblationCheckTool.tsx'],
  expectModules: ['src/widgets/shared/CheckerView.tsx', 'src/core/lesson-tools/checkers/m10-coblation.ts', 'src/core/lesson-tools/checker/checker.ts', 'src/core/lesson-tools/checker/checker-query.ts'],
  rules: coblationCandidate,
  wording: coblationWording,
  textsIn: coblationTextsIn,
  Tool: CoblationCheckTool,
});
