import type { Locale, Localized } from '../i18n/locales';

/**
 * The lesson widgets a module deck can show as a live slide: island name → its tool page id. The view
 * (widgets/Presenter/WidgetSlide.tsx) loads a widget's code only when its slide is on screen, so a deck
 * page without one ships none of it. Every widget of lesson-widgets.ts is here (a test checks it): each takes only
 * `lang` and its UI strings, which the deck data carries for both languages. Of the M4 score tools only the
 * SINS calculator is a slide (its wrapper's build-time texts travel with its strings, see slidePropsKey); the
 * revised Tokuhashi, ESCC and NOMS tools are not (yet).
 */
export const slideWidgets = {
  PainGeneratorCheck: 'pain-generator',
  CurativePalliativeCheck: 'curative-palliative',
  ReadinessCheck: 'readiness',
  AblationIndicationsCheck: 'ablation-indications',
  RtResponseChart: 'rt-response',
  VertebroplastyCheck: 'vertebroplasty-check',
  VertebroplastyApproach: 'vertebroplasty-approach',
  AugmentationChoice: 'augmentation-choice',
  AblationChooser: 'ablation-chooser',
  CryoPlanner: 'cryo-planner',
  CoblationCheck: 'coblation-candidate',
  ThermalProtectionChooser: 'thermal-protection',
  MrgfusCheck: 'mrgfus-eligibility',
  EmbolizationPlanner: 'embolization-planner',
  EvidenceTable: 'vp-rfa-evidence',
  // M4: the SINS calculator, in its compact lesson mode.
  SinsCalculator: 'sins',
} as const satisfies Record<string, string>;

/**
 * The key, among a slide widget's strings in the deck data, that holds (as JSON) the other props its Astro
 * wrapper resolves at build time (the SINS calculator's next-step wording), one set per language.
 */
export const slidePropsKey = '$props';

export type SlideWidgetName = keyof typeof slideWidgets;

export const isSlideWidget = (name: string): name is SlideWidgetName => Object.prototype.hasOwnProperty.call(slideWidgets, name);

/** The widget's own page: the handout and the speaker notes point there. */
export const slideWidgetHref = (name: SlideWidgetName): Localized => {
  const href = (lang: Locale) => `/${lang}/tools/${slideWidgets[name]}/`;
  return { it: href('it'), en: href('en') };
};

/** The widgets a lesson's MDX embeds (`<CryoPlanner />`), in order, that can be slides. */
export function embeddedSlideWidgets(body: string | undefined): SlideWidgetName[] {
  return [...new Set([...(body ?? '').matchAll(/<([A-Z][A-Za-z]+)[\s/>]/g)].map((m) => m[1] ?? ''))].filter(isSlideWidget);
}

