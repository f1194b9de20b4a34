import { describe, expect, it } from 'vitest';
import { guidances, insulatorVerdict, insulators, protectionAdvice, techniques } from './protection-rules';

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
    expect(insulatorVerdict('saline', 'laser', 'ct').why.en).toMatch(/say nothing/);
  });
  it('every combination has a verdict with a source, in both languages', () => {
    for (const i of insulators) for (const t of techniques) for (const g of guidances) {
      const v = insulatorVerdict(i, t, g);
      expect(v.refs.length).toBeGreaterThan(0);
      expect(v.why.it && v.why.en).toBeTruthy();
      expect(v.why.it).not.toContain("'");
    }
  });
});

describe('protection advice', () => {
  it('heat near a nerve: the 45 °C threshold and the 18 G thermocouple; RF adds the arcing warning', () => {
    const ids = protectionAdvice('rf', true, true).map((a) => a.id);
    expect(ids).toEqual(['45c', 'thermocouple', 'arcing', 'cortex']);
    expect(protectionAdvice('rf', true, true)[0]!.text.en).toContain('45 °C');
  });
  it('no intact cortex: precautions, relative contraindication for RF and a short active tip', () => {
    expect(protectionAdvice('rf', true, false).map((a) => a.id)).toEqual(['45c', 'thermocouple', 'arcing', 'no-cortex', 'short-tip']);
  });
  it('cryo near a nerve: watch the ice, no 45 °C rule', () => {
    const ids = protectionAdvice('cryo', true, true).map((a) => a.id);
    expect(ids).toContain('ice-watch');
    expect(ids).not.toContain('45c');
  });
});
