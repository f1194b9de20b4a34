import { parseNumber } from '../quiz/parse-number';

/**
 * Reads a number typed by a user or carried in a URL, against a calculator field's rule. The reading
 * itself is the quiz's parseNumber (one reader for the whole site: decimal comma, "8.", U+2212 minus);
 * this adds the field's range and integer rules.
 */
export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'not-a-number' | 'out-of-range' | 'not-an-integer' };

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
}

export function readNumber(raw: string | number, rule: NumberRule): NumberReading {
  const parsed = parseNumber(raw);
  if (!parsed.ok) return { ok: false, reason: 'not-a-number' };
  const { value } = parsed;
  if (rule.integer && !Number.isInteger(value)) return { ok: false, reason: 'not-an-integer' };
  if (value < rule.min || value > rule.max) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value };
}
