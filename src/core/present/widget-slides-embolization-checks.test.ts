import { describe, expect, it } from 'vitest';
import { slidePropsKey } from './widget-slides';
import { deckWidgets } from './widget-slides-data';
import { locales } from '../i18n/locales';
import { emboTextsIn, emboWording } from '../lesson-tools/embolization/embolization-texts';
import { readinessTextsIn, readinessWording } from '../lesson-tools/checkers/m03-readiness-texts';
import { augmentationTextsIn, augmentationWording } from '../lesson-tools/checkers/m07-augmentation-choice-texts';
import { mrgfusTextsIn, mrgfusWording } from '../lesson-tools/checkers/m12-mrgfus-texts';

// Apart from widget-slides.test.ts so that each island's conversion adds its own file.
describe('the embolization planner and the M3, M7, M12 checks as deck slides', () => {
  it('carry their rule wording, one language per set, as their wrappers pass it', () => {
    const expected = { EmbolizationPlanner: emboTextsIn, ReadinessCheck: readinessTextsIn, AugmentationChoice: augmentationTextsIn, MrgfusCheck: mrgfusTextsIn } as const;
    const names = Object.keys(expected) as (keyof typeof expected)[];
    const { strings } = deckWidgets(names.map((n) => `<${n} />`).join('\n'), () => 'x');
    const props = (n: keyof typeof expected, lang: 'it' | 'en') => JSON.parse(strings[n]?.[lang]?.[slidePropsKey] ?? '{}') as { texts?: unknown };
    for (const n of names) for (const lang of locales) expect(props(n, lang).texts, `${n} ${lang}`).toEqual(expected[n](lang));
    expect(JSON.stringify(props('EmbolizationPlanner', 'en'))).not.toContain(emboWording.flags.adamkiewicz.it);
    expect(JSON.stringify(props('ReadinessCheck', 'it'))).not.toContain(readinessWording.findings['sedation-ablation']!.en);
    expect(JSON.stringify(props('AugmentationChoice', 'en'))).not.toContain(augmentationWording.findings.diaphysis!.it);
    expect(JSON.stringify(props('MrgfusCheck', 'it'))).not.toContain(mrgfusWording.title.en);
  });
});
