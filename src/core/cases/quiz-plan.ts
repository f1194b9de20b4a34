import type { CasePhase } from '../content/case-schema';
import type { Locale } from '../i18n/locales';
import { formatNumber } from '../i18n/format-string';

/**
 * The order in which a case quiz unfolds: the timeline one step at a time, each question right after
 * the last step of the phase it names (`afterPhase`), questions of the same step in file order.
 */
export type PlanItem = { kind: 'step'; step: number } | { kind: 'question'; question: number };

export function quizPlan(timeline: readonly { phase: CasePhase }[], quiz: readonly { afterPhase: CasePhase }[]): PlanItem[] {
  const anchorOf = (phase: CasePhase) => {
    for (let i = timeline.length - 1; i >= 0; i--) if (timeline[i]?.phase === phase) return i;
    // The schema refuses a question whose phase has no step; ask it at the end rather than lose it.
    return timeline.length - 1;
  };
  const anchors = quiz.map((q) => anchorOf(q.afterPhase));
  const plan: PlanItem[] = [];
  timeline.forEach((_, step) => {
    plan.push({ kind: 'step', step });
    anchors.forEach((anchor, question) => {
      if (anchor === step) plan.push({ kind: 'question', question });
    });
  });
  if (timeline.length === 0) quiz.forEach((_, question) => plan.push({ kind: 'question', question }));
  return plan;
}

/** Points with at most two decimals and the locale's decimal separator: 2.5 → "2,5" in Italian. */
export function formatPoints(value: number, locale: Locale): string {
  return formatNumber(locale, Number.isFinite(value) ? value : 0, 2);
}
