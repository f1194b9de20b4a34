// @vitest-environment jsdom
// The radiosensitivity table's island ships ids, ratings and logic only: histology, category and rating labels,
// the caveat on the columns and the tool's name come from the wrapper, one language at a time
// (core/scores/radiosensitivity/radiosensitivity-texts.ts and histologies.ts are read on the server).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RadiosensitivityTable from './RadiosensitivityTable';
import { radiosensitivityText } from './study-view';
import { classifyRadiosensitivity } from '../../core/scores/radiosensitivity/classify-radiosensitivity';
import { histologies, nomsRadiosensitivityLabels } from '../../core/scores/radiosensitivity/histologies';
import { columnsCaveat, radiosensitivityTextsIn, studyRatingLabels } from '../../core/scores/radiosensitivity/radiosensitivity-texts';
import { toolMeta } from '../../core/scores/tool-meta';
import { locales, otherLocale, type Locale, type Localized } from '../../core/i18n/locales';

afterEach(cleanup);

// Comments never reach the bundle: only the code is searched.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
const src = (rel: string) => code(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8'));
// Every module of the island's chunk that is ours (CopyButton, QueryNotices, useUrlState and ui-strings hold no
// wording of this tool).
const islandSources = ['./RadiosensitivityTable.tsx', './FullStudyTable.tsx', './study-view.ts',
  '../../core/scores/radiosensitivity/classify-radiosensitivity.ts', '../../core/scores/radiosensitivity/histology-categories.ts',
  '../../core/scores/radiosensitivity/radiation-response-studies.ts', '../../core/scores/radiosensitivity/radiosensitivity-query.ts',
  '../../core/scores/query.ts'].map((p) => [p, src(p)] as const);

/** The phrase as words (no letter either side): "Intermedia" is not found inside "Intermediate". */
const holds = (text: string, phrase: string) =>
  new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text);
const wording: Localized[] = [...histologies.map((h) => h.label), ...Object.values(nomsRadiosensitivityLabels), ...Object.values(studyRatingLabels),
  columnsCaveat, toolMeta.radiosensitivity.name];

describe('radiosensitivity table ships one language', () => {
  it('no island module imports the wording (or every tool’s name) or holds any of it, in either language', () => {
    expect(wording.length).toBe(14 + 2 + 3 + 2);
    for (const [path, text] of islandSources) {
      // A type-only import is erased from the bundle; a value import would bring both languages back.
      expect(text, path).not.toMatch(/^import (?!type )[^;]*(-texts|\/histologies|tool-meta)'/m);
      for (const t of wording) for (const lang of locales) expect(holds(text, t[lang]), `${path}: ${t[lang]}`).toBe(false);
    }
  });

  it.each(locales)('the wording passed for %s holds none of the other language', (lang) => {
    const passed = JSON.stringify(radiosensitivityTextsIn(lang));
    for (const t of wording) if (t.it !== t.en) expect(holds(passed, t[otherLocale(lang)]), t[otherLocale(lang)]).toBe(false);
    expect(passed).toContain(columnsCaveat[lang]);
    expect(holds('Intermediate (I)', 'Intermedia')).toBe(false);
    expect(holds('Intermedia (I)', 'Intermedia')).toBe(true);
  });

  it.each(locales)('%s: every histology, its category, the ratings, the caveat and the summary in that language', async (lang: Locale) => {
    const user = userEvent.setup();
    const texts = radiosensitivityTextsIn(lang);
    render(<RadiosensitivityTable lang={lang} texts={texts} />);
    const select = screen.getByTestId('histology-select') as HTMLSelectElement;
    expect([...select.options].slice(1).map((o) => [o.value, o.textContent])).toEqual(histologies.map((h) => [h.id, h.label[lang]]));
    await user.selectOptions(select, 'prostate');
    expect(screen.getByTestId('score-band').textContent).toBe(nomsRadiosensitivityLabels.radiosensitive[lang]);
    const studies = screen.getByTestId('rs-studies').textContent ?? '';
    for (const r of ['F', 'I', 'U'] as const) expect(studies).toContain(`${studyRatingLabels[r][lang]} (${r})`);
    expect(screen.getByTestId('rs-caveat').textContent).toContain(columnsCaveat[lang]);
    const full = screen.getByTestId('rs-full');
    for (const h of histologies) expect(full.querySelector(`tr[data-histology="${h.id}"] th`)?.textContent, h.id).toContain(h.label[lang]);
    await user.selectOptions(select, 'renal');
    expect(screen.getByTestId('score-band').textContent).toBe(nomsRadiosensitivityLabels.radioresistant[lang]);
    const shown = document.body.textContent ?? '';
    for (const t of wording) if (t.it !== t.en) expect(holds(shown, t[otherLocale(lang)]), t[otherLocale(lang)]).toBe(false);
    const copied = radiosensitivityText(classifyRadiosensitivity('renal'), lang, texts).split('\n');
    expect(copied[0]).toBe(toolMeta.radiosensitivity.name[lang]);
    expect(copied).toContain(columnsCaveat[lang]);
  });
});
