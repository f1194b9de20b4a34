import { z } from '../zod';
import { idSchema } from './schemas';
import { questionVariants } from './question-body';
import { itemFactsSchema, itemLevelSchema } from './question-schema';
import { scoreIds } from '../scores/registry';
import { sinsDefinition, type SinsComponentId } from '../scores/sins/sins-definition';
import { spineLevelIds } from '../scores/sins/spine-levels';
import { tokuhashiDefinition, type TokuhashiComponentId } from '../scores/tokuhashi/tokuhashi-definition';

/**
 * A documented case (content/cases/<id>.yaml): the clinical story of one patient (or one series) as a
 * seed reports it, told in both languages, with the decision points of its case quiz.
 * Facts come only from the seed named in `seed`; where the seed is silent the text says "not reported"
 * or the optional field is left out. Cross-checks against other files (reference ids exist, glossary)
 * are done by the content validator and the tests, not here.
 */

const localized = z.object({ it: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
/** One line: no line breaks in either language (index cards, meta descriptions). */
const oneLine = localized.refine((l) => !/[\r\n]/.test(l.it) && !/[\r\n]/.test(l.en), 'summary must be one line');

const moduleId = z.string().regex(/^M(?:[1-9]|1[0-5])$/, 'must be M1…M15');

export const caseSeeds = ['000', '001', '002', '003', '004'] as const;
export const siteKinds = ['spine', 'pelvis', 'femur', 'limb', 'other'] as const;
export const caseTechniques = [
  'vertebroplasty',
  'kyphoplasty',
  'vesselplasty',
  'osteoplasty',
  'radiofrequency-ablation',
  'microwave-ablation',
  'cryoablation',
  'laser-ablation',
  'mrgfus',
  'arterial-embolization',
  'iort',
  'radiotherapy',
  'chemotherapy',
  'surgery',
  'biopsy',
] as const;
export type CaseTechnique = (typeof caseTechniques)[number];

/** The steps of a case story, in clinical order; a quiz question is asked after one of them. */
export const casePhases = ['presentation', 'work-up', 'decision', 'procedure', 'follow-up'] as const;
export type CasePhase = (typeof casePhases)[number];
export const quizKinds = ['score', 'treatment', 'risk', 'outcome'] as const;

const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((xs) => new Set(xs).size === xs.length, 'must not repeat an entry');

const spineLevel = z.enum(spineLevelIds as unknown as [string, ...string[]]);

/** Levels are listed once each, from cranial to caudal. */
const spineLevels = z
  .array(spineLevel)
  .min(1)
  .refine(
    (ls) => ls.every((l, i) => i === 0 || spineLevelIds.indexOf(l) > spineLevelIds.indexOf(ls[i - 1] ?? '')),
    'levels must be unique and listed from cranial to caudal',
  );

const patient = z
  .object({
    sex: z.enum(['F', 'M', 'unknown']),
    /** Age in years as the seed gives it. */
    age: z.number().int().min(0).max(120).optional(),
    /** For a series instead of one patient (sex is then 'unknown' and age left out). */
    cohort: z
      .object({
        patients: z.number().int().min(1),
        female: z.number().int().min(0).optional(),
        male: z.number().int().min(0).optional(),
        meanAge: z.number().min(0).max(120).optional(),
        ageRange: z.object({ min: z.number().min(0), max: z.number().max(120) }).strict().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((p) => p.cohort === undefined || (p.sex === 'unknown' && p.age === undefined), {
    message: 'a cohort has no single sex or age: use sex "unknown" and cohort.meanAge',
  })
  .refine((p) => !p.cohort || (p.cohort.female ?? 0) + (p.cohort.male ?? 0) <= p.cohort.patients, {
    message: 'female + male exceeds the number of patients',
  });

const site = z
  .object({
    kind: z.enum(siteKinds),
    /** Spinal levels involved or treated, C0…S5 (also for a non-spinal index lesion with spinal treatment). */
    levels: spineLevels.optional(),
    /** Bone or region named in words, when it is not (only) a spinal level. */
    bone: localized.optional(),
  })
  .strict()
  .refine((s) => s.kind !== 'spine' || s.levels !== undefined || s.bone !== undefined, {
    message: 'a spinal site needs levels or, when the seed gives none, a bone/region text',
  });

const histology = z.object({ id: idSchema, label: localized }).strict();

/** Builds a strict input object whose keys are a sum score's components and values its option ids. */
function choiceInput<C extends string>(
  components: readonly { id: C; options: readonly { id: string }[] }[],
): Record<C, z.ZodOptional<z.ZodEnum<Record<string, string>>>> {
  const shape = {} as Record<C, z.ZodOptional<z.ZodEnum<Record<string, string>>>>;
  for (const c of components) shape[c.id] = z.enum(c.options.map((o) => o.id) as [string, ...string[]]).optional();
  return shape;
}

/** SINS as the calculator's URL takes it: a level (or the location category) plus the five other items. */
const sinsInput = z
  .object({ level: spineLevel.optional(), ...choiceInput<SinsComponentId>(sinsDefinition.components) })
  .strict()
  .refine((i) => !(i.level !== undefined && i.location !== undefined), 'give level or location, not both');

const tokuhashiInput = z.object(choiceInput<TokuhashiComponentId>(tokuhashiDefinition.components)).strict();

/** Pain response as the calculator's URL takes it: VAS 0–10 before/after, ODI 0–100 optional. */
const vas = z.number().min(0).max(10);
const odi = z.number().min(0).max(100);
const painInput = z
  .object({ vasBefore: vas, vasAfter: vas, odiBefore: odi.optional(), odiAfter: odi.optional() })
  .strict()
  .refine((p) => (p.odiBefore === undefined) === (p.odiAfter === undefined), 'give both ODI values or neither');

const scoreBase = {
  /** The total the source itself states, when it states one (checked against the calculator in tests). */
  expertTotal: z.number().optional(),
  /** What the inputs rest on and anything the reader must know (a discrepancy, a missing item). */
  note: localized,
};

const caseScore = z.discriminatedUnion('score', [
  z.object({ score: z.literal('sins'), input: sinsInput, ...scoreBase }).strict(),
  z.object({ score: z.literal('tokuhashi'), input: tokuhashiInput, ...scoreBase }).strict(),
  z.object({ score: z.literal('pain-response'), input: painInput, ...scoreBase }).strict(),
]);
export type CaseScore = z.infer<typeof caseScore>;

const timelineStep = z
  .object({
    phase: z.enum(casePhases),
    when: localized.optional(),
    text: localized,
    /** Set when the step is our inference, not stated by the source: says what is inferred and from what. */
    inferred: localized.optional(),
  })
  .strict();

/**
 * A reference id. The site's collection (src/content.config.ts) passes one that also checks, through Astro's
 * reference(), that the entry exists; the content check and the tests use the plain id.
 */
type RefLink = z.ZodType<string, string>;

/** A case question is a question (question-body.ts, the bank's too) asked at a point of the story. */
const quizQuestionWith = (refLink: RefLink) => questionVariants({
  /** Kebab-case, unique within the case. */
  id: idSchema,
  /** The timeline phase after which the question is asked: the case page reveals the story up to the last step of that phase. */
  afterPhase: z.enum(casePhases),
  kind: z.enum(quizKinds),
  /** Reference id (content/references.yaml) that backs the answer. */
  ref: refLink,
  /** Cognitive level and curriculum facts (see question-schema.ts); the item checks require them. */
  level: itemLevelSchema.optional(),
  facts: itemFactsSchema.optional(),
});
export type CaseQuizQuestion = z.infer<ReturnType<typeof quizQuestionWith>>;

/** A documented case, its reference ids checked by `refLink` (see RefLink). */
export const caseSchemaWith = (refLink: RefLink) => z
  .object({
    /** Kebab-case, equal to the file name (content/cases/<id>.yaml) and the URL segment /{lang}/cases/<id>/. */
    id: idSchema,
    /**
     * Position in every list of cases (cases index, home, lecture decks, progress, quiz data): the case table of
     * the curriculum. Unique across the cases (the content check says which two clash).
     */
    order: z.number().int().min(1),
    /** The seed document the case comes from. */
    seed: z.enum(caseSeeds),
    title: localized,
    summary: oneLine,
    patient,
    site,
    histology,
    techniques: uniqueList(z.enum(caseTechniques)).min(1),
    /** Needle path or vascular access, where the seed gives it. */
    approach: localized.optional(),
    presentation: localized,
    /** Imaging findings as described in words: the seeds carry no usable images. */
    imaging: localized,
    scores: z.array(caseScore).optional(),
    /** What was decided and why. */
    decision: localized,
    procedure: localized,
    outcome: localized,
    teachingPoints: z.array(localized).min(3).max(5),
    timeline: z.array(timelineStep).min(3),
    quiz: z.array(quizQuestionWith(refLink)).min(2).max(4),
    /** Details the source does not state but the case infers (e.g. from where the case sits in the source), shown as such. */
    inferences: z.array(localized).optional(),
    /** Curriculum modules the case exercises, M1…M15. */
    modules: uniqueList(moduleId).min(1),
    /** Calculators the case links to. */
    tools: uniqueList(z.enum(scoreIds)).default([]),
    /** Reference ids (content/references.yaml), the seed itself first. */
    refs: uniqueList(refLink).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    // Multi-session cases may return to 'procedure' after a 'follow-up', so the order is not enforced.
    const phases = new Set(c.timeline.map((s) => s.phase));
    const quizIds = new Set<string>();
    c.quiz.forEach((q, i) => {
      if (quizIds.has(q.id)) ctx.addIssue({ code: 'custom', path: ['quiz', i, 'id'], message: `duplicate quiz id "${q.id}"` });
      quizIds.add(q.id);
      if (!phases.has(q.afterPhase))
        ctx.addIssue({ code: 'custom', path: ['quiz', i, 'afterPhase'], message: `no "${q.afterPhase}" step in the timeline` });
      if (!c.refs.includes(q.ref))
        ctx.addIssue({ code: 'custom', path: ['quiz', i, 'ref'], message: `"${q.ref}" is not in the case refs` });
    });
    (c.scores ?? []).forEach((s, i) => {
      if (!(c.tools as readonly string[]).includes(s.score))
        ctx.addIssue({ code: 'custom', path: ['scores', i, 'score'], message: `"${s.score}" is scored but not listed in tools` });
    });
  });
export const caseSchema = caseSchemaWith(idSchema);
export type CaseStudy = z.infer<typeof caseSchema>;
