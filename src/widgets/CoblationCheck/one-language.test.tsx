// @vitest-environment jsdom
// The M10 RF ionization check ships its rule logic only: its wording comes from the wrapper, one language at a
// time (core/lesson-tools/checkers/m10-coblation-texts.ts is read on the server).
import CoblationCheckTool from './CoblationCheckTool';
import { coblationCandidate } from '../../core/lesson-tools/checkers/m10-coblation';
import { coblationTextsIn, coblationWording } from '../../core/lesson-tools/checkers/m10-coblation-texts';
import { checkerShipsOneLanguage } from '../../../tests/unit/checker-ships-one-language';

const no = { spinal: 'no', operable: 'no', canal: 'no', wall: 'no', deficit: 'no' };

checkerShipsOneLanguage({
  testFile: import.meta.url,
  entries: ['./CoblationCheck.tsx', './CoblationCheckTool.tsx'],
  rulesModule: 'src/core/lesson-tools/checkers/m10-coblation.ts',
  rules: coblationCandidate,
  wording: coblationWording,
  textsIn: coblationTextsIn,
  Tool: CoblationCheckTool,
  // One answer set per verdict; between them every finding fires.
  answers: [
    { spinal: 'yes', operable: 'yes', canal: 'yes', wall: 'yes', deficit: 'yes' },
    no,
    { ...no, spinal: 'yes', operable: 'yes' },
    { ...no, spinal: 'yes', canal: 'yes' },
    { ...no, spinal: 'yes' },
  ],
});
