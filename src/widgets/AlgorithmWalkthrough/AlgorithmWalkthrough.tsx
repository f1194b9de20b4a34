import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT, provideStrings, type UiStrings } from '../shared/ui-strings';
import type { AlgorithmId } from '../../core/algorithms/registry';
import { walk, type DecisionGraph, type NodeId } from '../../core/algorithms/decision-graph';
import { parsePathQuery, pathNoticeText, pathQueryString, type PathNotice } from '../../core/algorithms/path-query';
import { answersToNode } from '../../core/algorithms/graph-route';
import { useUrlState } from '../shared/useUrlState';
import { Flowchart, type Zoom } from './Flowchart';
import { chartBreakpointRem, type Chart } from '../shared/flowchart-chart';
import '../shared/widget.css';
// Its stylesheet is linked by the Astro wrapper, so only pages that show a walkthrough load it.

export interface RefLabel {
  /** Short citation, e.g. "Gangi 2010". */
  label: string;
  /** Where the citation links (the page's reference list), if anywhere. */
  href?: string;
}

interface Props {
  /** This island's UI strings in `lang`, resolved by its Astro wrapper (core/i18n/island-keys.ts). */
  strings?: UiStrings;
  lang: Locale;
  /** The one graph this island shows, passed by the wrapper so the page does not ship the other four. */
  graph: DecisionGraph<AlgorithmId>;
  /** Its flowchart, laid out at build time (flowchart-geometry.ts, dagre), so the page ships no layout code. */
  chart: Chart;
  /** On the algorithm's own page the path lives in the URL (`?path=…`); embedded in a lesson it does not. */
  syncUrl?: boolean;
  /** Reference id → short citation, built at build time so the island does not ship the bibliography. */
  refLabels?: Readonly<Record<string, RefLabel>>;
  /** Level of the question heading: 2 under a page's h1, 3 inside a lesson section. */
  headingLevel?: 2 | 3;
}

export default function AlgorithmWalkthrough({ lang, graph, chart, syncUrl = false, refLabels = {}, headingLevel = 3, strings }: Props) {
  provideStrings(lang, strings);
  const t = getT(lang);
  const id = graph.id;
  const uid = `algo${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [answers, setAnswers] = useState<string[]>([]);
  const [notices, setNotices] = useState<PathNotice[]>([]);
  const [zoom, setZoom] = useState<Zoom>(null);
  const wide = zoom !== null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);

  const query = pathQueryString(answers);
  useUrlState(syncUrl, (search) => {
    const parsed = parsePathQuery(graph, search);
    setAnswers(parsed.answers);
    setNotices(parsed.notices);
  }, query);

  const result = useMemo(() => walk(graph, answers), [graph, answers]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    headingRef.current?.focus();
  }, [answers]);

  /** Every user move goes through here: new answers, focus to the new heading, the old link's notices gone. */
  const go = (next: string[]) => {
    focusPending.current = true;
    setNotices([]);
    setAnswers(next);
  };

  const H = headingLevel === 2 ? 'h2' : 'h3';
  const H2 = headingLevel === 2 ? 'h3' : 'h4';
  const step = result.path.length + 1;
  const visited = result.kind === 'broken' ? result.path.map((s) => s.nodeId) : [...result.path.map((s) => s.nodeId), result.nodeId];
  const current = result.kind === 'broken' ? undefined : result.nodeId;
  /**
   * A flowchart box: its step along the current walk if the box is on it, else the first route to it; for one
   * of the copies of a box drawn once per question, the first route through that copy's question.
   */
  const jump = (nodeId: NodeId, via?: NodeId) => {
    const viaNode = via === undefined ? undefined : graph.nodes[via];
    const option = viaNode?.kind === 'question' && visited[visited.indexOf(nodeId) - 1] !== via ? viaNode.options.find((o) => o.next === nodeId) : undefined;
    const toVia = option ? answersToNode(graph, via as NodeId, answers) : undefined;
    const route = toVia && option ? [...toVia, option.id] : answersToNode(graph, nodeId, answers);
    if (route) go(route);
  };
  const announcement =
    result.kind === 'at-question'
      ? t('algo.announceQuestion', { n: step, text: result.node.text[lang] })
      : result.kind === 'at-recommendation'
        ? t('algo.announceRecommendation', { title: result.node.title[lang] })
        : '';
  const headingId = `${uid}-heading`;
  const cite = (ref: string) => {
    const entry = refLabels[ref];
    const label = entry?.label ?? ref;
    return entry?.href ? <a href={entry.href}>{label}</a> : <span>{label}</span>;
  };
  const refList = (refs: readonly string[]) => (
    <ul className="algo__refs">
      {refs.map((ref) => <li key={ref} data-ref={ref}>{cite(ref)}</li>)}
    </ul>
  );

  return (
    <section
      className={`algo algo--beside-${chartBreakpointRem(chart)}${syncUrl ? ' algo--page' : ''}${wide ? ' algo--wide' : ''}`}
      style={{ '--chart-w': `${chart.width}px` } as CSSProperties}
      aria-label={graph.title[lang]}
      data-widget="algorithm"
      data-algorithm={id}
    >
      <div className="algo__layout">
        <div className="algo__walk">
          {notices.length > 0 && (
            <div className="query-notices" role="status" data-testid="algo-notices">
              <p><strong>{t('algo.notices')}</strong></p>
              <ul>{notices.map((n, i) => <li key={i}>{pathNoticeText(n, lang)}</li>)}</ul>
            </div>
          )}

          {graph.about && (
            <details className="algo__about" open data-testid="algo-about">
              <summary>{t('algo.about')}</summary>
              <p>{graph.about[lang]}</p>
            </details>
          )}

          <div className="algo__crumbs">
            <p className="algo__crumbs-title" id={`${uid}-crumbs`}>{t('algo.breadcrumbs')}</p>
            <ol aria-labelledby={`${uid}-crumbs`} data-testid="algo-breadcrumbs">
              {result.path.map((s, i) => (
                <li key={i} data-step={i + 1}>
                  <button type="button" className="algo__crumb" onClick={() => go(answers.slice(0, i))} data-crumb={i + 1} data-answer={s.option.id}>
                    <span className="visually-hidden">{t('algo.crumbBack', { n: i + 1, question: s.question.text[lang] })} </span>
                    <span className="algo__crumb-n" aria-hidden="true">{i + 1}</span>
                    {s.option.label[lang]}
                  </button>
                </li>
              ))}
              {result.kind !== 'broken' && (
                <li aria-current="step" className="algo__crumb-current">
                  {result.kind === 'at-question' ? t('algo.question', { n: step }) : t('algo.recommendation')}
                </li>
              )}
            </ol>
          </div>

          {result.kind === 'at-question' && (
            <div className="algo__step" data-node={result.nodeId}>
              <p className="algo__eyebrow">{t('algo.question', { n: step })}</p>
              <H ref={headingRef} id={headingId} tabIndex={-1} className="algo__heading" data-testid="algo-question">
                {result.node.text[lang]}
              </H>
              <div className="algo__why">
                <p><strong>{t('algo.why')}: </strong>{result.node.why[lang]}</p>
              </div>
              <div role="group" aria-labelledby={headingId} className="algo__options">
                <p className="visually-hidden">{t('algo.answers')}</p>
                <ul>
                  {result.node.options.map((o) => (
                    <li key={o.id}>
                      <button type="button" className="algo__option" data-option={o.id} onClick={() => go([...answers, o.id])}>
                        {o.label[lang]}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}

          {result.kind === 'at-recommendation' && (
            <div className="algo__step algo__step--recommendation" data-node={result.nodeId}>
              <p className="algo__eyebrow">{t('algo.recommendation')}</p>
              <H ref={headingRef} id={headingId} tabIndex={-1} className="algo__heading" data-testid="algo-recommendation" data-node={result.nodeId}>
                {result.node.title[lang]}
              </H>
              <p className="algo__explanation">{result.node.explanation[lang]}</p>
              {result.node.notes?.map((note, i) => (
                <aside key={i} className={`note note--${note.kind} algo__note`} data-note={note.kind} data-testid="algo-note">
                  <p className="note__title">{t(`note.${note.kind}`)}: {note.title[lang]}</p>
                  <p>{note.text[lang]}</p>
                </aside>
              ))}
              {result.node.alternatives && result.node.alternatives.length > 0 && (
                <>
                  <H2 className="algo__subheading">{t('algo.alternatives')}</H2>
                  <ul className="algo__alternatives">
                    {result.node.alternatives.map((a, i) => <li key={i}>{a[lang]}</li>)}
                  </ul>
                </>
              )}
              <H2 className="algo__subheading">{t('algo.sources')}</H2>
              {refList(result.node.refs)}
            </div>
          )}

          <div className="algo__actions">
            <button type="button" onClick={() => go(answers.slice(0, -1))} disabled={answers.length === 0} data-testid="algo-back">
              {t('algo.back')}
            </button>
            <button type="button" onClick={() => go([])} disabled={answers.length === 0} data-testid="algo-restart">
              {t('algo.restart')}
            </button>
            {!syncUrl && <a href={`/${lang}/algorithms/${id}/${query}`}>{t('algo.openPage')}</a>}
          </div>
          <p className="visually-hidden" aria-live="polite" data-testid="algo-announcement">{announcement}</p>
          <p className="meta">{t('algo.disclaimer')}</p>
        </div>

        <Flowchart
          chart={chart}
          lang={lang}
          uid={uid}
          headingLevel={headingLevel}
          visited={visited}
          current={current}
          steps={result.path.map((s) => ({ from: s.nodeId, optionId: s.option.id }))}
          zoom={zoom}
          onZoom={setZoom}
          onJump={jump}
        />
      </div>
    </section>
  );
}
