import type { Locale, Localized } from '../i18n/locales';

/**
 * The lesson widgets a module deck can show as a live slide: island name → its tool page id. The view
 * (widgets/Presenter/WidgetSlide.tsx) loads a widget's code only when its slide is on screen, so a deck
 * page without one ships none of it.
 */
export const slideWidgets = {
  CryoPlanner: 'cryo-planner',
  VertebroplastyApproach: 'vertebroplasty-approach',
  ThermalProtectionChooser: 'thermal-protection',
} as const satisfies Record<string, string>;

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
