// @vitest-environment jsdom
// The embolization planner's island ships ids and logic only: its rule wording comes from the wrapper, one
// language at a time (core/lesson-tools/embolization/embolization-texts.ts is read on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import EmbolizationPlannerTool from './EmbolizationPlannerTool';
import { emboFlags, emboIndications, planEmbolization, type EmboInput } from '../../core/lesson-tools/embolization/embolization-rules';
import { embolizationQuery } from '../../core/lesson-tools/embolization/embolization-query';
import { emboTextsIn, emboWording } from '../../core/lesson-tools/embolization/embolization-texts';
import type { Locale, Localized } from '../../core/i18n/locales';
import { carries, holds, islandModules, locales, otherLanguageOnly } from '../../../tests/unit/one-language';

afterEach(() => { cleanup(); window.history.replaceState(null, '', '/'); });

const words: Localized[] = [emboWording.flags, emboWording.indications, emboWording.sequence, emboWording.agents].flatMap((g) => Object.values<Localized>(g));

describe('embolization planner ships one language', () => {
  it('no island module imports the wording or holds any of it, in either language', () => {
    const modules = islandModules(['src/widgets/EmbolizationPlanner/EmbolizationPlanner.tsx', 'src/widgets/EmbolizationPlanner/EmbolizationPlannerTool.tsx']);
    expect(modules.map((m) => m.path)).toEqual(expect.arrayContaining(['src/core/lesson-tools/embolization/embolization-rules.ts', 'src/core/lesson-tools/embolization/embolization-query.ts']));
    expect(words.length).toBe(14);
    for (const { path, text } of modules) {
      expect(path, 'a texts module is read on the server only').not.toMatch(/-texts\.ts$/);
      for (const w of words) for (const lang of locales) expect(holds(text, w[lang]), `${path}: ${w[lang]}`).toBe(false);
    }
  });

  it.each(locales)('the texts passed for %s hold none of the other language', (lang) => {
    const passed = JSON.stringify(emboTextsIn(lang));
    for (const w of otherLanguageOnly(words, lang)) expect(carries(passed, w), w).toBe(false);
    for (const w of words) expect(carries(passed, w[lang]), w[lang]).toBe(true);
  });

  it.each(locales)('%s: every flag, indication, step and agent shows in that language, in the plan’s order', (lang: Locale) => {
    const t = emboTextsIn(lang);
    const foreign = otherLanguageOnly(words, lang);
    // Every indication; all flags with both treatments, then none with collaterals: every row of wording shows.
    const inputs: EmboInput[] = emboIndications.map((indication, i) => ({ indication, radiotherapy: i % 2 === 0, ablation: true, collaterals: i % 2 === 1, flags: i === 0 ? emboFlags : [] }));
    for (const input of inputs) {
      window.history.replaceState(null, '', `/${lang}/tools/embolization-planner/${embolizationQuery.serialize(input)}`);
      const { unmount } = render(<EmbolizationPlannerTool lang={lang} texts={t} />);
      const plan = planEmbolization(input);
      const items = (id: string) => [...screen.getByTestId(id).querySelectorAll('li')].map((li) => li.textContent?.split(' (')[0]);
      const verdict = screen.getByTestId('emb-verdict');
      expect(verdict.getAttribute('data-verdict')).toBe(plan.verdict);
      for (const f of plan.flags) expect(verdict.querySelector(`[data-flag="${f.id}"]`)?.textContent, f.id).toContain(t.flags[f.id]);
      expect(screen.getByTestId('emb-indication').textContent).toContain(t.indications[input.indication]);
      expect(items('emb-sequence')).toEqual(plan.sequence.map((s) => t.sequence[s.id].split(' (')[0]));
      expect(items('emb-agents')).toEqual(plan.agents.map((a) => t.agents[a.id].split(' (')[0]));
      const body = document.body.textContent ?? '';
      for (const w of foreign) expect(body.includes(w), w).toBe(false);
      unmount();
    }
  });
});
