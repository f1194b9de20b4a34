import { describe, expect, it } from 'vitest';
import { assessPainResponse } from './assess-pain-response';
import { painResponseRefs, painThresholds } from './pain-response-definition';
import { painBandTexts } from './pain-response-texts';
import { painQueryString, parsePainQuery } from './pain-response-query';
import { rfaRtTrial } from './rfa-rt-trial';

describe('pain response definitions', () => {
  it('uses the seed thresholds: complete VAS 0, partial drop > 2, significant > 50%', () => {
    expect(painThresholds).toEqual({ completeVasAfter: 0, partialDropGreaterThan: 2, significantPercentGreaterThan: 50 });
    expect(painResponseRefs).toEqual(expect.arrayContaining(['distaso2011', 'gangi2010']));
  });

  it('labels every band in both languages', () => {
    for (const t of Object.values(painBandTexts)) {
      for (const s of [t.label, t.meaning]) {
        expect(s.it).not.toBe('');
        expect(s.en).not.toBe('');
      }
    }
  });

  it('holds the RFA + RT trial numbers of seed 000, whose parts add up', () => {
    const [rfa, rt] = rfaRtTrial.arms;
    expect(rfa).toMatchObject({ patients: 15, baselineVas: 6.3, completeAt12Weeks: 53.3, partialAt12Weeks: 40, overallAt12Weeks: 93.3, weeksToResponse: 3 });
    expect(rt).toMatchObject({ patients: 30, baselineVas: 6.5, completeAt12Weeks: 16.6, partialAt12Weeks: 43.3, overallAt12Weeks: 59.9, weeksToResponse: 9 });
    for (const arm of rfaRtTrial.arms) {
      expect(arm.completeAt12Weeks + arm.partialAt12Weeks).toBeCloseTo(arm.overallAt12Weeks, 5);
    }
  });
});

describe('assessPainResponse', () => {
  it('scores the seed 000 urothelial L2 case: VAS 9 → 6 partial, not significant; ODI 39 → 26', () => {
    const r = assessPainResponse({ vasBefore: '9', vasAfter: '6', odiBefore: '39', odiAfter: '26' });
    expect(r).toMatchObject({ kind: 'result', band: 'partial', significant: false, drop: 3 });
    if (r.kind !== 'result') throw new Error('expected a result');
    expect(r.percentReduction).toBeCloseTo(33.33, 2);
    expect(r.odi).toMatchObject({ before: 39, after: 26, change: -13 });
    expect(r.odi?.percentChange).toBeCloseTo(-33.33, 2);
  });

  it('calls VAS 0 afterwards complete, even from a low baseline', () => {
    expect(assessPainResponse({ vasBefore: 10, vasAfter: 0 })).toMatchObject({ band: 'complete', significant: true, percentReduction: 100 });
    expect(assessPainResponse({ vasBefore: 2, vasAfter: 0 })).toMatchObject({ band: 'complete', drop: 2 });
  });

  it('needs a fall of more than 2 points for a partial response', () => {
    expect(assessPainResponse({ vasBefore: 8, vasAfter: 6 })).toMatchObject({ band: 'none', drop: 2 });
    expect(assessPainResponse({ vasBefore: 8, vasAfter: 5.9 })).toMatchObject({ band: 'partial' });
    expect(assessPainResponse({ vasBefore: 8, vasAfter: 5 })).toMatchObject({ band: 'partial', drop: 3 });
  });

  it('needs a fall of more than 50% for significant relief', () => {
    expect(assessPainResponse({ vasBefore: 8, vasAfter: 4 })).toMatchObject({ band: 'partial', significant: false, percentReduction: 50 });
    expect(assessPainResponse({ vasBefore: 8, vasAfter: 3.9 })).toMatchObject({ significant: true });
    // a small baseline can be halved without a partial response
    expect(assessPainResponse({ vasBefore: 3, vasAfter: 1 })).toMatchObject({ band: 'none', drop: 2, significant: true });
  });

  it('calls unchanged or worse pain no response', () => {
    expect(assessPainResponse({ vasBefore: 5, vasAfter: 5 })).toMatchObject({ band: 'none', drop: 0, significant: false });
    expect(assessPainResponse({ vasBefore: 5, vasAfter: 7 })).toMatchObject({ band: 'none', drop: -2, percentReduction: -40 });
  });

  it('has no response to judge when there was no pain to begin with', () => {
    expect(assessPainResponse({ vasBefore: 0, vasAfter: 0 })).toEqual({ kind: 'not-applicable', reason: 'no-baseline-pain', odi: null, odiMissing: [] });
  });

  it('accepts decimals with a point or a comma, and a number still being typed ("8." or "8,")', () => {
    expect(assessPainResponse({ vasBefore: '6,5', vasAfter: '3.5' })).toMatchObject({ kind: 'result', drop: 3, band: 'partial' });
    expect(assessPainResponse({ vasBefore: '8.', vasAfter: '4,' })).toMatchObject({ kind: 'result', vasBefore: 8, vasAfter: 4, drop: 4 });
  });

  it('leaves ODI out when neither value is given, and gives no percentage from an ODI of 0', () => {
    expect(assessPainResponse({ vasBefore: 7, vasAfter: 2 })).toMatchObject({ odi: null });
    expect(assessPainResponse({ vasBefore: 7, vasAfter: 2, odiBefore: 0, odiAfter: 10 })).toMatchObject({
      odi: { change: 10, percentChange: null },
    });
  });

  it('reports missing VAS values as incomplete, with the other half of a started ODI pair', () => {
    expect(assessPainResponse({})).toEqual({ kind: 'incomplete', missing: ['vasBefore', 'vasAfter'] });
    expect(assessPainResponse({ vasBefore: 9, vasAfter: '' })).toEqual({ kind: 'incomplete', missing: ['vasAfter'] });
    expect(assessPainResponse({ vasBefore: 9, odiAfter: 20 })).toEqual({ kind: 'incomplete', missing: ['vasAfter', 'odiBefore'] });
  });

  it('keeps the VAS verdict while the ODI pair is half filled, naming the ODI value still missing', () => {
    expect(assessPainResponse({ vasBefore: 8, vasAfter: 4, odiBefore: 40 })).toMatchObject({ kind: 'result', band: 'partial', odi: null, odiMissing: ['odiAfter'] });
    expect(assessPainResponse({ vasBefore: 0, vasAfter: 0, odiAfter: 30 })).toMatchObject({ kind: 'not-applicable', odi: null, odiMissing: ['odiBefore'] });
    expect(assessPainResponse({ vasBefore: 8, vasAfter: 4, odiBefore: 40, odiAfter: 30 })).toMatchObject({ odiMissing: [] });
  });

  it.each([
    ['vasBefore', '11', 'out-of-range'],
    ['vasBefore', '-1', 'out-of-range'],
    ['vasAfter', 'abc', 'not-a-number'],
    ['vasAfter', '1e1', 'not-a-number'],
    ['odiBefore', '101', 'out-of-range'],
    ['odiAfter', 'x', 'not-a-number'],
  ] as const)('rejects %s=%s (%s)', (field, value, reason) => {
    const r = assessPainResponse({ vasBefore: 9, vasAfter: 6, odiBefore: 39, odiAfter: 26, [field]: value });
    expect(r).toEqual({ kind: 'invalid', invalid: [expect.objectContaining({ component: field, value, reason })] });
  });

  it('reports every bad field at once', () => {
    const r = assessPainResponse({ vasBefore: 'nine', vasAfter: 12 });
    expect(r.kind === 'invalid' && r.invalid.map((i) => i.component)).toEqual(['vasBefore', 'vasAfter']);
  });
});

describe('pain-response URL contract', () => {
  it('reads the four parameters as typed and reports unknown ones', () => {
    expect(parsePainQuery('?vasBefore=9&vasAfter=6&odiBefore=39&odiAfter=26&foo=1')).toEqual({
      input: { vasBefore: '9', vasAfter: '6', odiBefore: '39', odiAfter: '26' },
      notices: [{ param: 'foo', value: '1', reason: 'unknown-param' }],
    });
  });

  it('keeps a bad value so the calculator can say why it is refused', () => {
    const { input } = parsePainQuery('?vasBefore=abc&vasAfter=6');
    expect(assessPainResponse(input)).toMatchObject({ kind: 'invalid', invalid: [{ component: 'vasBefore', reason: 'not-a-number' }] });
  });

  it('writes a fixed order and reads it back', () => {
    const qs = painQueryString({ odiAfter: 26, vasAfter: 6, vasBefore: 9, odiBefore: 39 });
    expect(qs).toBe('?vasBefore=9&vasAfter=6&odiBefore=39&odiAfter=26');
    expect(painQueryString({ vasBefore: 6.5 })).toBe('?vasBefore=6.5');
    expect(painQueryString({})).toBe('');
    expect(assessPainResponse(parsePainQuery(qs).input)).toMatchObject({ kind: 'result', band: 'partial' });
  });
});

describe('the verdict uses the values as shown (one decimal)', () => {
  it('VAS 5 → 2.96 is judged as 5 → 3: a drop of 2, not more than 2', () => {
    const r = assessPainResponse({ vasBefore: '5', vasAfter: '2.96' });
    expect(r).toMatchObject({ kind: 'result', vasAfter: 3, drop: 2, band: 'none' });
  });
  it('VAS 3 → 0.04 is shown as 0 and judged complete', () => {
    expect(assessPainResponse({ vasBefore: '3', vasAfter: '0.04' })).toMatchObject({ kind: 'result', vasAfter: 0, band: 'complete' });
  });
});
