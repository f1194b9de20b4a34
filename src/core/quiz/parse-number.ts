/**
 * The one reader of typed numbers (quiz answers and calculator fields alike). Italian residents type
 * "12,5", so a decimal comma is as good as a point; a trailing separator ("8." or "8,") is a finished
 * number on a phone keypad; a typographic minus (U+2212) arrives when answers are pasted from slides or
 * PDFs. Deliberately strict otherwise: "", "1e1", "0x10", ",5", "12,5,1" or "1.000,5" are refused
 * rather than guessed at, because a misread number would grade a right answer as wrong (or the reverse).
 */
export type ParsedNumber = { ok: true; value: number } | { ok: false };

const decimal = /^-?\d+(?:[.,]\d*)?$/;

export function parseNumber(raw: string | number): ParsedNumber {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw === 0 ? 0 : raw } : { ok: false };
  const text = raw.trim().replace(/\u2212/g, '-');
  if (!decimal.test(text)) return { ok: false };
  const value = Number(text.replace(',', '.').replace(/\.$/, ''));
  if (!Number.isFinite(value)) return { ok: false };
  // "-0" is a legal spelling of zero; keep -0 out of results and links.
  return { ok: true, value: value === 0 ? 0 : value };
}
