import type { Locale, Localized } from '../i18n/locales';
import type { SumScoreDefinition } from './sum-score';
import { sumScoreTool, type SumScoreTool } from './sum-score-tool';
import type { ToolDefinition } from './tool';
import type { ScoreFact } from './score-summary';
import { toolMeta, type ToolMeta } from './tool-meta';
import { sinsDefinition } from './sins/sins-definition';
import { sinsTool } from './sins/sins-tool';
import { tokuhashiDefinition } from './tokuhashi/tokuhashi-definition';
import { tokuhashiTool } from './tokuhashi/tokuhashi-tool';
import { painBandTexts, significantReliefText } from './pain-response/pain-response-texts';
import { painFacts, painResultText } from './pain-response/pain-response-summary';
import { esccTool } from './tools/escc-tool';
import { nomsTool } from './tools/noms-tool';
import { painResponseTool } from './tools/pain-response-tool';
import { radiosensitivityTool } from './tools/radiosensitivity-tool';

export { toolHref, type ScoreId } from './score-ids';

/**
 * One entry per calculator: its behaviour (evaluate, the URL contract, describe a result as codes), its name
 * and references, and the wording of its codes for build-time views. Tool pages, case scores, decks and
 * copy-text ask the entry, so none of them switches on score ids. A sum score is one line: its definition's
 * data makes the rest (`sumScoreEntry`), and the generic calculator (widgets/SumScoreCalculator) renders it.
 * Islands import the one tool they run (e.g. ./sins/sins-tool.ts), never this file: it holds every wording.
 */
export interface ToolWords {
  field(field: string, lang: Locale): string;
  value(field: string, value: string, lang: Locale): string;
  band(band: string, lang: Locale): string;
  flag(flag: string, lang: Locale): string;
}

export interface RegistryEntry<I = never, R = unknown> extends ToolMeta {
  id: string;
  /** The segment after /{lang}/tools/: the id, so routes never derive it. */
  path: string;
  tool: ToolDefinition<I, R>;
  /** A sum score's definition (points and wording): what the generic calculator renders. */
  sumScore?: SumScoreDefinition;
  words: ToolWords;
  /** How a case page and a deck list the input, when the generic list of described items does not fit. */
  facts?(input: I): ScoreFact[];
  /** The result in words for a deck, when a band and its flags say too little (the pain response's fall). */
  resultText?(input: I): Localized;
}

const same = (text: string): Localized => ({ it: text, en: text });

/**
 * A sum score's registry entry from its definition: the generic tool (unless `tool` is given, as SINS gives
 * its level-aware one), the definition's name and description, and the wording of every code.
 */
export function sumScoreEntry(
  def: SumScoreDefinition,
  options: { tool?: SumScoreTool; meta?: ToolMeta; fields?: Readonly<Record<string, Localized>> } = {},
): RegistryEntry<Record<string, string | undefined>> & { tool: SumScoreTool; sumScore: SumScoreDefinition } {
  const component = (id: string) => def.components.find((c) => c.id === id);
  const meta = options.meta ?? { name: def.name, description: def.description ?? def.name, refs: def.refs };
  return {
    id: def.id,
    path: def.id,
    ...meta,
    tool: options.tool ?? sumScoreTool({ id: def.id, points: def }),
    sumScore: def,
    words: {
      field: (field, lang) => component(field)?.label[lang] ?? options.fields?.[field]?.[lang] ?? field,
      value: (field, value, lang) => component(field)?.options.find((o) => o.id === value)?.label[lang] ?? value,
      band: (band, lang) => def.bands.find((b) => b.code === band)?.label[lang] ?? band,
      flag: (flag) => flag,
    },
  };
}

/** Codes worded by a table; what has no words reads as itself (never blank). */
const wordsFrom = (bands: Readonly<Record<string, Localized>>, fields: Readonly<Record<string, Localized>> = {}, flags: Readonly<Record<string, Localized>> = {}): ToolWords => ({
  field: (f, lang) => fields[f]?.[lang] ?? f,
  value: (_f, v) => v,
  band: (b, lang) => bands[b]?.[lang] ?? b,
  flag: (f, lang) => flags[f]?.[lang] ?? f,
});

const entry = <I, R>(id: keyof typeof toolMeta, tool: ToolDefinition<I, R>, words: ToolWords, more: Pick<RegistryEntry<I, R>, 'facts' | 'resultText'> = {}): RegistryEntry<I, R> =>
  ({ id, path: id, ...toolMeta[id], tool, words, ...more });

export const scoreRegistry = {
  sins: sumScoreEntry(sinsDefinition, { tool: sinsTool, meta: toolMeta.sins, fields: { level: { it: 'Livello', en: 'Level' } } }),
  tokuhashi: sumScoreEntry(tokuhashiDefinition, { tool: tokuhashiTool, meta: toolMeta.tokuhashi }),
  escc: entry('escc', esccTool, wordsFrom({}, { escc: same('ESCC') }, { low: { it: 'basso grado', en: 'low grade' }, high: { it: 'alto grado', en: 'high grade' } })),
  radiosensitivity: entry('radiosensitivity', radiosensitivityTool, wordsFrom({})),
  noms: entry('noms', nomsTool, wordsFrom({})),
  'pain-response': entry('pain-response', painResponseTool, wordsFrom(
    Object.fromEntries(Object.entries(painBandTexts).map(([k, v]) => [k, v.label])),
    { vasBefore: { it: 'VAS prima', en: 'VAS before' }, vasAfter: { it: 'VAS dopo', en: 'VAS after' }, odiBefore: { it: 'ODI prima', en: 'ODI before' }, odiAfter: { it: 'ODI dopo', en: 'ODI after' } },
    { significant: significantReliefText.label },
  ), { facts: painFacts, resultText: painResultText }),
};

export const scoreIds = Object.keys(scoreRegistry) as (keyof typeof scoreRegistry)[];

export function isScoreId(value: unknown): value is keyof typeof scoreRegistry {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(scoreRegistry, value);
}

/** The definition of a registered sum score (what the generic calculator renders), or undefined. */
export function sumScoreDefinitionOf(id: string): SumScoreDefinition | undefined {
  return isScoreId(id) ? (scoreRegistry[id] as RegistryEntry<never>).sumScore : undefined;
}

/** Every registered sum score's id: each gets the generic calculator unless a wrapper of its own is registered. */
export const sumScoreIds: readonly string[] = scoreIds.filter((id) => sumScoreDefinitionOf(id) !== undefined);
