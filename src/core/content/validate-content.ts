import { locales, type Locale } from '../i18n/locales';
import { glossaryFileSchema, lessonSchema, referencesFileSchema, toolPageSchema } from './schemas';
import { moduleSlugs, type ModuleId } from './lesson-slugs';
import type { MdxUsage } from './mdx-usage';
import { caseSchema } from './case-schema';
import { questionFileSchema } from './question-schema';
import { checkItemPool, type CheckedItem } from './item-checks';
import { validateProse } from './validate-prose';
import { zodErrors, type ContentError } from './content-error';

export { formatContentErrors, type ContentError } from './content-error';


export interface LessonSource {
  /** content/lessons (curriculum modules) or content/tools (calculator pages); both are MDX per locale. */
  collection: 'lessons' | 'tools';
  file: string;
  locale: Locale;
  slug: string;
  frontmatter: unknown;
  /** Set when the frontmatter is not valid YAML. */
  parseError?: string;
  usage: MdxUsage;
  /** The MDX body (for the prose checks); optional so older callers and tests keep working. */
  body?: string;
}

export interface DataFile {
  file: string;
  data: unknown;
  /** Set when the file is not valid YAML; `data` is then empty. */
  parseError?: string;
}

const yamlError = (file: string, message: string, field = '(YAML syntax)'): ContentError => ({ file, field, message });

export interface ContentSources {
  lessons: LessonSource[];
  references: DataFile;
  glossary: DataFile;
  /** content/cases/<id>.yaml, one case per file. */
  cases?: DataFile[];
  /** content/questions/<lesson-slug>.yaml, the question bank of one module per file. */
  questions?: DataFile[];
}


function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export function validateContent(src: ContentSources): ContentError[] {
  const errors: ContentError[] = [];

  for (const f of [src.references, src.glossary, ...(src.cases ?? []), ...(src.questions ?? [])])
    if (f.parseError) errors.push(yamlError(f.file, f.parseError));

  const refs = referencesFileSchema.safeParse(src.references.data);
  if (!refs.success) errors.push(...zodErrors(src.references.file, refs.error));
  const refIds = new Set(refs.success ? refs.data.map((r) => r.id) : []);
  for (const id of duplicates(refs.success ? refs.data.map((r) => r.id) : []))
    errors.push({ file: src.references.file, field: 'id', message: `duplicate reference id "${id}"` });

  const glossary = glossaryFileSchema.safeParse(src.glossary.data);
  if (!glossary.success) errors.push(...zodErrors(src.glossary.file, glossary.error));
  const termIds = new Set(glossary.success ? glossary.data.map((g) => g.id) : []);
  for (const id of duplicates(glossary.success ? glossary.data.map((g) => g.id) : []))
    errors.push({ file: src.glossary.file, field: 'id', message: `duplicate glossary id "${id}"` });

  const bySlug = new Map<string, Map<Locale, LessonSource>>();
  for (const lesson of src.lessons) {
    const key = `${lesson.collection}/${lesson.slug}`;
    const twins = bySlug.get(key) ?? new Map<Locale, LessonSource>();
    twins.set(lesson.locale, lesson);
    bySlug.set(key, twins);
  }

  const selfChecks: CheckedItem[] = [];
  for (const lesson of src.lessons) {
    const { file } = lesson;
    for (const other of locales) {
      if (other !== lesson.locale && !bySlug.get(`${lesson.collection}/${lesson.slug}`)?.has(other))
        errors.push({ file, field: 'slug', message: `no ${other} translation: expected content/${lesson.collection}/${other}/${lesson.slug}.mdx` });
    }
    if (lesson.parseError) {
      errors.push(yamlError(file, lesson.parseError, 'frontmatter (YAML syntax)'));
      continue;
    }
    const fm = (lesson.collection === 'lessons' ? lessonSchema : toolPageSchema).safeParse(lesson.frontmatter);
    if (!fm.success) {
      errors.push(...zodErrors(file, fm.error, 'frontmatter.'));
      continue;
    }
    if ('module' in fm.data) {
      const expectedSlug = moduleSlugs[fm.data.module as ModuleId];
      if (expectedSlug !== lesson.slug)
        errors.push({ file, field: 'frontmatter.module', message: `${fm.data.module} belongs in ${expectedSlug}.mdx, not ${lesson.slug}.mdx` });
    }
    if ('selfCheck' in fm.data)
      fm.data.selfCheck.forEach((sc, i) =>
        selfChecks.push({ file, at: `frontmatter.selfCheck[${i}]`, type: sc.type, stem: { it: sc.stem, en: sc.stem }, explanation: { it: sc.explanation, en: sc.explanation }, answer: { it: sc.answer, en: sc.answer }, singleLocale: lesson.locale, level: sc.level, facts: sc.facts }),
      );
    fm.data.refs.forEach((id, i) => {
      if (refs.success && !refIds.has(id))
        errors.push({ file, field: `frontmatter.refs[${i}]`, message: `unknown reference "${id}" (not in content/references.yaml)` });
    });
    for (const id of new Set(lesson.usage.cites)) {
      if (refs.success && !refIds.has(id)) errors.push({ file, field: `<Cite id="${id}">`, message: `unknown reference "${id}"` });
      else if (!fm.data.refs.includes(id))
        errors.push({ file, field: `<Cite id="${id}">`, message: `"${id}" is cited but missing from frontmatter refs` });
    }
    for (const id of new Set(lesson.usage.terms)) {
      if (glossary.success && !termIds.has(id)) errors.push({ file, field: `<Term id="${id}">`, message: `unknown glossary term "${id}"` });
    }
  }

  errors.push(...validateCasesAndQuestions(src, refs.success ? refIds : undefined));
  errors.push(...checkItemPool('content/lessons (self-checks)', selfChecks));
  errors.push(...validateProse(src, glossary.success ? glossary.data : []));

  // The two locales of a module must teach the same thing: same module, section count and figures.
  for (const [slug, twins] of bySlug) {
    const it = twins.get('it');
    const en = twins.get('en');
    if (!it || !en) continue;
    const fmIt = lessonSchema.safeParse(it.frontmatter);
    const fmEn = lessonSchema.safeParse(en.frontmatter);
    if (it.collection === 'lessons' && fmIt.success && fmEn.success && fmIt.data.module !== fmEn.data.module)
      errors.push({ file: en.file, field: 'frontmatter.module', message: `${slug}: module ${fmEn.data.module} differs from the Italian ${fmIt.data.module}` });
    if (it.usage.sections.length !== en.usage.sections.length)
      errors.push({ file: en.file, field: '## sections', message: `${slug}: ${en.usage.sections.length} sections in en, ${it.usage.sections.length} in it` });
    if (it.usage.figures.join() !== en.usage.figures.join())
      errors.push({ file: en.file, field: '<Figure>', message: `${slug}: figures [${en.usage.figures}] in en differ from [${it.usage.figures}] in it` });
  }
  return errors;
}

const fileStem = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** Cases and questions: schema, id = file name, and every reference or case they point to exists. */
function validateCasesAndQuestions(src: ContentSources, refIds: Set<string> | undefined): ContentError[] {
  const errors: ContentError[] = [];
  const caseIds = new Set<string>();
  const caseOrders = new Map<number, string>();
  const caseItems: CheckedItem[] = [];
  const bankItems: CheckedItem[] = [];
  for (const { file, data, parseError } of src.cases ?? []) {
    if (parseError) continue;
    const parsed = caseSchema.safeParse(data);
    if (!parsed.success) {
      errors.push(...zodErrors(file, parsed.error));
      // The case exists, only wrongly: questions citing it are not also reported as citing an unknown case.
      caseIds.add(fileStem(file));
      continue;
    }
    const c = parsed.data;
    caseIds.add(c.id);
    if (c.id !== fileStem(file)) errors.push({ file, field: 'id', message: `id "${c.id}" must match the file name "${fileStem(file)}"` });
    // One case order for every list: two cases at one place would leave it to chance.
    const sameOrder = caseOrders.get(c.order);
    if (sameOrder) errors.push({ file, field: 'order', message: `order ${c.order} is also the order of ${sameOrder}: give each case its own place` });
    caseOrders.set(c.order, file);
    c.refs.forEach((id, i) => {
      if (refIds && !refIds.has(id)) errors.push({ file, field: `refs[${i}]`, message: `unknown reference "${id}"` });
    });
    const rawQuiz = (data as { quiz?: { tolerance?: unknown }[] }).quiz ?? [];
    c.quiz.forEach((q, i) => caseItems.push(toCheckedItem(file, `quiz[${i}]`, q, rawQuiz[i]?.tolerance)));
  }
  const seen = new Map<string, string>();
  for (const { file, data, parseError } of src.questions ?? []) {
    if (parseError) continue;
    const parsed = questionFileSchema.safeParse(data);
    if (!parsed.success) {
      errors.push(...zodErrors(file, parsed.error));
      continue;
    }
    const expectedModule = Object.entries(moduleSlugs).find(([, slug]) => slug === fileStem(file))?.[0];
    if (!expectedModule) errors.push({ file, field: '(file name)', message: `questions files are named after a lesson slug (${Object.values(moduleSlugs).join(', ')})` });
    // The tolerance as written: the parsed one has the body's default of 0, which would hide a missing one.
    const raw = Array.isArray(data) ? (data as { tolerance?: unknown }[]) : [];
    parsed.data.forEach((q, i) => {
      const at = `[${i}]`;
      bankItems.push(toCheckedItem(file, at, q, raw[i]?.tolerance));
      const other = seen.get(q.id);
      if (other) errors.push({ file, field: `${at}.id`, message: `duplicate question id "${q.id}" (also in ${other})` });
      seen.set(q.id, file);
      if (expectedModule && q.module !== expectedModule) errors.push({ file, field: `${at}.module`, message: `${q.module} in the ${expectedModule} file` });
      if (q.source.ref && refIds && !refIds.has(q.source.ref)) errors.push({ file, field: `${at}.source.ref`, message: `unknown reference "${q.source.ref}"` });
      if (q.source.case && src.cases && !caseIds.has(q.source.case)) errors.push({ file, field: `${at}.source.case`, message: `unknown case "${q.source.case}" (no content/cases/${q.source.case}.yaml)` });
    });
  }
  if (src.questions?.length) errors.push(...checkItemPool('content/questions (bank)', bankItems));
  if (src.cases?.length) errors.push(...checkItemPool('content/cases (quiz items)', caseItems));
  return errors;
}

type AnyItem = {
  type: 'single' | 'multiple' | 'numeric';
  stem: { it: string; en: string };
  explanation: { it: string; en: string };
  options?: { id: string; text: { it: string; en: string } }[];
  correct: string | string[] | number;
  unit?: { it: string; en: string };
  level?: string;
  facts?: string[];
};

function toCheckedItem(file: string, at: string, q: AnyItem, tolerance: unknown): CheckedItem {
  return {
    file,
    at,
    type: q.type,
    stem: q.stem,
    explanation: q.explanation,
    options: q.options,
    correct: q.correct,
    unit: q.unit,
    tolerance: typeof tolerance === 'number' ? tolerance : undefined,
    level: q.level,
    facts: q.facts,
  };
}
