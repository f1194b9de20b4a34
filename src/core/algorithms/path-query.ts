import type { Locale } from '../i18n/locales';
import { walk, type DecisionGraph, type WalkResult } from './decision-graph';

/**
 * The URL contract of /{lang}/algorithms/<id>/: one parameter, `path`, holding the chosen option ids
 * joined by '.', e.g. `?path=palliative.size-reduction.canal`. No parameter means "at the first question".
 * Parsing is tolerant: case, blanks and empty steps are ignored, and an illegal step keeps the valid
 * prefix and reports a notice instead of failing.
 */
export const pathParam = 'path';
export const pathSeparator = '.';

export type PathNotice =
  /** The step at `at` is not an option there; it and the `dropped` steps after it were ignored. */
  | { kind: 'illegal-step'; at: number; step: string; allowed: readonly string[]; dropped: readonly string[] }
  /** The path reached a recommendation before its end; the remaining steps were ignored. */
  | { kind: 'after-recommendation'; at: number; dropped: readonly string[] }
  /** The link names a node the graph does not have (a broken graph; validateGraph explains). */
  | { kind: 'broken-graph'; missing: string }
  | { kind: 'unknown-param'; param: string; value: string }
  /** `path` was given more than once: the first one is used. */
  | { kind: 'repeated-param'; value: string };

export type ParsedPath = {
  /** The valid prefix of the requested path. */
  answers: string[];
  /** Where the valid prefix leads: never 'invalid'. */
  result: Exclude<WalkResult, { kind: 'invalid' }>;
  notices: PathNotice[];
};

/** Splits a raw `path` value into steps: lowercase, trimmed, empty steps dropped. */
export function splitPath(raw: string): string[] {
  return raw
    .split(pathSeparator)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
}

export function formatPath(answers: readonly string[]): string {
  return answers.join(pathSeparator);
}

/** `?path=a.b`, or '' for the empty path, so the root page keeps a clean URL. */
export function pathQueryString(answers: readonly string[]): string {
  if (answers.length === 0) return '';
  const params = new URLSearchParams();
  params.set(pathParam, formatPath(answers));
  return `?${params.toString()}`;
}

/** Walks `answers` as far as they are legal; everything after the first illegal step becomes a notice. */
export function parsePath(graph: DecisionGraph, answers: readonly string[]): ParsedPath {
  const notices: PathNotice[] = [];
  const result = walk(graph, answers);
  if (result.kind !== 'invalid') {
    if (result.kind === 'broken') notices.push({ kind: 'broken-graph', missing: result.missing });
    return { answers: result.path.map((s) => s.option.id), result, notices };
  }
  const valid = answers.slice(0, result.at);
  const dropped = answers.slice(result.at + 1);
  if (result.reason === 'after-recommendation') {
    notices.push({ kind: 'after-recommendation', at: result.at, dropped: answers.slice(result.at) });
  } else {
    notices.push({ kind: 'illegal-step', at: result.at, step: result.answer, allowed: result.allowed, dropped });
  }
  const prefix = walk(graph, valid);
  // The prefix was walked successfully a moment ago, so it cannot be invalid; keep the type honest anyway.
  const settled: ParsedPath['result'] =
    prefix.kind === 'invalid' ? { kind: 'broken', missing: prefix.nodeId, path: prefix.path } : prefix;
  return { answers: valid, result: settled, notices };
}

/** Reads a query string (with or without '?') or URLSearchParams for `graph`. Never throws. */
export function parsePathQuery(graph: DecisionGraph, search: string | URLSearchParams): ParsedPath {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: PathNotice[] = [];
  let raw: string | undefined;
  for (const [param, value] of params) {
    if (param !== pathParam) notices.push({ kind: 'unknown-param', param, value });
    else if (raw === undefined) raw = value;
    else notices.push({ kind: 'repeated-param', value });
  }
  const parsed = parsePath(graph, splitPath(raw ?? ''));
  return { ...parsed, notices: [...notices, ...parsed.notices] };
}

/** A one-line explanation of a notice, for the page to show next to the walkthrough. */
export function pathNoticeText(n: PathNotice, locale: Locale): string {
  const it = locale === 'it';
  switch (n.kind) {
    case 'illegal-step': {
      const ignored = [n.step, ...n.dropped].join(pathSeparator);
      return it
        ? `Passaggio non valido al punto ${n.at + 1}: «${n.step}» (ammessi: ${n.allowed.join(', ')}). Ignorato: ${ignored}`
        : `Invalid step ${n.at + 1}: "${n.step}" (allowed: ${n.allowed.join(', ')}). Ignored: ${ignored}`;
    }
    case 'after-recommendation':
      return it
        ? `Il percorso arriva già a una raccomandazione; passaggi in più ignorati: ${n.dropped.join(pathSeparator)}`
        : `The path already reaches a recommendation; extra steps ignored: ${n.dropped.join(pathSeparator)}`;
    case 'broken-graph':
      return it ? `Algoritmo incompleto: manca il nodo «${n.missing}»` : `Incomplete algorithm: node "${n.missing}" is missing`;
    case 'unknown-param':
      return it ? `Parametro sconosciuto ignorato: ${n.param}` : `Unknown parameter ignored: ${n.param}`;
    case 'repeated-param':
      return it
        ? `Parametro ${pathParam} ripetuto: usato il primo, ignorato ${n.value}`
        : `Parameter ${pathParam} repeated: the first one is used, ${n.value} ignored`;
  }
}
