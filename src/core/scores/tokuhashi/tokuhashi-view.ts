import type { Locale } from '../../i18n/locales';
import type { UiKey } from '../../i18n/ui-key';
import { sumScoreIn } from '../sum-score';
import { tokuhashiDefinition, tokuhashiTreatmentsIn } from './tokuhashi-definition';

/**
 * What the generic sum-score calculator gets for the revised Tokuhashi, in one language: the definition (the
 * primary site's help says how its sites are grouped), the treatment each band suggests, the bands table's
 * words. Resolved on the server by the wrapper (TokuhashiCalculator.astro) with the build-time translator.
 */
export function tokuhashiCalculatorProps(lang: Locale, t: (key: UiKey) => string) {
  const one = sumScoreIn(tokuhashiDefinition, lang);
  const same = (text: string) => ({ it: text, en: text });
  return {
    def: { ...one, components: one.components.map((c) => (c.id === 'primary' ? { ...c, help: same(`${c.help[lang]} ${t('tokuhashi.primaryHelp')}`) } : c)) },
    title: t('tokuhashi.title'),
    advice: { key: 'treatment', label: t('tokuhashi.treatment'), byBand: tokuhashiTreatmentsIn(lang) },
    bandTable: {
      caption: t('tokuhashi.bandsCaption'),
      range: t('tokuhashi.bandsRange'),
      band: t('tokuhashi.bandsSurvival'),
      advice: t('tokuhashi.bandsTreatment'),
      current: t('tokuhashi.currentBand'),
    },
  };
}
