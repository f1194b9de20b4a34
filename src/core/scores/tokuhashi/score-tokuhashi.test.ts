import { describe, expect, it } from 'vitest';
import { bandFor, totalRange } from '../sum-score';
import { scoreTokuhashi, type TokuhashiInput } from './score-tokuhashi';
import { kpsValues, tokuhashiDefinition, tokuhashiTreatments } from './tokuhashi-definition';
import { tokuhashi1990Note } from './tokuhashi-1990-note';

/** The published table (Tokuhashi 2005), written out again independently of the definition. */
const kpsTable: Record<string, number> = {
  '10': 0, '20': 0, '30': 0, '40': 0, '50': 1, '60': 1, '70': 1, '80': 2, '90': 2, '100': 2,
};
const extraspinalTable: Record<string, number> = { '3+': 0, '1-2': 1, '0': 2 };
const vertebralTable: Record<string, number> = { '3+': 0, '2': 1, '1': 2 };
const organsTable: Record<string, number> = { unremovable: 0, removable: 1, none: 2 };
const primaryTable: Record<string, number> = {
  lung: 0, osteosarcoma: 0, stomach: 0, bladder: 0, esophagus: 0, pancreas: 0,
  liver: 1, gallbladder: 1, unidentified: 1,
  other: 2,
  kidney: 3, uterus: 3,
  rectum: 4,
  thyroid: 5, breast: 5, prostate: 5, carcinoid: 5,
};
const palsyTable: Record<string, number> = { complete: 0, incomplete: 1, none: 2 };

const tables = {
  kps: kpsTable,
  extraspinal: extraspinalTable,
  vertebral: vertebralTable,
  organs: organsTable,
  primary: primaryTable,
  palsy: palsyTable,
} as const;

function expectedBand(total: number): string {
  if (total <= 8) return 'lt6m';
  if (total <= 11) return 'gte6m';
  return 'gte1y';
}

const best: TokuhashiInput = { kps: '90', extraspinal: '0', vertebral: '1', organs: 'none', primary: 'breast', palsy: 'none' };

describe('revised Tokuhashi definition', () => {
  it('has exactly the published options for every item, with the published points', () => {
    for (const component of tokuhashiDefinition.components) {
      const table: Record<string, number> = tables[component.id];
      const fromDef = Object.fromEntries(component.options.map((o) => [o.id, o.points]));
      expect(fromDef).toEqual(table);
    }
  });

  it('accepts every Karnofsky value from 10 to 100 in steps of 10', () => {
    expect(kpsValues).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('ranges from 0 to 15 and its bands cover that range without gaps or overlaps', () => {
    expect(totalRange(tokuhashiDefinition)).toEqual({ min: 0, max: 15 });
    for (let t = 0; t <= 15; t++) {
      expect(tokuhashiDefinition.bands.filter((b) => t >= b.min && t <= b.max)).toHaveLength(1);
      expect(bandFor(tokuhashiDefinition.bands, t).code).toBe(expectedBand(t));
    }
  });

  it('gives every band a label, a meaning and a treatment in both languages', () => {
    for (const band of tokuhashiDefinition.bands) {
      for (const text of [band.label, band.meaning, tokuhashiTreatments[band.code]]) {
        expect(text.it.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('explains every Karnofsky value and every Frankel option in both languages', () => {
    for (const id of ['kps', 'palsy'] as const) {
      const component = tokuhashiDefinition.components.find((c) => c.id === id)!;
      for (const option of component.options) {
        const help = 'help' in option ? option.help : undefined;
        expect(help?.it.trim(), `${id}=${option.id}`).toBeTruthy();
        expect(help?.en.trim(), `${id}=${option.id}`).toBeTruthy();
      }
    }
  });

  it('cites tokuhashi2005 for the score and both versions in the 1990 note', () => {
    expect(tokuhashiDefinition.refs).toContain('tokuhashi2005');
    expect(tokuhashi1990Note.refs).toEqual(expect.arrayContaining(['tokuhashi1990', 'tokuhashi2005']));
    expect(tokuhashi1990Note.points.length).toBeGreaterThan(0);
  });
});

describe('scoreTokuhashi', () => {
  it('scores the worked example 2+2+2+2+5+2 = 15, band gte1y', () => {
    expect(scoreTokuhashi(best)).toEqual({
      kind: 'result',
      total: 15,
      band: 'gte1y',
      parts: { kps: 2, extraspinal: 2, vertebral: 2, organs: 2, primary: 5, palsy: 2 },
    });
  });

  it('scores the lowest possible patient 0', () => {
    const r = scoreTokuhashi({ kps: '10', extraspinal: '3+', vertebral: '3+', organs: 'unremovable', primary: 'lung', palsy: 'complete' });
    expect(r).toMatchObject({ kind: 'result', total: 0, band: 'lt6m' });
  });

  it.each(Object.entries(kpsTable))('KPS %s gives %i points', (kps, points) => {
    const r = scoreTokuhashi({ ...best, kps });
    expect(r.kind === 'result' && r.parts.kps).toBe(points);
  });

  it.each(Object.entries(primaryTable))('primary %s gives %i points', (primary, points) => {
    const r = scoreTokuhashi({ ...best, primary });
    expect(r.kind === 'result' && r.parts.primary).toBe(points);
  });

  it.each([
    ['extraspinal', extraspinalTable],
    ['vertebral', vertebralTable],
    ['organs', organsTable],
    ['palsy', palsyTable],
  ] as const)('every %s row gives its points', (component, table) => {
    for (const [value, points] of Object.entries(table)) {
      const r = scoreTokuhashi({ ...best, [component]: value });
      expect(r.kind === 'result' && r.parts[component]).toBe(points);
    }
  });

  it('puts 8 in lt6m and 9 in gte6m', () => {
    // 1+1+1+1+2+2 = 8, then one more point on the vertebral item = 9
    const eight = scoreTokuhashi({ kps: '50', extraspinal: '1-2', vertebral: '2', organs: 'removable', primary: 'other', palsy: 'none' });
    const nine = scoreTokuhashi({ kps: '50', extraspinal: '1-2', vertebral: '1', organs: 'removable', primary: 'other', palsy: 'none' });
    expect(eight).toMatchObject({ kind: 'result', total: 8, band: 'lt6m' });
    expect(nine).toMatchObject({ kind: 'result', total: 9, band: 'gte6m' });
  });

  it('puts 11 in gte6m and 12 in gte1y', () => {
    // 2+2+2+1+3+1 = 11, then incomplete → no palsy adds one point = 12
    const eleven = scoreTokuhashi({ kps: '80', extraspinal: '0', vertebral: '1', organs: 'removable', primary: 'kidney', palsy: 'incomplete' });
    const twelve = scoreTokuhashi({ kps: '80', extraspinal: '0', vertebral: '1', organs: 'removable', primary: 'kidney', palsy: 'none' });
    expect(eleven).toMatchObject({ kind: 'result', total: 11, band: 'gte6m' });
    expect(twelve).toMatchObject({ kind: 'result', total: 12, band: 'gte1y' });
  });

  it('agrees with an independent sum on all 10 × 3 × 3 × 3 × 17 × 3 combinations', () => {
    let count = 0;
    for (const [kps, a] of Object.entries(kpsTable))
      for (const [extraspinal, b] of Object.entries(extraspinalTable))
        for (const [vertebral, c] of Object.entries(vertebralTable))
          for (const [organs, d] of Object.entries(organsTable))
            for (const [primary, e] of Object.entries(primaryTable))
              for (const [palsy, f] of Object.entries(palsyTable)) {
                const total = a + b + c + d + e + f;
                const r = scoreTokuhashi({ kps, extraspinal, vertebral, organs, primary, palsy });
                if (r.kind !== 'result' || r.total !== total || r.band !== expectedBand(total)) {
                  throw new Error(`mismatch for ${JSON.stringify({ kps, extraspinal, vertebral, organs, primary, palsy })}`);
                }
                count++;
              }
    expect(count).toBe(10 * 3 * 3 * 3 * 17 * 3);
  });

  it.each([
    ['kps', '95'],
    ['kps', 'abc'],
    ['kps', '0'],
    ['primary', 'foo'],
    ['extraspinal', '3'],
    ['palsy', 'Frankel E'],
  ] as const)('rejects %s=%s as invalid, listing the allowed values', (component, value) => {
    const r = scoreTokuhashi({ ...best, [component]: value });
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') {
      expect(r.invalid).toHaveLength(1);
      expect(r.invalid[0]).toMatchObject({ component, value });
      expect(r.invalid[0]?.allowed.length).toBeGreaterThan(0);
    }
  });

  it('reports partial input as incomplete, naming what is missing', () => {
    const r = scoreTokuhashi({ kps: '90', primary: 'breast' });
    expect(r).toEqual({
      kind: 'incomplete',
      missing: ['extraspinal', 'vertebral', 'organs', 'palsy'],
      parts: { kps: 2, primary: 5 },
      partialTotal: 7,
    });
  });

  it('reports empty input as incomplete with every item missing', () => {
    const r = scoreTokuhashi({});
    expect(r.kind === 'incomplete' && r.missing).toEqual(['kps', 'extraspinal', 'vertebral', 'organs', 'primary', 'palsy']);
  });
});
