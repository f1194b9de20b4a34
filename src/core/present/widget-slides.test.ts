import { sinsDefinition } from '../scores/sins/sins-definition';
import { sumScoreIn } from '../scores/sum-score';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedSlideWidgets, isSlideWidget, slidePropsKey, slideWidgetHref } from './widget-slides';
import { sinsNextTexts } from '../scores/sins/mechanical-indication';
import { deckWidgets } from './widget-slides-data';
import { locales } from '../i18n/locales';
import { lessonDeck } from './lesson-deck';
import { vpCheckTextsIn } from '../lesson-tools/vertebroplasty/candidate-texts';
import { approachTextsIn } from '../lesson-tools/vertebroplasty/approach-texts';
import { cryoScenarioTextsIn } from '../lesson-tools/cryo/scenario-texts';
import { emboTextsIn, emboWording } from '../lesson-tools/embolization/embolization-texts';
import { ablationTextsIn, consolidationText } from '../lesson-tools/ablation-choice/ablation-texts';
import { protectionTextsIn, protectionWording } from '../lesson-tools/thermal-protection/protection-texts';
import { painGeneratorTextsIn, painGeneratorWording } from '../lesson-tools/checkers/m01-pain-generator-texts';
import { curativePalliativeTextsIn, curativePalliativeWording } from '../lesson-tools/checkers/m02-curative-palliative-texts';
import { readinessTextsIn, readinessWording } from '../lesson-tools/checkers/m03-readiness-texts';
import { ablationIndicationsTextsIn, ablationIndicationsWording } from '../lesson-tools/checkers/m05-ablation-indications-texts';
import { augmentationTextsIn, augmentationWording } from '../lesson-tools/checkers/m07-augmentation-choice-texts';
import { coblationTextsIn, coblationWording } from '../lesson-tools/checkers/m10-coblation-texts';
import { mrgfusTextsIn, mrgfusWording } from '../lesson-tools/checkers/m12-mrgfus-texts';

describe('widget slides', () => {
  it('finds the widgets a lesson embeds that can be slides, once each, in order', () => {
    const body = 'Text <Cite id="x" /> then\n<CryoPlanner />\n<Figure name="a" /> and <NomsCalculator compact /> again <CryoPlanner/> <EvidenceTableX /> <SinsCalculator compact />';
    expect(embeddedSlideWidgets(body)).toEqual(['CryoPlanner', 'SinsCalculator']);
    expect(embeddedSlideWidgets(undefined)).toEqual([]);
  });

  it('gives a module deck a live slide per widget, naming its page in the notes', () => {
    const fm = { title: 'Crio', module: 'M9', description: 'd', objectives: ['o'], keyPoints: ['k'], selfCheck: [], refs: [] } as never;
    const deck = lessonDeck({ slug: 'm09-cryoablation', it: fm, en: fm, widgets: [{ name: 'CryoPlanner', title: { it: 'Pianificatore', en: 'Planner' }, href: slideWidgetHref('CryoPlanner') }] });
    const slide = deck.slides.find((s) => s.kind === 'widget');
    expect(slide?.id).toBe('widget-cryo-planner');
    expect(slide?.blocks).toEqual([{ type: 'widget', widget: 'CryoPlanner', label: { it: 'Pianificatore', en: 'Planner' }, href: { it: '/it/tools/cryo-planner/', en: '/en/tools/cryo-planner/' } }]);
    expect(slide?.notes.en).toContain('/en/tools/cryo-planner/');
  });
});

describe('every lesson widget is a slide of its module deck', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  // The lesson widgets (issue 15), as lesson-widgets.ts lists them for MDX (an .astro import cannot run here).
  const registry = readFileSync(join(root, 'src/components/widgets/lesson-widgets.ts'), 'utf8');
  const lessonWidgetNames = /export const lessonWidgets = \{([^}]*)\}/.exec(registry)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  // Of the M4 score tools, the SINS calculator is a slide too.
  const slideNames = [...lessonWidgetNames, 'SinsCalculator'];
  const lessons = locales.flatMap((lang) =>
    readdirSync(join(root, 'content/lessons', lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ lang, file: f, body: readFileSync(join(root, 'content/lessons', lang, f), 'utf8') })),
  );

  it('knows all the lesson widgets', () => {
    expect(lessonWidgetNames.length).toBeGreaterThanOrEqual(15);
    expect(lessonWidgetNames.filter((n) => !isSlideWidget(n))).toEqual([]);
  });

  it.each(lessons.map((l) => [`${l.lang}/${l.file}`, l] as const))('%s: each embedded lesson widget gets a live slide with both languages\u2019 strings', (_, l) => {
    const embedded = [...new Set([...l.body.matchAll(/<([A-Z][A-Za-z]+)[\s/>]/g)].map((m) => m[1] ?? ''))].filter((n) => slideNames.includes(n));
    const { widgets, strings } = deckWidgets(l.body, (lang, id) => `${lang}:${id}`);
    expect(widgets.map((w) => w.name)).toEqual(embedded);
    const fm = { title: 'T', module: 'M1', description: 'd', objectives: ['o'], keyPoints: ['k'], selfCheck: [], refs: [] } as never;
    const deck = lessonDeck({ slug: l.file.replace('.mdx', ''), it: fm, en: fm, widgets });
    expect(deck.slides.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'widget' ? [b.widget] : [])))).toEqual(embedded);
    for (const n of embedded) {
      expect(widgets.find((w) => w.name === n)?.href).toEqual(slideWidgetHref(n as never));
      for (const lang of locales) expect(Object.keys(strings[n]?.[lang] ?? {}).length, `${n} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('carries the SINS calculator\u2019s build-time next-step wording in each language with its strings', () => {
    const { strings } = deckWidgets('<SinsCalculator compact />', () => 'SINS');
    const texts = (lang: 'it' | 'en') => JSON.parse(strings.SinsCalculator?.[lang]?.[slidePropsKey] ?? '{}') as { nextTexts?: unknown; def?: unknown };
    expect(texts('it').nextTexts).toEqual(sinsNextTexts('it'));
    // The definition's wording, one language each (the island scores; without it the slide cannot render).
    expect(texts('en').def).toEqual(JSON.parse(JSON.stringify(sumScoreIn(sinsDefinition, 'en'))));
    expect(JSON.stringify(texts('it').def)).toContain('Meccanico');
    expect(texts('en').nextTexts).toEqual(sinsNextTexts('en'));
    expect(texts('it')).not.toEqual(texts('en'));
    // Widgets whose wrapper passes only strings carry nothing more.
    expect(deckWidgets('<EvidenceTable />', () => 'x').strings.EvidenceTable?.en).not.toHaveProperty(slidePropsKey);
  });

  it('carries each lesson tool\u2019s rule wording, one language per set, as its wrapper passes it', () => {
    const expected = {
      VertebroplastyCheck: vpCheckTextsIn, VertebroplastyApproach: approachTextsIn, CryoPlanner: cryoScenarioTextsIn,
      EmbolizationPlanner: emboTextsIn, AblationChooser: ablationTextsIn, ThermalProtectionChooser: protectionTextsIn,
      PainGeneratorCheck: painGeneratorTextsIn, CurativePalliativeCheck: curativePalliativeTextsIn, ReadinessCheck: readinessTextsIn,
      AblationIndicationsCheck: ablationIndicationsTextsIn, AugmentationChoice: augmentationTextsIn, CoblationCheck: coblationTextsIn,
      MrgfusCheck: mrgfusTextsIn,
    } as const;
    type Name = keyof typeof expected;
    const names = Object.keys(expected) as Name[];
    const { strings } = deckWidgets(names.map((n) => `<${n} />`).join('\n'), () => 'x');
    const props = (n: Name, lang: 'it' | 'en') => JSON.parse(strings[n]?.[lang]?.[slidePropsKey] ?? '{}') as { texts?: unknown };
    for (const n of names) for (const lang of locales) expect(props(n, lang).texts, `${n} ${lang}`).toEqual(expected[n](lang));
    // And none of the other language: one sentence of each, looked for in the set of the other language.
    const other: [Name, 'it' | 'en', string][] = [
      ['VertebroplastyCheck', 'en', 'chirurgo'],
      ['EmbolizationPlanner', 'en', emboWording.flags.adamkiewicz.it],
      ['AblationChooser', 'en', consolidationText.it],
      ['ThermalProtectionChooser', 'it', protectionWording.advice.arcing.en],
      ['PainGeneratorCheck', 'en', painGeneratorWording.findings.deficit!.it],
      ['CurativePalliativeCheck', 'it', curativePalliativeWording.verdicts.palliative!.en],
      ['ReadinessCheck', 'it', readinessWording.findings['sedation-ablation']!.en],
      ['AblationIndicationsCheck', 'en', ablationIndicationsWording.verdicts['rt-first']!.it],
      ['AugmentationChoice', 'en', augmentationWording.findings.diaphysis!.it],
      ['CoblationCheck', 'it', coblationWording.findings.deficit!.en],
      ['MrgfusCheck', 'it', mrgfusWording.title.en],
    ];
    for (const [n, lang, sentence] of other) expect(JSON.stringify(props(n, lang)), `${n} ${lang}`).not.toContain(sentence);
  });

  it('the Italian and English lessons of a module embed the same widgets', () => {
    const of = (lang: string, file: string) => embeddedSlideWidgets(lessons.find((l) => l.lang === lang && l.file === file)?.body);
    for (const l of lessons.filter((x) => x.lang === 'it')) expect(of('en', l.file), l.file).toEqual(of('it', l.file));
  });
});
