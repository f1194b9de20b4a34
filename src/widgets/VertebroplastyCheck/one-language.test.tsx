// @vitest-environment jsdom
// The vertebroplasty islands ship ids and logic only: their rule wording comes from the wrapper, one language
// at a time (candidate-texts.ts / approach-texts.ts are read on the server). Kept with the check widget; it
// covers both vertebroplasty islands, whose wording moved together.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import VertebroplastyCheck from './VertebroplastyCheck';
import VertebroplastyApproach from '../VertebroplastyApproach/VertebroplastyApproach';
import { vpCriteria } from '../../core/lesson-tools/vertebroplasty/candidate-rules';
import { vpCheckTextsIn, vpCriterionTexts } from '../../core/lesson-tools/vertebroplasty/candidate-texts';
import { approachTexts, approachTextsIn } from '../../core/lesson-tools/vertebroplasty/approach-texts';
import { locales, otherLocale, type Locale, type Localized } from '../../core/i18n/locales';

afterEach(cleanup);

const src = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
// Every module of the two islands' chunks that is ours (the Tool files add only the URL reader).
const islandSources = [
  './VertebroplastyCheck.tsx',
  './VertebroplastyCheckTool.tsx',
  '../VertebroplastyApproach/VertebroplastyApproach.tsx',
  '../VertebroplastyApproach/VertebroplastyApproachTool.tsx',
  '../../core/lesson-tools/vertebroplasty/candidate-rules.ts',
  '../../core/lesson-tools/vertebroplasty/candidate-query.ts',
  '../../core/lesson-tools/vertebroplasty/approach.ts',
  '../../core/lesson-tools/vertebroplasty/approach-query.ts',
].map((p) => [p, src(p)] as const);

const allWording: Localized[] = [
  ...Object.values(vpCriterionTexts).flatMap((t) => (t.action ? [t.label, t.action] : [t.label])),
  ...Object.values(approachTexts).flatMap((t) => [t.route, ...(t.position ? [t.position] : []), ...Object.values(t.gauges)]),
];

describe('vertebroplasty islands ship one language', () => {
  it('no island module imports the wording or holds any of its sentences, in either language', () => {
    expect(allWording.length).toBeGreaterThan(20);
    for (const [path, text] of islandSources) {
      // A type-only import is erased from the bundle; a value import would bring both languages back.
      expect(text, path).not.toMatch(/^import (?!type )[^;]*(candidate|approach)-texts'/m);
      for (const w of allWording) for (const lang of locales) expect(text.includes(w[lang]), `${path}: ${w[lang]}`).toBe(false);
    }
  });

  it.each(locales)('the wording passed for %s holds none of the other language', (lang) => {
    const other = new Set(allWording.map((w) => w[otherLocale(lang)]).filter((w) => !allWording.some((x) => x[lang] === w)));
    const passed = JSON.stringify([vpCheckTextsIn(lang), approachTextsIn(lang)]);
    for (const w of other) expect(passed.includes(JSON.stringify(w).slice(1, -1)), w).toBe(false);
    expect(passed).toContain(JSON.stringify(vpCriterionTexts['cord-compression'].action![lang]).slice(1, -1));
  });

  it.each(locales)('%s: the check shows every criterion and every action in that language', async (lang: Locale) => {
    const user = userEvent.setup();
    render(<VertebroplastyCheck lang={lang} texts={vpCheckTextsIn(lang)} />);
    for (const c of vpCriteria) await user.click(screen.getByRole('checkbox', { name: vpCriterionTexts[c.id].label[lang] }));
    const actions = screen.getByTestId('vp-actions');
    for (const c of vpCriteria.filter((x) => x.kind !== 'indication')) {
      expect(actions.querySelector(`[data-criterion="${c.id}"]`)?.textContent, c.id).toContain(`${vpCriterionTexts[c.id].label[lang]}: ${vpCriterionTexts[c.id].action![lang]}`);
    }
    expect(screen.getByTestId('vp-verdict').getAttribute('data-verdict')).toBe('contraindicated');
  });

  it.each(locales)('%s: the approach shows each region’s route, position and both gauges in that language', async (lang: Locale) => {
    const user = userEvent.setup();
    render(<VertebroplastyApproach lang={lang} texts={approachTextsIn(lang)} />);
    const regionName = { cervical: { it: 'Cervicale', en: 'Cervical' }, thoracic: { it: 'Toracico', en: 'Thoracic' }, lumbar: { it: 'Lombare', en: 'Lumbar' } } as const;
    for (const r of ['cervical', 'thoracic', 'lumbar'] as const) {
      await user.click(screen.getByRole('radio', { name: regionName[r][lang] }));
      const result = screen.getByTestId('vp-approach-result');
      const t = approachTexts[r];
      expect(result.textContent, r).toContain(`${t.route[lang]} ${t.position?.[lang] ?? ''}`);
      const gauges = [...screen.getByTestId('vp-gauges').querySelectorAll('li')].map((li) => li.textContent);
      expect(gauges.map((g) => g?.split(' (')[0]), r).toEqual(Object.values(t.gauges).map((g) => g[lang].split(' (')[0]));
      expect(result.textContent).not.toContain(t.route[otherLocale(lang)]);
    }
  });
});
