import type { CaseQuizQuestion, CaseScore } from '../content/case-schema';
import type { Locale } from '../i18n/locales';
import { scoreRegistry, toolHref, type ScoreId } from '../scores/registry';
import { scoreSummary } from '../scores/score-summary';
import type { SinsInput } from '../scores/sins/score-sins';

/** A case's score as its page shows it: the inputs in words, what the calculator makes of them, a prefilled link. */
export interface CaseScoreView {
  score: ScoreId;
  name: string;
  /** The calculator with the case's inputs in its URL query. */
  href: string;
  /** The input that stands for a component (the SINS spinal level; its location item follows from it); the page words the label. */
  level?: string;
  items: { label: string; value: string; points?: number }[];
  /** What the course calculator computes from the same inputs. */
  computed: { kind: 'total'; total: number; band: string } | { kind: 'band'; band: string } | { kind: 'incomplete'; missing: string[] };
  expertTotal?: number;
  note: string;
}

/** The calculator URL query for a case score (the tool's public URL contract, from its registry entry). */
export function caseScoreQuery(score: CaseScore): string {
  return scoreSummary(scoreRegistry[score.score], score.input).query;
}

/** Any case score through its registry entry: no score is special-cased here. */
export function caseScoreView(score: CaseScore, lang: Locale): CaseScoreView {
  const entry = scoreRegistry[score.score];
  const { facts, outcome, query } = scoreSummary(entry, score.input);
  const derived = entry.sumScore ? facts.find((f) => f.given && f.points === undefined) : undefined;
  const items = facts
    .filter((f) => f !== derived && f.given !== false)
    .map((f) => ({ label: f.label[lang], value: f.value[lang], ...(f.points !== undefined ? { points: f.points } : {}) }));
  const w = entry.words;
  const computed: CaseScoreView['computed'] =
    outcome.kind === 'total' ? { kind: 'total', total: outcome.total, band: w.band(outcome.band, lang) }
      : outcome.kind === 'band' ? { kind: 'band', band: [w.band(outcome.band, lang), ...outcome.flags.map((f) => w.flag(f, lang))].join(' · ') }
        : { kind: 'incomplete', missing: outcome.kind === 'incomplete' ? outcome.missing.map((m) => w.field(m, lang)) : [] };
  return {
    score: score.score,
    name: entry.name[lang],
    href: toolHref(lang, score.score, query),
    ...(derived ? { level: derived.value[lang] } : {}),
    items,
    computed,
    expertTotal: score.expertTotal,
    note: score.note[lang],
  };
}

/**
 * The SINS input of a case when a quiz question asks for its total: a numeric 'score' question whose
 * answer is the total the source states for the case's SINS. Such a question can be scored item by item.
 */
export function sinsTotalInputFor(question: CaseQuizQuestion, scores: readonly CaseScore[] | undefined): { input: SinsInput; expertTotal: number } | null {
  if (question.type !== 'numeric' || question.kind !== 'score') return null;
  for (const s of scores ?? []) {
    if (s.score === 'sins' && s.expertTotal !== undefined && s.expertTotal === question.correct) return { input: s.input, expertTotal: s.expertTotal };
  }
  return null;
}

export { sinsDifferences } from './sins-differences';
