// Build-time side of the widget slides: what a module deck's data carries for each widget it shows. Apart from
// widget-slides.ts so that the deck page (which imports that file) does not bundle every language's UI strings.
import { locales, type Locale, type Localized } from '../i18n/locales';
import { islandStrings } from '../i18n/translate';
import type { LessonWidget } from './lesson-deck';
import { emboTextsIn } from '../lesson-tools/embolization/embolization-texts';
import { readinessTextsIn } from '../lesson-tools/checkers/m03-readiness-texts';
import { augmentationTextsIn } from '../lesson-tools/checkers/m07-augmentation-choice-texts';
import { mrgfusTextsIn } from '../lesson-tools/checkers/m12-mrgfus-texts';
import { sinsNextTexts } from '../scores/sins/mechanical-indication';
import { sinsDefinition } from '../scores/sins/sins-definition';
import { sumScoreIn } from '../scores/sum-score';
import { ablationTextsIn } from '../lesson-tools/ablation-choice/ablation-texts';
import { protectionTextsIn } from '../lesson-tools/thermal-protection/protection-texts';
import { ablationIndicationsTextsIn } from '../lesson-tools/checkers/m05-ablation-indications-texts';
import { coblationTextsIn } from '../lesson-tools/checkers/m10-coblation-texts';
import { vpCheckTextsIn } from '../lesson-tools/vertebroplasty/candidate-texts';
import { approachTextsIn } from '../lesson-tools/vertebroplasty/approach-texts';
import { cryoScenarioTextsIn } from '../lesson-tools/cryo/scenario-texts';
import { painGeneratorTextsIn } from '../lesson-tools/checkers/m01-pain-generator-texts';
import { curativePalliativeTextsIn } from '../lesson-tools/checkers/m02-curative-palliative-texts';
import { embeddedSlideWidgets, slidePropsKey, slideWidgetHref, slideWidgets, type SlideWidgetName } from './widget-slides';

/** The props a widget's Astro wrapper resolves at build time besides `lang` and its UI strings. */
const buildTimeProps: Partial<Record<SlideWidgetName, (lang: Locale) => Record<string, unknown>>> = {
  // The SINS island is the generic sum-score view: it needs the definition's wording as well.
  SinsCalculator: (lang) => ({ def: sumScoreIn(sinsDefinition, lang), nextTexts: sinsNextTexts(lang) }),
  // The lesson tools hold ids and logic (and geometry); their wording comes one language at a time, as their
  // Astro wrappers pass it.
  PainGeneratorCheck: (lang) => ({ texts: painGeneratorTextsIn(lang) }),
  CurativePalliativeCheck: (lang) => ({ texts: curativePalliativeTextsIn(lang) }),
  ReadinessCheck: (lang) => ({ texts: readinessTextsIn(lang) }),
  AblationIndicationsCheck: (lang) => ({ texts: ablationIndicationsTextsIn(lang) }),
  VertebroplastyCheck: (lang) => ({ texts: vpCheckTextsIn(lang) }),
  VertebroplastyApproach: (lang) => ({ texts: approachTextsIn(lang) }),
  AugmentationChoice: (lang) => ({ texts: augmentationTextsIn(lang) }),
  AblationChooser: (lang) => ({ texts: ablationTextsIn(lang) }),
  CryoPlanner: (lang) => ({ texts: cryoScenarioTextsIn(lang) }),
  CoblationCheck: (lang) => ({ texts: coblationTextsIn(lang) }),
  ThermalProtectionChooser: (lang) => ({ texts: protectionTextsIn(lang) }),
  MrgfusCheck: (lang) => ({ texts: mrgfusTextsIn(lang) }),
  EmbolizationPlanner: (lang) => ({ texts: emboTextsIn(lang) }),
};

/** A widget's strings in one language, with its build-time props (if any) under slidePropsKey. */
export function slideStrings(name: SlideWidgetName, lang: Locale): Record<string, string> {
  const props = buildTimeProps[name]?.(lang);
  return { ...islandStrings(lang, name), ...(props ? { [slidePropsKey]: JSON.stringify(props) } : {}) };
}

/** A deck's widget UI strings: island name → both languages (the deck switches language live). */
export type DeckWidgetStrings = Record<string, Record<Locale, Record<string, string>>>;

/**
 * The slide widgets a lesson embeds, with their titles (from the tool page, via `toolTitle`), pages and both
 * languages' UI strings (and build-time props): everything a widget's island gets from its Astro wrapper.
 */
export function deckWidgets(body: string | undefined, toolTitle: (lang: Locale, toolId: string) => string): { widgets: LessonWidget[]; strings: DeckWidgetStrings } {
  const names = embeddedSlideWidgets(body);
  const strings: DeckWidgetStrings = {};
  for (const n of names) strings[n] = Object.fromEntries(locales.map((l) => [l, slideStrings(n, l)])) as Record<Locale, Record<string, string>>;
  const title = (n: SlideWidgetName) => Object.fromEntries(locales.map((l) => [l, toolTitle(l, slideWidgets[n])])) as Localized;
  return { widgets: names.map((n) => ({ name: n, title: title(n), href: slideWidgetHref(n) })), strings };
}
