/**
 * Seeded randomness for the quiz: the same seed always gives the same order, so a session can be
 * stored, resumed, shared or tested without keeping the shuffled list anywhere but in the seed.
 * Core code never calls Math.random.
 */
export type Seed = number | string;

/** FNV-1a over the seed's text: spreads nearby seeds (1, 2, 3…) far apart. */
export function seedToInt(seed: Seed): number {
  const text = typeof seed === 'number' && !Number.isFinite(seed) ? '0' : String(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough to shuffle a quiz; returns floats in [0, 1). */
export function createRng(seed: Seed): () => number {
  let state = seedToInt(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy; the input is left untouched. */
export function shuffle<T>(items: readonly T[], seed: Seed): T[] {
  const out = [...items];
  const next = createRng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
