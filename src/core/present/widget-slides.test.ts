import { describe, expect, it } from 'vitest';
import { embeddedSlideWidgets, slideWidgetHref } from './widget-slides';
import { lessonDeck } from './lesson-deck';

describe('widget slides', () => {
  it('finds the widgets a lesson embeds that can be slides, once each, in order', () => {
    const body = 'Text <Cite id="x" /> then\n<CryoPlanner />\n<Figure name="a" /> and <SinsCalculator compact /> again <CryoPlanner/> <EvidenceTableX />';
    expect(embeddedSlideWidgets(body)).toEqual(['CryoPlanner']);
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
