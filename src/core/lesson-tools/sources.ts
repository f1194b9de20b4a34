import type { Locale, Localized } from '../i18n/locales';

/**
 * How the lesson tools name a source next to a rule: authors and year, as a reader would cite them.
 * Keys are content/references.yaml ids (a test checks they exist there); a described source (a lecture course,
 * a wiki) reads as its `short` label there, as it does in the lessons.
 */
export const shortCitations: Record<string, Localized> = {
  'seed004-review': { it: 'Salapura e Jeromel 2014', en: 'Salapura and Jeromel 2014' },
  gangi2010: { it: 'linee guida CIRSE, Gangi 2010', en: 'CIRSE guidelines, Gangi 2010' },
  'seed000-lecture': { it: 'Corso italiano', en: 'Italian lecture course' },
  'seed002-embolization': { it: 'Lezione sull’embolizzazione', en: 'Embolization lecture' },
  wallace2015a: { it: 'Wallace 2015', en: 'Wallace 2015' },
  kurup2010a: { it: 'Kurup e Callstrom 2010', en: 'Kurup and Callstrom 2010' },
  napoli2013: { it: 'Napoli 2013', en: 'Napoli 2013' },
  fisher2010: { it: 'Fisher 2010', en: 'Fisher 2010' },
  distaso2011: { it: 'Di Staso 2011', en: 'Di Staso 2011' },
  laufer2013: { it: 'Laufer 2013', en: 'Laufer 2013' },
  'seed003-encyclopedia': { it: 'Neurosurgery Wiki 2024', en: 'Neurosurgery Wiki 2024' },
};

/** Never shows an internal id such as "seed004-review": an unknown id reads as a plain author-year-less source. */
const unknownSource: Localized = { it: 'fonte del corso', en: 'course source' };
export const citeText = (refs: readonly string[], lang: Locale): string =>
  refs.map((r) => shortCitations[r]?.[lang] ?? (r.startsWith('seed') ? unknownSource[lang] : r)).join('; ');
