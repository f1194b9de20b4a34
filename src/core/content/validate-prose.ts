/**
 * The prose checks over content/: working vocabulary, Italian decimal comma and apostrophes, glossary
 * variants and English spelling, for every learner-facing string, each reported as `file › field`.
 */
import type { Locale } from '../i18n/locales';
import type { GlossaryEntry } from './schemas';
import type { ContentError, ContentSources } from './validate-content';
import { around, checkLearnerText, findJargon, localizedStrings, mdxProse, type TermVariants } from './text-checks';

/** "Ice ball (sfera di ghiaccio)" → "Ice ball": the headword without its gloss. */
const headword = (term: string) => term.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** Glossary entries as the preferred term and its non-preferred variants per locale. */
export function termVariants(glossary: readonly GlossaryEntry[]): TermVariants[] {
  return glossary
    .filter((g) => g.variants)
    .map((g) => ({ id: g.id, preferred: { it: headword(g.it.term), en: headword(g.en.term) }, variants: { it: g.variants?.it ?? [], en: g.variants?.en ?? [] } }));
}

type Text = { field: string; locale: Locale; text: string };

/** Frontmatter strings of a lesson or tool page, with their field path. */
function frontmatterTexts(fm: unknown, locale: Locale): Text[] {
  if (!fm || typeof fm !== 'object') return [];
  const out: Text[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string') out.push({ field: `frontmatter.${path}`, locale, text: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  for (const key of ['title', 'description', 'objectives', 'keyPoints', 'selfCheck']) walk((fm as Record<string, unknown>)[key], key);
  return out;
}

function report(file: string, texts: Text[], terms: readonly TermVariants[], opts: { variants?: boolean } = {}): ContentError[] {
  const errors: ContentError[] = [];
  for (const { field, locale, text } of texts)
    for (const f of dedupe(checkLearnerText(text, locale, terms, { ...opts, strict: true }))) errors.push({ file, field, message: `${f.message}: ${around(text, f.match)}` });
  return errors;
}

/** One message per matched phrase: the strict and the general patterns may both catch "the slide". */
function dedupe(findings: ReturnType<typeof checkLearnerText>): ReturnType<typeof checkLearnerText> {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = f.message.startsWith('working vocabulary') ? `jargon:${f.match.toLowerCase().replace(/^.*\b(slides?|diapositiv[ae])$/, '$1')}` : f.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validateProse(src: ContentSources, glossary: readonly GlossaryEntry[]): ContentError[] {
  const terms = termVariants(glossary);
  const errors: ContentError[] = [];
  for (const lesson of src.lessons) {
    const texts = frontmatterTexts(lesson.frontmatter, lesson.locale);
    mdxProse(lesson.body ?? '')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim()) texts.push({ field: `line ${i + 1} of the body`, locale: lesson.locale, text: line });
      });
    errors.push(...report(lesson.file, texts, terms));
  }
  for (const f of [...(src.cases ?? []), ...(src.questions ?? [])]) errors.push(...report(f.file, localizedStrings(f.data), terms));
  // The glossary defines the variants, so only the other checks apply to it.
  glossary.forEach((g, i) => {
    const texts: Text[] = (['it', 'en'] as const).flatMap((l) => [
      { field: `[${i}].${l}.term`, locale: l, text: g[l].term },
      { field: `[${i}].${l}.definition`, locale: l, text: g[l].definition },
    ]);
    errors.push(...report(src.glossary.file, texts, terms, { variants: false }));
  });
  // References are cited in their own (mostly English) words: only working vocabulary is checked.
  if (Array.isArray(src.references.data))
    (src.references.data as Record<string, unknown>[]).forEach((r, i) => {
      for (const key of ['authors', 'title', 'journal', 'details'])
        if (typeof r[key] === 'string')
          for (const f of findJargon(r[key])) errors.push({ file: src.references.file, field: `[${i}].${key}`, message: f.message });
    });
  return errors;
}
