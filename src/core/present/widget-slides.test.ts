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

  it('carries the vertebroplasty and cryoablation islands\u2019 rule wording, one language per set, as their wrappers pass it', () => {
    const { strings } = deckWidgets('<VertebroplastyCheck />\n<VertebroplastyApproach />\n<CryoPlanner />', () => 'VP');
    const props = (n: 'VertebroplastyCheck' | 'VertebroplastyApproach' | 'CryoPlanner', lang: 'it' | 'en') => JSON.parse(strings[n]?.[lang]?.[slidePropsKey] ?? '{}') as { texts?: unknown };
    for (const lang of locales) {
      expect(props('VertebroplastyCheck', lang).texts).toEqual(vpCheckTextsIn(lang));
      expect(props('VertebroplastyApproach', lang).texts).toEqual(approachTextsIn(lang));
      expect(props('CryoPlanner', lang).texts).toEqual(cryoScenarioTextsIn(lang));
    }
    expect(JSON.stringify(props('VertebroplastyCheck', 'en'))).not.toContain('chirurgo');
  });

  it('the Italian and English lessons of a module embed the same widgets', () => {
    const of = (lang: string, file: string) => embeddedSlideWidgets(lessons.find((l) => l.lang === lang && l.file === file)?.body);
    for (const l of lessons.filter((x) => x.lang === 'it')) expect(of('en', l.file), l.file).toEqual(of('it', l.file));
  });
});
