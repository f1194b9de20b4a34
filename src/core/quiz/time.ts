/** Sessions and cards take "now" from the caller (never from a clock) so every step is reproducible. */
export type Instant = number | Date;

/** Epoch milliseconds; an invalid Date reads as 0 rather than NaN. */
export function toMillis(now: Instant): number {
  const ms = typeof now === 'number' ? now : now.getTime();
  return Number.isFinite(ms) ? ms : 0;
}
