import { describe, expect, it } from 'vitest';
import { checkVertebroplasty, vpCriteria } from './candidate-rules';
import { approachRules, fillingOutcome } from './approach';
import { vpCriterionTexts } from './candidate-texts';
import { approachTexts, approachTextsIn } from './approach-texts';

const ids = (kind: string) => vpCriteria.filter((c) => c.kind === kind).map((c) => c.id);

describe('vertebroplasty criteria encode the sources', () => {
  it('absolute contraindications — Salapura & Jeromel 2014: infection, uncorrectable coagulopathy, symptomatic cord compression at the level, severe cardiopulmonary disease, no surgical back-up or monitoring', () => {
    expect(ids('absolute').sort()).toEqual(['cardiopulmonary', 'coagulopathy', 'cord-compression', 'infection', 'no-backup']);
  });
  it('relative contraindications — same review: cannot lie prone, acute burst fracture, vertebra plana; plus instability (SINS, Fisher 2010)', () => {
    expect(ids('relative').sort()).toEqual(['burst-fracture', 'cannot-lie-prone', 'instability', 'vertebra-plana']);
    const review = vpCriteria.filter((c) => c.kind === 'relative' && c.id !== 'instability');
    for (const c of review) expect(c.refs, c.id).toContain('seed004-review');
    expect(vpCriteria.find((c) => c.id === 'instability')!.refs).toContain('fisher2010');
  });
  it('every contraindication names an action or consultation in both languages, and every criterion a source', () => {
    for (const c of vpCriteria) {
      expect(c.refs.length, c.id).toBeGreaterThan(0);
      const text = vpCriterionTexts[c.id];
      expect(text.label.it && text.label.en, c.id).toBeTruthy();
      if (c.kind !== 'indication') expect(text.action?.it && text.action.en, c.id).toBeTruthy();
      for (const t of [text.label.it, text.action?.it ?? '']) expect(t, c.id).not.toContain("'");
    }
  });
  it('cord compression says never cement and names the spine surgeon', () => {
    const cord = vpCriterionTexts['cord-compression'];
    expect(cord.action!.en).toMatch(/^Never cement/);
    expect(cord.action!.en).toContain('spine surgeon');
  });
});

describe('checkVertebroplasty', () => {
  it('an indication with no contraindication: candidate', () => {
    expect(checkVertebroplasty(['painful-lytic']).verdict).toBe('candidate');
  });
  it('cord compression at the level stops it even with every indication ticked', () => {
    const r = checkVertebroplasty(['painful-lytic', 'fracture-risk', 'refractory', 'cord-compression']);
    expect(r.verdict).toBe('contraindicated');
    expect(r.absolute.map((c) => c.id)).toEqual(['cord-compression']);
  });
  it('no indication: nothing to treat', () => {
    expect(checkVertebroplasty([]).verdict).toBe('no-indication');
    expect(checkVertebroplasty(['burst-fracture']).verdict).toBe('no-indication');
  });
  it('an unstable spine (SINS 7 or more) is never a plain candidate: team decision with the spine surgeon named', () => {
    const r = checkVertebroplasty(['painful-lytic', 'instability']);
    expect(r.verdict).toBe('team-decision');
    expect(r.relative.map((c) => c.id)).toEqual(['instability']);
    expect(vpCriterionTexts[r.relative[0]!.id].action!.en).toMatch(/spine surgeon/i);
    expect(vpCriterionTexts[r.relative[0]!.id].action!.it).toContain('chirurgo vertebrale');
  });
  it('a relative contraindication or a broken posterior wall: team decision', () => {
    expect(checkVertebroplasty(['fracture-risk', 'vertebra-plana']).verdict).toBe('team-decision');
    expect(checkVertebroplasty(['fracture-risk', 'posterior-wall']).verdict).toBe('team-decision');
  });
});

describe('approach', () => {
  it('transpedicular at thoracic and lumbar levels, anterolateral at cervical levels', () => {
    expect([approachRules.cervical.route, approachRules.thoracic.route, approachRules.lumbar.route]).toEqual(['anterolateral', 'transpedicular', 'transpedicular']);
    expect(approachTexts.cervical.route.en).toContain('carotid–jugular');
  });
  it('shows both sources’ gauges: CIRSE 10 G thoracolumbar / 15 G cervical, the review 11 or 13 G', () => {
    expect(approachTextsIn('en').cervical.gauges).toEqual(['15 G (cervical spine)', '11 or 13 G (no distinction by level)']);
    expect(approachRules.lumbar.gaugeSources).toEqual(['gangi2010', 'seed004-review']);
    expect(approachTextsIn('it').thoracic.gauges).toEqual(['10 G (tratto dorso-lombare)', '11 o 13 G']);
  });
  it('a lateral tip through one pedicle leaves cement on one side; a midline tip or a second needle fills both', () => {
    expect(fillingOutcome('lateral', 'unipedicular')).toBe('one-side');
    expect(fillingOutcome('midline', 'unipedicular')).toBe('crosses-midline');
    expect(fillingOutcome('lateral', 'bipedicular')).toBe('both-sides');
  });
});
