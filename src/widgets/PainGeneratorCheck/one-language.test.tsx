// @vitest-environment jsdom
// The pain generator check's island ships ids and logic only: its wording comes from the wrapper, one language at a time
// (core/lesson-tools/checkers/m01-pain-generator-texts.ts is read on the server). The checks: tests/unit/checker-one-language.tsx.
import PainGeneratorCheckTool from './PainGeneratorCheckTool';
import { painGenerator } from '../../core/lesson-tools/checkers/m01-pain-generator';
import { painGeneratorTextsIn, painGeneratorWording } from '../../core/lesson-tools/checkers/m01-pain-generator-texts';
import { describeCheckerOneLanguage } from '../../../tests/unit/checker-one-language';

describeCheckerOneLanguage({
  entries: ['src/widgets/PainGeneratorCheck/PainGeneratorCheck.tsx', 'src/widgets/PainGeneratorCheck/PainGeneratorCheckTool.tsx'],
  expectModules: ['src/widgets/shared/CheckerView.tsx', 'src/core/lesson-tools/checkers/m01-pain-generator.ts', 'src/core/lesson-tools/checker/checker.ts', 'src/core/lesson-tools/checker/checker-query.ts'],
  rules: painGenerator,
  wording: painGeneratorWording,
  textsIn: painGeneratorTextsIn,
  Tool: PainGeneratorCheckTool,
});
