// @vitest-environment jsdom
// A deck slide of each ablation tool renders with the wording the deck data carries (the island has none of its
// own), in the deck's language: what its Astro wrapper passes on a lesson page.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { WidgetSlide } from './WidgetSlide';
import { deckWidgets } from '../../core/present/widget-slides-data';
import { ablationReasonTexts } from '../../core/lesson-tools/ablation-choice/ablation-texts';
import { protectionWording } from '../../core/lesson-tools/thermal-protection/protection-texts';
import { ablationIndicationsWording } from '../../core/lesson-tools/checkers/m05-ablation-indications-texts';
import { coblationWording } from '../../core/lesson-tools/checkers/m10-coblation-texts';
import { locales } from '../../core/i18n/locales';

afterEach(cleanup);

const names = ['AblationChooser', 'ThermalProtectionChooser', 'AblationIndicationsCheck', 'CoblationCheck'] as const;
const { strings } = deckWidgets(names.map((n) => `<${n} />`).join('\n'), () => 'x');
/** A sentence each slide shows as it opens, by language. */
const opening = {
  AblationChooser: ablationReasonTexts['rf-small-away'],
  ThermalProtectionChooser: protectionWording.advice.thermocouple,
  AblationIndicationsCheck: ablationIndicationsWording.lead,
  CoblationCheck: coblationWording.lead,
};

describe('the ablation tools on deck slides', () => {
  it.each(locales)('%s: each loads on its slide and shows its wording in the deck’s language', async (lang) => {
    for (const name of names) {
      const { container } = render(<section className="present"><WidgetSlide name={name} lang={lang} strings={strings[name]} label={name} /></section>);
      await waitFor(() => expect(screen.getByTestId('slide-widget').getAttribute('data-loaded')).toBe('true'));
      const text = container.textContent ?? '';
      expect(text, name).toContain(opening[name][lang]);
      expect(text, name).not.toContain(opening[name][lang === 'it' ? 'en' : 'it']);
      cleanup();
    }
  });
});
