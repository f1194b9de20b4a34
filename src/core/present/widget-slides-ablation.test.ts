import { describe, expect, it } from 'vitest';
import { slidePropsKey } from './widget-slides';
import { deckWidgets } from './widget-slides-data';
import { locales } from '../i18n/locales';
import { ablationTextsIn, consolidationText } from '../lesson-tools/ablation-choice/ablation-texts';
import { protectionTextsIn, protectionWording } from '../lesson-tools/thermal-protection/protection-texts';
import { ablationIndicationsTextsIn, ablationIndicationsWording } from '../lesson-tools/checkers/m05-ablation-indications-texts';
import { coblationTextsIn, coblationWording } from '../lesson-tools/checkers/m10-coblation-texts';

// Apart from widget-slides.test.ts so that each island's conversion adds its own file.
describe('the ablation tools as deck slides (modality chooser, thermal protection, M5 and M10 checks)', () => {
  it('carry their rule wording, one language per set, as their wrappers pass it', () => {
    const expected = { AblationChooser: ablationTextsIn, ThermalProtectionChooser: protectionTextsIn, AblationIndicationsCheck: ablationIndicationsTextsIn, CoblationCheck: coblationTextsIn } as const;
    const names = Object.keys(expected) as (keyof typeof expected)[];
    const { strings } = deckWidgets(names.map((n) => `<${n} />`).join('\n'), () => 'x');
    const props = (n: keyof typeof expected, lang: 'it' | 'en') => JSON.parse(strings[n]?.[lang]?.[slidePropsKey] ?? '{}') as { texts?: unknown };
    for (const n of names) for (const lang of locales) expect(props(n, lang).texts, `${n} ${lang}`).toEqual(expected[n](lang));
    expect(JSON.stringify(props('AblationChooser', 'en'))).not.toContain(consolidationText.it);
    expect(JSON.stringify(props('ThermalProtectionChooser', 'it'))).not.toContain(protectionWording.advice.arcing.en);
    expect(JSON.stringify(props('AblationIndicationsCheck', 'en'))).not.toContain(ablationIndicationsWording.verdicts['rt-first']!.it);
    expect(JSON.stringify(props('CoblationCheck', 'it'))).not.toContain(coblationWording.findings.deficit!.en);
  });
});
