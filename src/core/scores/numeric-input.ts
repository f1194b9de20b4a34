/**
 * Reads a number typed by a user or carried in a URL. Strict on purpose: Number() would accept "",
 * " ", "0x10" or "1e1", which no clinician means. A decimal comma is accepted because Italian users
 * write "6,5".
 */
export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'not-a-number' | 'out-of-range' | 'not-an-integer' };

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
}

const decimal = /^-?\d+(?:[.,]\d+)?$/;

export function readNumber(raw: string | number, rule: NumberRule): NumberReading {
  let value: number;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, reason: 'not-a-number' };
    value = raw;
  } else {
    const text = raw.trim();
    if (!decimal.test(text)) return { ok: false, reason: 'not-a-number' };
    value = Number(text.replace(',', '.'));
  }
  if (rule.integer && !Number.isInteger(value)) return { ok: false, reason: 'not-an-integer' };
  if (value < rule.min || value > rule.max) return { ok: false, reason: 'out-of-range' };
  // "-0" is a legal spelling of zero; normalising it keeps -0 out of results and links.
  return { ok: true, value: value === 0 ? 0 : value };
}
