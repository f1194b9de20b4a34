import type { Deck } from '../../core/present/deck';

function isDeck(x: unknown): x is Deck {
  return typeof x === 'object' && x !== null && Array.isArray((x as Deck).slides) && typeof (x as Deck).id === 'string';
}

/**
 * One deck's JSON (both languages, its drawings), built with the site under /present-data/. Deck pages load
 * it after hydration instead of carrying it in the page: the NOMS deck alone, drawings inlined on every
 * step, made a 3 MB page. Null when it cannot be had (offline and not saved, a broken file).
 */
export async function fetchDeck(url: string): Promise<Deck | null> {
  try {
    const r = await fetch(url);
    const d: unknown = r.ok ? await r.json() : null;
    return isDeck(d) ? d : null;
  } catch {
    return null;
  }
}
