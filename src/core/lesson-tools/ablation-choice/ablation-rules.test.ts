import { describe, expect, it } from 'vitest';
import { chooseAblation, type LesionInput } from './ablation-rules';

const base: LesionInput = { aim: 'palliative', size: '1to3', matrix: 'lytic', proximity: 'away', fractureRisk: false, metalImplant: false };
const fit = (l: Partial<LesionInput>) => Object.fromEntries(chooseAblation({ ...base, ...l }).map((v) => [v.modality, v.fit]));

describe('ablation chooser encodes the sources', () => {
  it('flowchart of the embolization lecture: small lesion away from vessels and nerves → RFA', () => {
    expect(fit({}).rf).toBe('fits');
  });
  it('flowchart: big lesion away → MWA or cryoablation', () => {
    const f = fit({ size: 'gt5' });
    expect([f.mw, f.cryo]).toEqual(['fits', 'fits']);
  });
  it('flowchart: very close to neural or vascular structures → cryoablation; microwaves not proposed, yet not contraindicated', () => {
    const f = fit({ proximity: 'close' });
    expect(f.cryo).toBe('fits');
    expect(f.mw).toBe('possible');
    expect(f.rf).toBe('possible');
    // Size or matrix never make microwaves a good fit next to vessels and nerves.
    expect(fit({ proximity: 'close', size: 'gt5', matrix: 'blastic' }).mw).toBe('possible');
    const mw = chooseAblation({ ...base, proximity: 'close' }).find((v) => v.modality === 'mw')!;
    expect(mw.reasons[0]!.text.en).toMatch(/does not propose microwaves.*thermal protection/);
  });
  it('CIRSE: curative RFA only up to 5 cm; metal implants → laser instead of RF', () => {
    expect(fit({ aim: 'curative', size: 'gt5' }).rf).toBe('avoid');
    const f = fit({ metalImplant: true });
    expect([f.rf, f.laser]).toEqual(['avoid', 'fits']);
  });
  it('CIRSE: laser best under 1 cm (osteoid osteoma)', () => {
    expect(fit({ size: 'lt1', aim: 'curative' }).laser).toBe('fits');
  });
  it('CIRSE: ethanol only palliative, osteolytic, no fracture risk; best at 3–6 cm', () => {
    expect(fit({ size: '3to5' }).ethanol).toBe('fits');
    expect(fit({ fractureRisk: true }).ethanol).toBe('avoid');
    expect(fit({ matrix: 'mixed' }).ethanol).toBe('avoid');
    expect(fit({ aim: 'curative' }).ethanol).toBe('avoid');
  });
  it('microwaves are less impedance-dependent: they fit blastic lesions; cryo needs a bone drill there', () => {
    const v = chooseAblation({ ...base, matrix: 'blastic' });
    expect(v.find((x) => x.modality === 'mw')!.fit).toBe('fits');
    expect(v.find((x) => x.modality === 'cryo')!.reasons.map((r) => r.text.en).join(' ')).toContain('bone drill');
  });
  it('every verdict gives at least one reason with a source, Italian without straight apostrophes', () => {
    for (const v of chooseAblation(base)) {
      expect(v.reasons.length).toBeGreaterThan(0);
      for (const r of v.reasons) { expect(r.refs.length).toBeGreaterThan(0); expect(r.text.it).not.toContain("'"); }
    }
  });
});
