import { describe, expect, it } from 'vitest';
import { chartView } from './rt-response-view';

describe('RT vs RFA + RT chart — numbers from the lecture slide (Di Staso 2011) via the pain-response trial data', () => {
  it('complete response at 12 weeks: 53.3% vs 16.6%, a 36.7-point difference', () => {
    const v = chartView('complete');
    expect(v.bars.map((b) => [b.id, b.patients, b.value])).toEqual([['rfa-rt', 15, 53.3], ['rt', 30, 16.6]]);
    expect(v.difference).toBe(36.7);
  });
  it('partial 40% vs 43.3%, overall 93.3% vs 59.9%, time to response 3 vs 9 weeks, baseline VAS 6.3 vs 6.5', () => {
    expect(chartView('partial').bars.map((b) => b.value)).toEqual([40, 43.3]);
    expect(chartView('overall').bars.map((b) => b.value)).toEqual([93.3, 59.9]);
    expect(chartView('weeks').difference).toBe(-6);
    expect(chartView('baseline').bars.map((b) => b.value)).toEqual([6.3, 6.5]);
  });
  it('one patient is worth 6.7 points in the 15-patient arm and 3.3 in the 30-patient arm', () => {
    expect(chartView('complete').onePatientPts).toEqual({ rfaRt: 6.7, rt: 3.3 });
  });
});
