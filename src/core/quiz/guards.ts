// Small hand-written checks for JSON read back from the browser (snapshots, the review log, stored
// cards, lecture files). They replace zod in client code: zod is ~25 kB gzip in every island that
// reads storage, and these few shapes do not need it. The build-time content schemas stay on zod.

export type Raw = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A whole number ≥ `min` (epoch ms, counts, positions). */
export const isIntAtLeast = (value: unknown, min = 0): value is number => isFiniteNumber(value) && Number.isInteger(value) && value >= min;

export const isShortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * A JSON object used as a map, read entry by entry: null when it is not an object or any value fails.
 * Built on a null prototype, so a "__proto__" key stays data and cannot reach Object.prototype.
 */
export function readRecord<T>(value: unknown, readValue: (v: unknown) => T | null): Record<string, T> | null {
  if (!isPlainObject(value)) return null;
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const [key, v] of Object.entries(value)) {
    const read = readValue(v);
    if (read === null) return null;
    out[key] = read;
  }
  // A plain object again, so the result compares and serialises like any parsed JSON.
  return { ...out };
}
