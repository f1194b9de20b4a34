/**
 * Reads a numeric quiz answer. Italian residents type "12,5", so a decimal comma is as good as a
 * point. Deliberately strict: "", "1e1", "0x10", "12,5,1" or "1.000,5" are refused rather than
 * guessed at, because a misread number would grade a right answer as wrong (or the reverse).
 */
export type ParsedNumber = { ok: true; value: number } | { ok: false };

const decimal = /^-?\d+(?:[.,]\d+)?$/;

export function parseNumber(raw: string | number): ParsedNumber {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw === 0 ? 0 : raw } : { ok: false };
  // A typographic minus (U+2212) arrives when answers are pasted from slides or PDFs.
  const text = raw.trim().replace('−', '-');
  if (!decimal.test(text)) return { ok: false };
  const value = Number(text.replace(',', '.'));
  // "-0" is a legal spelling of zero; keep -0 out of results.
  return { ok: true, value: value === 0 ? 0 : value };
}
