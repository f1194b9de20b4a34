import type { Locale } from '../../i18n/locales';
import { esccGradeTexts, type EsccGradeTexts } from '../escc/escc-definition';
import { esccGradeIds, type EsccGrade } from '../escc/escc-grades';
import { nomsRulesForGrade } from '../escc/escc-in-noms';
import { classifyRadiosensitivity } from '../radiosensitivity/classify-radiosensitivity';
import { histologies, nomsRadiosensitivityLabels, type NomsRadiosensitivity } from '../radiosensitivity/histologies';
import { scoreRegistry } from '../registry';
import { sinsDefinition } from '../sins/sins-definition';
import type { SinsBand, SinsComponentId } from '../sins/sins-points';
import { sumScoreIn, type SumScoreDefinition } from '../sum-score';
import { stepTexts, type NomsStepCode } from './noms-recommendations';
import { nomsNotes, nomsRules, type NomsNote, type NomsNoteId, type NomsRuleId } from './noms-rules';

/**
 * One locale's wording of every NOMS code (steps, rules, notes), resolved on the server by an island's Astro
 * wrapper and passed as a prop: the island ships the decision (codes), the page carries the sentences.
 */
export interface NomsTexts {
  /** The tool's name, first line of the copied summary. */
  name: string;
  steps: Readonly<Record<NomsStepCode, { label: string; short: string; explanation: string }>>;
  rules: Readonly<Record<NomsRuleId, { when: string; then: string }>>;
  notes: Readonly<Record<NomsNoteId, { kind: NomsNote['kind']; title: string; text: string }>>;
  /** SINS, the mechanical assessment, with its wording in this locale only. */
  sins: SumScoreDefinition<SinsComponentId, SinsBand>;
  /** The ESCC grades (the neurologic assessment), worded in this locale. */
  escc: EsccGradeTexts;
  /** The histologies of the oncologic assessment, in the radiosensitivity tool's order. */
  histologies: readonly NomsHistologyText[];
  /** The two NOMS radiosensitivity categories, worded. */
  categories: Readonly<Record<NomsRadiosensitivity, string>>;
}

export interface NomsHistologyText {
  id: string;
  label: string;
  /** The studies of the radiosensitivity table disagree on it (asked of the radiosensitivity core). */
  disagreement: boolean;
}

const mapValues = <K extends string, V, W>(record: Readonly<Record<K, V>>, f: (v: V) => W): Record<K, W> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as V)])) as Record<K, W>;

export function nomsTexts(lang: Locale): NomsTexts {
  return {
    name: scoreRegistry.noms.name[lang],
    steps: mapValues(stepTexts, (s) => ({ label: s.label[lang], short: s.short[lang], explanation: s.explanation[lang] })),
    rules: mapValues(nomsRules, (r) => ({ when: r.when[lang], then: r.then[lang] })),
    notes: mapValues(nomsNotes, (n) => ({ kind: n.kind, title: n.title[lang], text: n.text[lang] })),
    sins: sumScoreIn(sinsDefinition, lang),
    escc: esccGradeTexts(lang),
    histologies: histologies.map((h) => {
      const c = classifyRadiosensitivity(h.id);
      return { id: h.id, label: h.label[lang], disagreement: c.kind === 'result' && c.disagreement };
    }),
    categories: mapValues(nomsRadiosensitivityLabels, (l) => l[lang]),
  };
}

/** The ESCC picker's "in NOMS" lines per grade, asked of the NOMS core on the server, in one locale. */
export interface EsccNomsTexts {
  name: string;
  /** The grades, worded in this locale. */
  escc: EsccGradeTexts;
  byGrade: Readonly<Record<EsccGrade, readonly { id: NomsRuleId; text: string }[]>>;
}

export function esccNomsTexts(lang: Locale): EsccNomsTexts {
  const byGrade = Object.fromEntries(
    esccGradeIds.map((g) => [g, nomsRulesForGrade(g).map((r) => ({ id: r.id, text: `${r.when[lang]} → ${r.then[lang]}` }))]),
  ) as Record<EsccGrade, { id: NomsRuleId; text: string }[]>;
  return { name: scoreRegistry.escc.name[lang], escc: esccGradeTexts(lang), byGrade };
}
