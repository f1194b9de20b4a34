/**
 * The NOMS category of each histology for conventional external beam radiotherapy (cEBRT), Laufer et al.,
 * The Oncologist 2013 (laufer2013), without any wording: what the NOMS decision needs, so that an island
 * that decides (NOMS) ships no labels. Ids, in this order, are the public URL vocabulary (`histology=`) of
 * the radiosensitivity and NOMS tools; labels and study columns are in histologies.ts.
 */
export type NomsRadiosensitivity = 'radiosensitive' | 'radioresistant';

export const histologyCategories = {
  lymphoma: 'radiosensitive',
  myeloma: 'radiosensitive',
  seminoma: 'radiosensitive',
  breast: 'radiosensitive',
  prostate: 'radiosensitive',
  ovarian: 'radiosensitive',
  neuroendocrine: 'radiosensitive',
  renal: 'radioresistant',
  thyroid: 'radioresistant',
  hepatocellular: 'radioresistant',
  colon: 'radioresistant',
  nsclc: 'radioresistant',
  sarcoma: 'radioresistant',
  melanoma: 'radioresistant',
} as const satisfies Readonly<Record<string, NomsRadiosensitivity>>;

export type HistologyId = keyof typeof histologyCategories;
export const histologyIds = Object.keys(histologyCategories) as readonly HistologyId[];

/** The NOMS category of a histology id; undefined for an unknown one. */
export function categoryOfHistology(id: string): NomsRadiosensitivity | undefined {
  return Object.hasOwn(histologyCategories, id) ? histologyCategories[id as HistologyId] : undefined;
}
