// Calendar checks for ISO dates without zod, so code that ships on every page (the lesson's
// "mark as read" toggle, the progress log reader) does not pull in a schema library.

/**
 * Dates stored as text: "YYYY-MM-DD" or a full ISO timestamp with Z or an offset. Checked for shape
 * and for being a real calendar instant, so "2024-13-45" or "2025-02-30" does not slip through.
 */
const shape = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Date.parse alone rolls "2025-02-30" over to March, so the calendar fields are checked by hand. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = shape.exec(value);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offH = 0, offM = 0] = m
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return false;
  const calendarOk = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  const clockOk = hour <= 23 && minute <= 59 && second <= 59 && offH <= 23 && offM <= 59;
  return calendarOk && clockOk && Number.isFinite(Date.parse(value));
}

/** Milliseconds of an ISO date; 0 for anything unreadable so comparisons never meet NaN. */
export function isoToMillis(value: string): number {
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : 0;
}
