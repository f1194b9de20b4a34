import { describe, expect, it } from 'vitest';
import { guidances, insulatorVerdict, insulators, protectionAdvice, techniques } from './protection-rules';
import { protectionTextsIn, protectionWording } from './protection-texts';

const status = (i: Parameters<typeof insulatorVerdict>[0], t: Parameters<typeof insulatorVerdict>[1], g: Parameters<typeof insulatorVerdict>[2] = 'ct') => insulatorVerdict(i, t, g).status;

describe('thermal protection rules — CIRSE (Gangi 2010) and Salapura & Jeromel 2014', () => {
  it('RF: "saline is not acceptable (high electrical conductivity); 5% dextrose in water is recommended"', () => {
    expect(status('saline', 'rf')).toBe('never');
    expect(status('dextrose', 'rf')).toBe('preferred');
  });
  it('cryo: CO2 gives excellent insulation; "fluids are advised against because they can freeze"', () => {
    expect(status('co2', 'cryo')).toBe('preferred');
    expect(status('dextrose', 'cryo')).toBe('never');
    expect(status('saline', 'cryo')).toBe('never');
  });
  it('ultrasound guidance: "CO2 dissection cannot be used, it creates artefacts" — whatever the technique', () => {
    for (const t of techniques) expect(status('co2', t, 'us')).toBe('never');
  });
  it('balloons only with cold: "not possible with heat-based methods due to thermal limitation of these devices"', () => {
    expect(status('balloon', 'cryo')).toBe('allowed');
    for (const t of ['rf', 'mw', 'laser'] as const) expect(status('balloon', t)).toBe('never');
  });
  it('says plainly where the sources are silent (saline with microwave or laser)', () => {
    expect(status('saline', 'mw')).toBe('not-stated');
    expect(protectionWording.verdicts[insulatorVerdict('saline', 'laser', 'ct').id].en).toMatch(/say nothing/);
  });
  it('every combination has a verdict with a source, in both languages', () => {
    for (const i of insulators) for (const t of techniques) for (const g of guidances) {
      const v = insulatorVerdict(i, t, g);
      expect(v.refs.length).toBeGreaterThan(0);
      const why = protectionWording.verdicts[v.id];
      expect(why.it && why.en).toBeTruthy();
      expect(why.it).not.toContain("'");
    }
  });
  it('every reason is reached by some combination, and the texts for a page are in its language only', () => {
    const reached = new Set(insulators.flatMap((i) => techniques.flatMap((t) => guidances.map((g) => insulatorVerdict(i, t, g).id))));
    expect(reached).toEqual(new Set(Object.keys(protectionWording.verdicts)));
    expect(protectionTextsIn('en').verdicts['saline-rf']).toBe('In RFA saline is not acceptable: it conducts the current.');
    expect(protectionTextsIn('it').verdicts['saline-rf']).toBe('Nella RFA la soluzione salina non è accettabile: conduce la corrente.');
  });
});

describe('protection advice', () => {
  it('heat near a nerve: the 45 °C threshold and the 18 G thermocouple; RF adds the arcing warning', () => {
    const ids = protectionAdvice('rf', true, true).map((a) => a.id);
    expect(ids).toEqual(['45c', 'thermocouple', 'arcing', 'cortex']);
    expect(protectionTextsIn('en').advice[protectionAdvice('rf', true, true)[0]!.id]).toContain('45 °C');
  });
  it('no intact cortex: precautions, relative contraindication for RF and a short active tip', () => {
    expect(protectionAdvice('rf', true, false).map((a) => a.id)).toEqual(['45c', 'thermocouple', 'arcing', 'no-cortex', 'short-tip']);
  });
  it('cryo near a nerve: watch the ice, no 45 °C rule', () => {
    const ids = protectionAdvice('cryo', true, true).map((a) => a.id);
    expect(ids).toContain('ice-watch');
    expect(ids).not.toContain('45c');
  });
  it('every piece of advice is worded in both languages, Italian with typographic apostrophes', () => {
    for (const [id, t] of Object.entries(protectionWording.advice)) { expect(t.it && t.en, id).toBeTruthy(); expect(t.it, id).not.toContain("'"); }
  });
});
