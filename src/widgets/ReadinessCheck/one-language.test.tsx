// @vitest-environment jsdom
// The readiness check's island ships ids and logic only: its wording comes from the wrapper, one language at a time
// (core/lesson-tools/checkers/m03-readiness-texts.ts is read on the server). The checks: tests/unit/checker-one-language.tsx.
import ReadinessCheckTool from './ReadinessCheckTool';
import { readiness } from '../../core/lesson-tools/checkers/m03-readiness';
import { readinessWording, readinessTextsIn } from '../../core/lesson-tools/checkers/m03-readiness-texts';
import { describeCheckerOneLanguage } from '../../../tests/unit/checker-one-language';

describeCheckerOneLanguage({
  entries: ['src/widgets/ReadinessCheck/ReadinessCheck.tsx', 'src/widgets/ReadinessCheck/ReadinessCheckTool.tsx'],
  expectModules: ['src/widgets/shared/CheckerView.tsx', 'src/core/lesson-tools/checkers/m03-readiness.ts', 'src/core/lesson-tools/checker/checker.ts', 'src/core/lesson-tools/checker/checker-query.ts'],
  rules: readiness,
  wording: readinessWording,
  textsIn: readinessTextsIn,
  Tool: ReadinessCheckTool,
});
