import type { CaseQuizQuestion, CaseScore } from '../content/case-schema';
import type { Locale } from '../i18n/locales';
import { scoreRegistry, toolHref, type ScoreId } from '../scores/registry';
import { bandFor, type SumScoreDefinition } from '../scores/sum-score';
import { sinsDefinition } from '../scores/sins/sins-definition';
import { scoreSins, type SinsInput } from '../scores/sins/score-sins';
import { sinsQueryString } from '../scores/sins/sins-query';
import { locationOfLevel } from '../scores/sins/spine-levels';
import { tokuhashiDefinition } from '../scores/tokuhashi/tokuhashi-definition';
import { scoreTokuhashi } from '../scores/tokuhashi/score-tokuhashi';
import { tokuhashiQueryString } from '../scores/tokuhashi/tokuhashi-query';
import { assessPainResponse } from '../scores/pain-response/assess-pain-response';
import { painBandTexts, significantReliefText } from '../scores/pain-response/pain-response-definition';
import { painQueryString } from '../scores/pain-response/pain-response-query';

/** A case's score as its page shows it: the inputs in words, what the calculator makes of them, a prefilled link. */
export interface CaseScoreView {
  score: ScoreId;
  name: string;
  /** The calculator with the case's inputs in its URL query. */
  href: string;
  /** The spinal level a SINS input names (its location item follows from it); the page words the label. */
  level?: string;
  items: { label: string; value: string; points?: number }[];
  /** What the course calculator computes from the same inputs. */
  computed: { kind: 'total'; total: number; band: string } | { kind: 'band'; band: string } | { kind: 'incomplete'; missing: string[] };
  expertTotal?: number;
  note: string;
}

/** The calculator URL query for a case score (the tools' public URL contracts). */
export function caseScoreQuery(score: CaseScore): string {
  switch (score.score) {
    case 'sins':
      return sinsQueryString(score.input);
    case 'tokuhashi':
      return tokuhashiQueryString(score.input);
    case 'pain-response':
      return painQueryString(score.input);
  }
}

function sumItems<C extends string>(def: SumScoreDefinition<C>, input: Partial<Record<C, string>>, lang: Locale) {
  return def.components.flatMap((c) => {
    const option = c.options.find((o) => o.id === input[c.id]);
    return option ? [{ label: c.label[lang], value: option.label[lang], points: option.points }] : [];
  });
}

export function caseScoreView(score: CaseScore, lang: Locale): CaseScoreView {
  const base = {
    score: score.score,
    name: scoreRegistry[score.score].name[lang],
    href: toolHref(lang, score.score, caseScoreQuery(score)),
    expertTotal: score.expertTotal,
    note: score.note[lang],
  };
  switch (score.score) {
    case 'sins': {
      const { level, ...rest } = score.input;
      const location = level ? locationOfLevel(level) : rest.location;
      const items = sumItems(sinsDefinition, { ...rest, location }, lang);
      const r = scoreSins(score.input);
      return {
        ...base,
        ...(level ? { level } : {}),
        items,
        computed:
          r.kind === 'result'
            ? { kind: 'total', total: r.total, band: bandFor(sinsDefinition.bands, r.total).label[lang] }
            : { kind: 'incomplete', missing: r.kind === 'incomplete' ? r.missing.map((m) => sinsDefinition.components.find((c) => c.id === m)?.label[lang] ?? m) : [] },
      };
    }
    case 'tokuhashi': {
      const r = scoreTokuhashi(score.input);
      return {
        ...base,
        items: sumItems(tokuhashiDefinition, score.input, lang),
        computed:
          r.kind === 'result'
            ? { kind: 'total', total: r.total, band: bandFor(tokuhashiDefinition.bands, r.total).label[lang] }
            : { kind: 'incomplete', missing: r.kind === 'incomplete' ? r.missing.map((m) => tokuhashiDefinition.components.find((c) => c.id === m)?.label[lang] ?? m) : [] },
      };
    }
    case 'pain-response': {
      const i = score.input;
      const items = [{ label: 'VAS', value: `${i.vasBefore} → ${i.vasAfter}` }];
      if (i.odiBefore !== undefined && i.odiAfter !== undefined) items.push({ label: 'ODI', value: `${i.odiBefore} → ${i.odiAfter}` });
      const r = assessPainResponse(i);
      const band =
        r.kind === 'result'
          ? [painBandTexts[r.band].label[lang], ...(r.significant ? [significantReliefText.label[lang]] : [])].join(' · ')
          : '—';
      return { ...base, items, computed: r.kind === 'result' ? { kind: 'band', band } : { kind: 'incomplete', missing: [] } };
    }
  }
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
