import { describe, expect, it } from 'vitest';
import { classifyRadiosensitivity } from './classify-radiosensitivity';
import { histologies, histologyIds, histologyRefs, nomsRadiosensitivityLabels } from './histologies';
import { columnsVerified, studyColumns, studyRows, studyTableRefs } from './radiation-response-studies';
import { columnsCaveat } from './radiosensitivity-texts';
import { parseRadiosensitivityQuery, radiosensitivityQueryString } from './radiosensitivity-query';

/** The rows as they read in seed 000, in order (cells written without spaces). */
const seedRows = [
  ['Gilbert et al.', 'FFUUUUUU'],
  ['Maranzano et al.', 'FFFUUUUU'],
  ['Rades et al.', 'FIIIUIUI'],
  ['Rades et al.', 'FFFUUUUU'],
  ['Katagiri et al.', 'FFFUUUUU'],
  ['Maranzano et al.', 'FFFUUUUU'],
  ['Rades et al.', 'FIIIUIUI'],
];

describe('study table (seed 000, from Laufer 2013)', () => {
  it('holds exactly the seed rows, in order, one cell per column', () => {
    expect(studyRows.map((r) => [r.author, r.cells.join('')])).toEqual(seedRows);
    for (const r of studyRows) expect(r.cells).toHaveLength(studyColumns.length);
    expect(new Set(studyRows.map((r) => r.id)).size).toBe(studyRows.length);
  });

  it('flags the reconstructed column headings and cites Laufer 2013', () => {
    expect(columnsVerified).toBe(false);
    expect(columnsCaveat.it).not.toBe('');
    expect(columnsCaveat.en).not.toBe('');
    expect(studyTableRefs).toContain('laufer2013');
    expect(histologyRefs).toContain('laufer2013');
  });
});

describe('NOMS categories (Laufer 2013)', () => {
  it('labels every histology of the wording-free category list, in its order (the URL vocabulary)', async () => {
    const { histologyCategories } = await import('./histology-categories');
    expect(histologies.map((h) => h.id)).toEqual(histologyIds);
    expect(histologies.map((h) => [h.id, h.noms])).toEqual(Object.entries(histologyCategories));
  });

  it('lists the radiosensitive histologies', () => {
    expect(histologies.filter((h) => h.noms === 'radiosensitive').map((h) => h.id)).toEqual([
      'lymphoma', 'myeloma', 'seminoma', 'breast', 'prostate', 'ovarian', 'neuroendocrine',
    ]);
  });

  it('lists the radioresistant histologies', () => {
    expect(histologies.filter((h) => h.noms === 'radioresistant').map((h) => h.id).sort()).toEqual(
      ['colon', 'hepatocellular', 'melanoma', 'nsclc', 'renal', 'sarcoma', 'thyroid'],
    );
  });

  it('labels every histology and category in both languages', () => {
    for (const h of histologies) {
      expect(h.label.it).not.toBe('');
      expect(h.label.en).not.toBe('');
    }
    expect(Object.keys(nomsRadiosensitivityLabels).sort()).toEqual(['radioresistant', 'radiosensitive']);
  });

  it('maps each table column to at least one histology', () => {
    const used = new Set(histologies.map((h) => ('studyColumn' in h ? h.studyColumn : undefined)));
    for (const c of studyColumns) expect(used.has(c)).toBe(true);
  });
});

describe('classifyRadiosensitivity', () => {
  it.each(histologyIds)('classifies %s with one entry per study row', (id) => {
    const r = classifyRadiosensitivity(id);
    expect(r.kind).toBe('result');
    if (r.kind === 'result') {
      expect(r.histology.id).toBe(id);
      expect(r.studies.map((s) => s.study)).toEqual(studyRows.map((s) => s.id));
    }
  });

  it('renal and melanoma: unfavourable in every study, no disagreement', () => {
    for (const id of ['renal', 'melanoma']) {
      const r = classifyRadiosensitivity(id);
      expect(r).toMatchObject({ kind: 'result', noms: 'radioresistant', disagreement: false, reported: true });
      if (r.kind === 'result') expect(new Set(r.studies.map((s) => s.rating))).toEqual(new Set(['U']));
    }
  });

  it('lymphoma and myeloma: favourable in every study', () => {
    for (const id of ['lymphoma', 'myeloma']) {
      const r = classifyRadiosensitivity(id);
      expect(r).toMatchObject({ kind: 'result', noms: 'radiosensitive', disagreement: false });
      if (r.kind === 'result') expect(r.studies.every((s) => s.rating === 'F')).toBe(true);
    }
  });

  it('prostate: the studies disagree (F, I and U)', () => {
    const r = classifyRadiosensitivity('prostate');
    expect(r).toMatchObject({ kind: 'result', noms: 'radiosensitive', disagreement: true });
    if (r.kind === 'result') {
      expect(r.studies.map((s) => s.rating)).toEqual(['U', 'F', 'I', 'F', 'F', 'F', 'I']);
    }
  });

  it('breast and NSCLC: the Rades rows differ from the others', () => {
    const breast = classifyRadiosensitivity('breast');
    const nsclc = classifyRadiosensitivity('nsclc');
    expect(breast).toMatchObject({ disagreement: true, noms: 'radiosensitive' });
    expect(nsclc).toMatchObject({ disagreement: true, noms: 'radioresistant' });
  });

  it('histologies outside the table are not reported by any study and show no disagreement', () => {
    for (const id of ['seminoma', 'ovarian', 'neuroendocrine', 'thyroid', 'hepatocellular']) {
      const r = classifyRadiosensitivity(id);
      expect(r).toMatchObject({ kind: 'result', disagreement: false, reported: false });
      if (r.kind === 'result') expect(r.studies.every((s) => s.rating === null)).toBe(true);
    }
  });

  it('reports missing input as incomplete and unknown input as invalid', () => {
    expect(classifyRadiosensitivity(undefined)).toEqual({ kind: 'incomplete', missing: ['histology'] });
    expect(classifyRadiosensitivity('')).toEqual({ kind: 'incomplete', missing: ['histology'] });
    expect(classifyRadiosensitivity('urothelial')).toMatchObject({
      kind: 'invalid',
      invalid: [{ component: 'histology', value: 'urothelial' }],
    });
  });
});

describe('radiosensitivity URL contract', () => {
  it('reads and writes histology', () => {
    expect(parseRadiosensitivityQuery('?histology=renal')).toEqual({ input: { histology: 'renal' }, notices: [] });
    expect(radiosensitivityQueryString({ histology: 'nsclc' })).toBe('?histology=nsclc');
    expect(radiosensitivityQueryString({})).toBe('');
  });

  it('turns an unknown histology into a notice', () => {
    const { input, notices } = parseRadiosensitivityQuery('?histology=kidney');
    expect(input).toEqual({});
    expect(notices[0]).toMatchObject({ param: 'histology', value: 'kidney', reason: 'unknown-value' });
  });
});
