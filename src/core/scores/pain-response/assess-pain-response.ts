import { readNumber, type NumberReading } from '../numeric-input';
import { odiRange, painThresholds, vasRange, type PainBand } from './pain-response-definition';

export type PainField = 'vasBefore' | 'vasAfter' | 'odiBefore' | 'odiAfter';
export type PainInput = Partial<Record<PainField, string | number>>;

export interface PainInvalid {
  component: PainField;
  value: string;
  reason: Exclude<NumberReading, { ok: true }>['reason'];
  range: { min: number; max: number };
}

export interface OdiChange {
  before: number;
  after: number;
  /** after − before: negative means less disability. */
  change: number;
  /** change as a percentage of before; null when before is 0. */
  percentChange: number | null;
}

export type PainResult =
  | { kind: 'invalid'; invalid: PainInvalid[] }
  | { kind: 'incomplete'; missing: PainField[] }
  /** VAS 0 before treatment: there is no pain whose response could be judged. */
  | { kind: 'not-applicable'; reason: 'no-baseline-pain'; odi: OdiChange | null; odiMissing: PainField[] }
  | {
      kind: 'result';
      band: PainBand;
      /** More than 50% fall from baseline (gangi2010). */
      significant: boolean;
      vasBefore: number;
      vasAfter: number;
      /** before − after: positive means less pain. */
      drop: number;
      /** drop as a percentage of before. */
      percentReduction: number;
      odi: OdiChange | null;
      /** The other half of a started ODI pair: the VAS verdict stands while it is being filled in. */
      odiMissing: PainField[];
    };

const ranges: Record<PainField, { min: number; max: number }> = {
  vasBefore: vasRange,
  vasAfter: vasRange,
  odiBefore: odiRange,
  odiAfter: odiRange,
};

const isBlank = (v: string | number | undefined) => v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The page shows one decimal, so the verdict is computed from the values as shown: VAS 2.96 is
 * judged as the 3 on screen, never as an unseen 2.96 that would flip "partial" to "none".
 */
const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Judges the response from VAS before and after; the ODI pair is optional and, once one of the two is
 * given, the other is reported missing next to the VAS verdict (never instead of it, so the answer does
 * not vanish while the ODI is typed). Validation comes first and reports every bad field at once.
 */
export function assessPainResponse(input: PainInput): PainResult {
  const values: Partial<Record<PainField, number>> = {};
  const invalid: PainInvalid[] = [];
  for (const field of Object.keys(ranges) as PainField[]) {
    const raw = input[field];
    if (raw === undefined || isBlank(raw)) continue;
    const reading = readNumber(raw, ranges[field]);
    if (reading.ok) values[field] = tenth(reading.value);
    else invalid.push({ component: field, value: String(raw), reason: reading.reason, range: ranges[field] });
  }
  if (invalid.length > 0) return { kind: 'invalid', invalid };

  const odiMissing: PainField[] = [];
  const odiStarted = values.odiBefore !== undefined || values.odiAfter !== undefined;
  if (odiStarted && values.odiBefore === undefined) odiMissing.push('odiBefore');
  if (odiStarted && values.odiAfter === undefined) odiMissing.push('odiAfter');
  const { vasBefore, vasAfter, odiBefore, odiAfter } = values;
  if (vasBefore === undefined || vasAfter === undefined) {
    const vasMissing: PainField[] = [];
    if (vasBefore === undefined) vasMissing.push('vasBefore');
    if (vasAfter === undefined) vasMissing.push('vasAfter');
    return { kind: 'incomplete', missing: [...vasMissing, ...odiMissing] };
  }

  const odi: OdiChange | null =
    odiBefore === undefined || odiAfter === undefined
      ? null
      : {
          before: odiBefore,
          after: odiAfter,
          change: odiAfter - odiBefore,
          percentChange: odiBefore === 0 ? null : ((odiAfter - odiBefore) / odiBefore) * 100,
        };

  if (vasBefore === 0) return { kind: 'not-applicable', reason: 'no-baseline-pain', odi, odiMissing };

  const drop = tenth(vasBefore - vasAfter);
  const percentReduction = (drop / vasBefore) * 100;
  const band: PainBand =
    vasAfter === painThresholds.completeVasAfter
      ? 'complete'
      : drop > painThresholds.partialDropGreaterThan
        ? 'partial'
        : 'none';
  return {
    kind: 'result',
    band,
    significant: percentReduction > painThresholds.significantPercentGreaterThan,
    vasBefore,
    vasAfter,
    drop,
    percentReduction,
    odi,
    odiMissing,
  };
}
