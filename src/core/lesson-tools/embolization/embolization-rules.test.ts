import { describe, expect, it } from 'vitest';
import { flagRules, planEmbolization, type EmboInput } from './embolization-rules';

const base: EmboInput = { indication: 'preoperative', radiotherapy: false, ablation: false, flags: [], collaterals: false };

describe('embolization planner encodes the sources', () => {
  it('Salapura & Jeromel: "visualization of any dangerous anastomoses is an absolute contraindication" — the only one', () => {
    expect(Object.entries(flagRules).filter(([, r]) => r.level === 'stop').map(([id]) => id)).toEqual(['dangerous-anastomosis', 'adamkiewicz']);
    expect(planEmbolization({ ...base, flags: ['dangerous-anastomosis'] }).verdict).toBe('stop');
  });
  it('occluding the artery of Adamkiewicz can cause paraplegia: the planner stops', () => {
    const p = planEmbolization({ ...base, flags: ['adamkiewicz', 'renal'] });
    expect(p.verdict).toBe('stop');
    expect(p.flags[0]!.text.en).toContain('paraplegia');
    // Counting it as a dangerous anastomosis is our classification, not the review's words: the text says so.
    expect(p.flags[0]!.text.en).toContain('here we treat it as a dangerous anastomosis');
    expect(p.flags[0]!.text.it).toContain('qui la trattiamo come un’anastomosi pericolosa');
  });
  it('relative contraindications: uncorrectable coagulopathy (the major one), renal insufficiency, contrast allergy', () => {
    for (const f of ['coagulopathy', 'renal', 'contrast-allergy'] as const) expect(planEmbolization({ ...base, flags: [f] }).verdict).toBe('caution');
  });
  it('embolization lecture timing: radiotherapy before, ablation soon after', () => {
    const p = planEmbolization({ ...base, radiotherapy: true, ablation: true });
    expect(p.sequence.map((s) => s.text.en)).toEqual([
      'Radiotherapy before embolization: hypoxia makes cells more radioresistant.',
      'Thermal ablation as soon as possible after embolization: the heat-sink effect is smaller.',
    ]);
  });
  it('agents: PVA most common; gelatin sponge and coils for collaterals needing flow diversion', () => {
    expect(planEmbolization(base).agents[0]!.text.en).toMatch(/^PVA/);
    expect(planEmbolization({ ...base, collaterals: true }).agents[0]!.text.en).toMatch(/gelatin sponge and coils/);
  });
  it('no flags: proceed, with the indication explained', () => {
    const p = planEmbolization({ ...base, indication: 'palliative' });
    expect(p.verdict).toBe('proceed');
    expect(p.indication.text.en).toContain('no size limit');
  });
});
