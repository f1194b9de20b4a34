import type { ContentError } from './validate-content';
import { isCurriculumFact } from './curriculum-facts';

/**
 * Item-writing checks shared by the bank, the case quizzes and the lesson self-checks. They catch the
 * flaws that let a test-wise learner score without knowing (the key is the longest option, the key is
 * always "a", "all of the above", "always/never/only" in distractors alone), stems that only make sense next to another item (questions are
 * shuffled), numeric items without unit or tolerance, items without level or curriculum facts, and
 * working vocabulary the learner must never see.
 */

type Text = { it: string; en: string };
const locales = ['it', 'en'] as const;

/** One item as the checks see it, whatever file shape it came from. */
export interface CheckedItem {
  file: string;
  /** Path of the item inside its file, e.g. "[3]" or "quiz[1]". */
  at: string;
  type: 'single' | 'multiple' | 'numeric' | 'open';
  stem: Text;
  explanation?: Text;
  /** The model answer of an open question. */
  answer?: Text;
  options?: { id: string; text: Text }[];
  correct?: string | string[] | number;
  unit?: Text;
  /** Undefined when the file does not state it (a schema default must not hide a missing tolerance). */
  tolerance?: number;
  level?: string;
  facts?: string[];
  /** Text written in one language only (lesson self-checks): `it` and `en` hold the same string, reported once under this locale. */
  singleLocale?: 'it' | 'en';
}

/** "All of the above" and friends: they reward test-wiseness and break when options are shuffled. */
const forbiddenOption = /\b(all|none|both) of the (above|previous|options)\b|\b(tutte|nessuna|entrambe) (le|delle) (precedenti|risposte precedenti|opzioni precedenti|sopra)\b|\b(tutte|nessuna) le precedenti\b/i;

/** A stem that leans on another item or on option letters cannot stand alone in a shuffled session. */
const crossReference = [
  /(^|[\s(«"“])[a-h]\)/,
  /\b(option|answer|opzione|risposta) [a-h]\b/i,
  /\b(previous|preceding|next|last|above) (question|item|case|answer)\b/i,
  /\b(domanda|quesito|caso|risposta) (precedente|successiv[oa])\b/i,
  /\b(the )?same (case|series|study|patient|flowchart|comparison)\b/i,
  /\bstess[oa] (caso|serie|studio|paziente|schema|confronto|diagramma)\b/i,
  /\bmedesim[oa] (caso|serie|studio|paziente)\b/i,
];

/** Working vocabulary of the authors; the learner sees authors, years or a described source instead. */
const jargon = /\bseed\b|\bslides?\b|\bdiapositiv[ae]\b|course (document|source)s?|documento del corso|fonti del corso|unnamed lecturer/i;

/**
 * Absolute words: a test-wise learner drops any option that says "always", "never" or "only". They may
 * appear in a distractor only when a key carries one too (then they stop telling the answer).
 */
const absoluteWord: Record<'it' | 'en', RegExp> = {
  en: /\b(always|never|only|exclusively|solely)\b/i,
  it: /\b(sempre|mai|solo|soltanto|esclusivamente|unicamente)\b/i,
};

/** The first absolute word of a text in a language, or undefined. */
export function absoluteWordIn(text: string, locale: 'it' | 'en'): string | undefined {
  return absoluteWord[locale].exec(text)?.[0];
}

const err = (item: CheckedItem, field: string, message: string): ContentError => ({
  file: item.file,
  field: `${item.at}${item.singleLocale ? field.replace(/\.(it|en)$/, '') : field}`,
  message,
});

/** Checks one item on its own. */
export function checkItem(item: CheckedItem): ContentError[] {
  const errors: ContentError[] = [];
  for (const l of locales) {
    if (item.singleLocale && l === 'en') continue;
    if (crossReference.some((re) => re.test(item.stem[l])))
      errors.push(err(item, `.stem.${l}`, 'stem refers to another item or to an option letter; questions and options are shuffled, so every stem must stand alone'));
  }
  (item.options ?? []).forEach((o, i) => {
    for (const l of locales)
      if (forbiddenOption.test(o.text[l])) errors.push(err(item, `.options[${i}].text.${l}`, `"${o.text[l]}": no "all/none of the above" options (options are shuffled)`));
  });
  if (item.options && item.correct !== undefined && typeof item.correct !== 'number') {
    const keys = Array.isArray(item.correct) ? item.correct : [item.correct];
    for (const l of locales) {
      if (item.singleLocale && l === 'en') continue;
      if (item.options.some((o) => keys.includes(o.id) && absoluteWordIn(o.text[l], l))) continue;
      item.options.forEach((o, i) => {
        const word = keys.includes(o.id) ? undefined : absoluteWordIn(o.text[l], l);
        if (word) errors.push(err(item, `.options[${i}].text.${l}`, `"${word}" only in distractors cues them as wrong: reword the option (or the key carries an absolute word too)`));
      });
    }
  }
  const texts: [string, Text | undefined][] = [
    ['stem', item.stem],
    ['explanation', item.explanation],
    ['answer', item.answer],
    ...(item.options ?? []).map((o, i): [string, Text] => [`options[${i}].text`, o.text]),
  ];
  for (const [field, text] of texts)
    for (const l of locales)
      if (text && !(item.singleLocale && l === 'en') && jargon.test(text[l])) errors.push(err(item, `.${field}.${l}`, `working vocabulary "${jargon.exec(text[l])?.[0]}": cite authors, year or a described source`));
  if (item.type === 'numeric') {
    if (!item.unit) errors.push(err(item, '.unit', 'numeric item without a unit: say what the number counts (points, %, mm, patients…)'));
    if (item.tolerance === undefined) errors.push(err(item, '.tolerance', 'numeric item without a stated tolerance (0 for exact integers, otherwise the sensible rounding)'));
  }
  if (item.level === undefined) errors.push(err(item, '.level', 'missing level (recall | application)'));
  if (item.facts === undefined || item.facts.length === 0) errors.push(err(item, '.facts', 'missing facts: name the curriculum facts the item tests'));
  else
    item.facts.forEach((f, i) => {
      if (!isCurriculumFact(f)) errors.push(err(item, `.facts[${i}]`, `unknown curriculum fact "${f}" (see src/core/content/curriculum-facts.ts)`));
    });
  return errors;
}

const lengthOf = (s: string) => s.replace(/\s+/g, ' ').trim().length;

/** True when the key of a single-choice item is longer than every distractor in that language. */
export function keyIsUniquelyLongest(item: CheckedItem, locale: 'it' | 'en'): boolean {
  if (item.type !== 'single' || !item.options || typeof item.correct !== 'string') return false;
  const key = item.options.find((o) => o.id === item.correct);
  if (!key) return false;
  const keyLength = lengthOf(key.text[locale]);
  return item.options.every((o) => o === key || lengthOf(o.text[locale]) < keyLength);
}

/**
 * Pool-level cue: in at most `maxShare` of single-choice items may the key be the uniquely longest option
 * (checked per language). Reported once, on the pool, listing the items that carry the cue.
 */
export function checkKeyLength(pool: string, items: CheckedItem[], maxShare = 0.25): ContentError[] {
  const singles = items.filter((i) => i.type === 'single');
  if (singles.length === 0) return [];
  const errors: ContentError[] = [];
  for (const l of locales) {
    const cued = singles.filter((i) => keyIsUniquelyLongest(i, l));
    const share = cued.length / singles.length;
    if (share > maxShare)
      errors.push({
        file: pool,
        field: `key length (${l})`,
        message: `the key is the uniquely longest option in ${cued.length}/${singles.length} single-choice items (${Math.round(share * 100)}% > ${Math.round(maxShare * 100)}%): ${cued.map((i) => `${i.file} ${i.at}`).join(', ')}`,
      });
  }
  return errors;
}

/** Pool-level cue: the stored key letter of single-choice items must not pile up on one position. */
export function checkKeyPosition(pool: string, items: CheckedItem[], maxShare = 0.4): ContentError[] {
  const singles = items.filter((i) => i.type === 'single' && i.options && typeof i.correct === 'string');
  if (singles.length < 8) return [];
  const byPosition = new Map<number, number>();
  for (const i of singles) {
    const pos = i.options!.findIndex((o) => o.id === i.correct);
    byPosition.set(pos, (byPosition.get(pos) ?? 0) + 1);
  }
  const [pos, count] = [...byPosition].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const share = count / singles.length;
  return share > maxShare
    ? [{ file: pool, field: 'key position', message: `${count}/${singles.length} single-choice keys are option ${pos + 1} (${Math.round(share * 100)}% > ${Math.round(maxShare * 100)}%): spread the keys over the positions` }]
    : [];
}

/** Every check over one pool of items (the bank, the case quizzes or the self-checks). */
export function checkItemPool(pool: string, items: CheckedItem[]): ContentError[] {
  return [...items.flatMap(checkItem), ...checkKeyLength(pool, items), ...checkKeyPosition(pool, items)];
}
