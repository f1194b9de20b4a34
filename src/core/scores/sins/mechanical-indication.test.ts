import { describe, expect, it } from 'vitest';
import { decideNoms } from '../noms/decide-noms';
import { mechanicalIndication, sinsNextStep } from './mechanical-indication';
import { scoreSins } from './score-sins';
import { sinsComponentIds, sinsDefinition } from './sins-definition';

describe('the mechanical rule (SINS band + mechanical pain)', () => {
  it.each([
    ['stable', false, 'none', ['sins-stable']],
    ['stable', true, 'stabilization', ['mechanical-pain']],
    ['indeterminate', false, 'consultation', ['sins-indeterminate']],
    ['indeterminate', true, 'stabilization', ['sins-indeterminate', 'mechanical-pain']],
    ['unstable', false, 'stabilization', ['sins-unstable']],
    ['unstable', true, 'stabilization', ['sins-unstable', 'mechanical-pain']],
  ] as const)('%s band, mechanical pain %s → %s', (band, pain, indication, reasons) => {
    expect(mechanicalIndication(band, pain)).toEqual({ indication, reasons });
  });

  it('asks for the cement check whenever something may be done to the segment', () => {
    expect(sinsNextStep('stable', false).cementCheck).toBe(false);
    expect(sinsNextStep('indeterminate', false).cementCheck).toBe(true);
    expect(sinsNextStep('stable', true).cementCheck).toBe(true);
  });

  it('the T11 worked example (12, mechanical pain) calls for stabilization or cement and a surgical opinion', () => {
    const s = scoreSins({ level: 'T11', pain: 'mechanical', lesion: 'lytic', alignment: 'normal', collapse: 'gt50', posterior: 'unilateral' });
    expect(s).toMatchObject({ kind: 'result', total: 12, band: 'indeterminate' });
    const next = sinsNextStep('indeterminate', true);
    expect(next.decision.indication).toBe('stabilization');
    expect(next.texts.map((x) => x.then.en).join(' ')).toMatch(/spine surgeon.*stabilization or cement augmentation, whatever the SINS band/s);
  });

  it('gives the SINS calculator the same next step as the NOMS calculator for every SINS item combination', () => {
    const options = sinsDefinition.components.map((c) => c.options.map((o) => o.id));
    let n = 0;
    const visit = (i: number, items: Record<string, string>) => {
      if (i === sinsComponentIds.length) {
        const s = scoreSins(items);
        if (s.kind !== 'result') throw new Error('incomplete');
        const sins = sinsNextStep(s.band, items.pain === 'mechanical').decision.indication;
        const noms = decideNoms({ escc: '0', radiosensitivity: 'sensitive', surgeryFit: 'no', ...items });
        if (noms.kind !== 'result' || noms.assessment.mechanical !== sins) throw new Error(`${JSON.stringify(items)}: ${sins} vs ${JSON.stringify(noms)}`);
        const step = noms.steps[0];
        expect(sins === 'none' ? step === 'cebrt' : sins === 'consultation' ? step === 'surgical-consultation' : step === 'cement-augmentation').toBe(true);
        n++;
        return;
      }
      for (const o of options[i] ?? []) visit(i + 1, { ...items, [sinsComponentIds[i] as string]: o });
    };
    visit(0, {});
    expect(n).toBe(1296);
  });
});
