import { describe, expect, it } from 'vitest';
import { testCourse } from '../../lib/test-content';
import { approachOf, schematicModel, type SchematicModel } from './case-schematic';

const { cases } = testCourse();

const model = (id: string): SchematicModel => {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return schematicModel(c);
};

describe('schematicModel on the real cases', () => {
  it('draws the spine with the levels of a spinal case', () => {
    expect(model('sins-t11')).toEqual({ view: 'spine', levels: ['T11'], regions: [], bones: [], siteReported: true, approach: null });
    expect(model('myeloma-c1-c3').levels).toEqual(['C1', 'C2', 'C3']);
  });

  it('finds the bipedicular approaches', () => {
    expect(model('rcc-th12-vp').approach).toEqual({ kind: 'bipedicular' });
    expect(model('myeloma-t9-l2')).toMatchObject({ levels: ['T9', 'L2'], approach: { kind: 'bipedicular' } });
  });

  it('draws embolization as transarterial, and femoral access only when stated for the patient', () => {
    expect(model('myeloma-th2-embolization').approach).toEqual({ kind: 'transarterial', access: 'unreported' });
    expect(model('embolization-case-2')).toMatchObject({ view: 'skeleton', siteReported: false, approach: { kind: 'transarterial', access: 'unreported' } });
    expect(approachOf({ techniques: ['arterial-embolization'], approach: { it: 'x', en: 'Right femoral arterial access with a 4 F sheath.' } })).toEqual({ kind: 'transarterial', access: 'femoral' });
  });

  it('shades whole regions when only they are known', () => {
    expect(model('ljubljana-series')).toMatchObject({ view: 'spine', levels: [], regions: ['thoracic', 'lumbar'], siteReported: true });
  });

  it('puts the right acetabulum and ilium on the skeleton, with the vertebroplasty levels', () => {
    expect(model('ewing-hip')).toMatchObject({
      view: 'skeleton',
      levels: ['T12', 'L1', 'L2', 'L3', 'L4', 'L5'],
      bones: [{ bone: 'acetabulum', side: 'right' }, { bone: 'ilium', side: 'right' }],
    });
  });

  it('marks the femur of the osteoid osteoma, side unknown, with a coaxial probe', () => {
    expect(model('oo-femur-rfa')).toMatchObject({ view: 'skeleton', bones: [{ bone: 'femur', side: 'unknown' }], approach: { kind: 'coaxial' } });
  });

  it('says so when the bone is not reported', () => {
    expect(model('hifu-breast')).toMatchObject({ view: 'skeleton', bones: [], siteReported: false, approach: null });
  });

  it('draws a generic needle when only the needle is known', () => {
    expect(model('rcc-t10-iort').approach).toEqual({ kind: 'needle' });
  });

  it('gives every case a drawable model', () => {
    for (const c of cases) {
      const m = schematicModel(c);
      expect(m.view, c.id).toBe(c.site.kind === 'spine' ? 'spine' : 'skeleton');
      if (c.site.kind === 'spine') expect(m.siteReported, c.id).toBe(true);
    }
  });
});
