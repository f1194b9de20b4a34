import type { Localized } from '../../i18n/locales';
import { rfaRtTrial } from '../../scores/pain-response/rfa-rt-trial';

/**
 * The RFA + RT versus RT-alone comparison as chart data. The numbers come from the one source of truth
 * (scores/pain-response/rfa-rt-trial.ts); this file only picks a measure and does the arithmetic a reader
 * should do before trusting a difference.
 */
export type Measure = 'complete' | 'partial' | 'overall' | 'weeks' | 'baseline';
export const measures: readonly Measure[] = ['complete', 'partial', 'overall', 'weeks', 'baseline'];

const pick = {
  complete: (a: (typeof rfaRtTrial.arms)[number]) => a.completeAt12Weeks,
  partial: (a: (typeof rfaRtTrial.arms)[number]) => a.partialAt12Weeks,
  overall: (a: (typeof rfaRtTrial.arms)[number]) => a.overallAt12Weeks,
  weeks: (a: (typeof rfaRtTrial.arms)[number]) => a.weeksToResponse,
  baseline: (a: (typeof rfaRtTrial.arms)[number]) => a.baselineVas,
} satisfies Record<Measure, unknown>;

export const measureUnit: Record<Measure, 'pct' | 'weeks' | 'vas'> = { complete: 'pct', partial: 'pct', overall: 'pct', weeks: 'weeks', baseline: 'vas' };
export const measureMax: Record<Measure, number> = { complete: 100, partial: 100, overall: 100, weeks: 10, baseline: 10 };

export interface ChartBar { id: 'rfa-rt' | 'rt'; label: Localized; patients: number; value: number }
export interface ChartView {
  bars: ChartBar[];
  /** RFA + RT minus RT alone, in the measure's unit. */
  difference: number;
  /** How many percentage points one patient is worth in each arm (100 / n), rounded to 0.1. */
  onePatientPts: { rfaRt: number; rt: number };
  refs: readonly string[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function chartView(m: Measure): ChartView {
  const bars = rfaRtTrial.arms.map((a) => ({ id: a.id, label: a.label, patients: a.patients, value: pick[m](a) }));
  const [combo, rt] = bars;
  return {
    bars,
    difference: r1(combo!.value - rt!.value),
    onePatientPts: { rfaRt: r1(100 / combo!.patients), rt: r1(100 / rt!.patients) },
    refs: rfaRtTrial.refs,
  };
}

/** The measure the RT vs RFA + RT chart shows (its link format: ./rt-response-query.ts). */
export interface RtResponseChoice { measure: Measure }

export const initialRtResponse: RtResponseChoice = { measure: 'complete' };
