// @vitest-environment jsdom
// The curative or palliative check's island ships ids and logic only: its wording comes from the wrapper, one language at a time
// (core/lesson-tools/checkers/m02-curative-palliative-texts.ts is read on the server). The checks: tests/unit/checker-one-language.tsx.
import CurativePalliativeCheckTool from './CurativePalliativeCheckTool';
import { curativePalliative } from '../../core/lesson-tools/checkers/m02-curative-palliative';
import { curativePalliativeTextsIn, curativePalliativeWording } from '../../core/lesson-tools/checkers/m02-curative-palliative-texts';
import { describeCheckerOneLanguage } from '../../../tests/unit/checker-one-language';

describeCheckerOneLanguage({
  entries: ['src/widgets/CurativePalliativeCheck/CurativePalliativeCheck.tsx', 'src/widgets/CurativePalliativeCheck/CurativePalliativeCheckTool.tsx'],
  expectModules: ['src/widgets/shared/CheckerView.tsx', 'src/core/lesson-tools/checkers/m02-curative-palliative.ts', 'src/core/lesson-tools/checker/checker.ts', 'src/core/lesson-tools/checker/checker-query.ts'],
  rules: curativePalliative,
  wording: curativePalliativeWording,
  textsIn: curativePalliativeTextsIn,
  Tool: CurativePalliativeCheckTool,
});
