import { describe, expect, it } from 'vitest';
import { slidePropsKey } from './widget-slides';
import { deckWidgets } from './widget-slides-data';
import { locales } from '../i18n/locales';
import { painGeneratorTextsIn, painGeneratorWording } from '../lesson-tools/checkers/m01-pain-generator-texts';
import { curativePalliativeTextsIn, curativePalliativeWording } from '../lesson-tools/checkers/m02-curative-palliative-texts';

// Apart from widget-slides.test.ts so that each island's conversion adds its own file.
describe('the M1 and M2 checkers as deck slides', () => {
  it('carry their rule wording, one language per set, as their wrappers pass it', () => {
    const { strings } = deckWidgets('<PainGeneratorCheck />\n<CurativePalliativeCheck />', () => 'Check');
    const props = (n: 'PainGeneratorCheck' | 'CurativePalliativeCheck', lang: 'it' | 'en') => JSON.parse(strings[n]?.[lang]?.[slidePropsKey] ?? '{}') as { texts?: unknown };
    for (const lang of locales) {
      expect(props('PainGeneratorCheck', lang).texts).toEqual(painGeneratorTextsIn(lang));
      expect(props('CurativePalliativeCheck', lang).texts).toEqual(curativePalliativeTextsIn(lang));
    }
    expect(JSON.stringify(props('PainGeneratorCheck', 'en'))).not.toContain(painGeneratorWording.findings.deficit!.it);
    expect(JSON.stringify(props('CurativePalliativeCheck', 'it'))).not.toContain(curativePalliativeWording.verdicts.palliative!.en);
  });
});
