import { describe, expect, it } from 'vitest';
import { ablationRules, chooseAblation, type LesionInput } from './ablation-rules';
import { ablationReasonTexts, ablationTextsIn, consolidationText } from './ablation-texts';

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
    expect(ablationReasonTexts[mw.reasons[0]!.id].en).toMatch(/does not propose microwaves.*thermal protection/);
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
    expect(v.find((x) => x.modality === 'cryo')!.reasons.map((r) => ablationReasonTexts[r.id].en).join(' ')).toContain('bone drill');
  });
  it('every verdict gives at least one reason with a source', () => {
    for (const v of chooseAblation(base)) {
      expect(v.reasons.length).toBeGreaterThan(0);
      for (const r of v.reasons) expect(r.refs.length).toBeGreaterThan(0);
    }
  });
  it('every reason and the consolidation advice are worded in both languages, Italian without straight apostrophes; every reason is used', () => {
    for (const t of [...Object.values(ablationReasonTexts), consolidationText]) {
      expect(t.it && t.en).toBeTruthy();
      expect(t.it).not.toContain("'");
    }
    expect(new Set(ablationRules.map((r) => r.reason))).toEqual(new Set(Object.keys(ablationReasonTexts)));
  });
  it('one language at a time: the texts for a page hold its sentences only', () => {
    const italian = ablationTextsIn('it');
    expect(italian.reasons['cryo-drill']).toBe('Le metastasi osteoaddensanti richiedono un trapano osseo per posizionare le sonde.');
    expect(italian.consolidation).toContain('chirurgia per le ossa lunghe');
    expect(ablationTextsIn('en').reasons['cryo-drill']).toBe('Osteoblastic metastases need a bone drill to place the probes.');
  });
});
