import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { NodeId } from '../../core/algorithms/decision-graph';
import { boxKey, boxOnPath, chartMetrics as m, labelBaselines, labelTextX, nodeBaseline, type Chart } from '../shared/flowchart-chart';

/** Zoom steps: null fits the chart to its box (the whole chart at a glance, also on a phone), numbers are shares of full size. */
export const zoomSteps = [null, 0.5, 0.75, 1, 1.5] as const;
export type Zoom = (typeof zoomSteps)[number];

interface Props {
  chart: Chart;
  lang: Locale;
  uid: string;
  headingLevel: 2 | 3;
  /** Nodes of the path so far, root first (the current node last). */
  visited: readonly NodeId[];
  current: NodeId | undefined;
  /** The answers taken, as (question, option) pairs, to highlight the arrows and labels used. */
  steps: readonly { from: NodeId; optionId: string }[];
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  /** Jump to a node; `via` is the question whose copy of the box was chosen (a box drawn once per question). */
  onJump: (nodeId: NodeId, via?: NodeId) => void;
}

/** The whole algorithm as an SVG flowchart: path highlighted, every box a button that jumps to its step. */
export function Flowchart({ chart, lang, uid, headingLevel, visited, current, steps, zoom, onZoom, onJump }: Props) {
  const t = getT(lang);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const taken = new Set(steps.map((s) => `${s.from}\u0000${s.optionId}`));
  const edgeTaken = (from: NodeId, optionIds: readonly string[]) => optionIds.some((o) => taken.has(`${from}\u0000${o}`));
  const headingId = `${uid}-chart`;
  const scroller = useRef<HTMLDivElement>(null);
  // The current step's box: of a node drawn once per question, the copy the walk reached it by.
  const currentBox = chart.nodes.find((n) => n.id === current && boxOnPath(n, visited));
  const currentKey = currentBox ? boxKey(currentBox) : undefined;
  // When the chart is larger than its box (zoomed, or a phone), keep the current step in view.
  useEffect(() => {
    const box = scroller.current;
    const node = chart.nodes.find((n) => boxKey(n) === currentKey);
    if (!box || !node) return;
    const scale = box.scrollWidth / chart.width;
    if (box.scrollWidth > box.clientWidth) box.scrollLeft = Math.max(0, node.x * scale - box.clientWidth / 2);
    if (box.scrollHeight > box.clientHeight) box.scrollTop = Math.max(0, (node.y + node.h / 2) * scale - box.clientHeight / 2);
  }, [chart, currentKey, zoom]);
  const step = zoomSteps.indexOf(zoom);
  const zoomBy = (delta: number) => onZoom(zoomSteps[Math.min(zoomSteps.length - 1, Math.max(0, step + delta))] ?? null);
  const zoomText = zoom === null ? t('algo.zoomFit') : `${Math.round(zoom * 100)}%`;
  const arrow = `${uid}-arrow`;
  const key = (nodeId: NodeId, via?: NodeId) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onJump(nodeId, via);
    }
  };
  // Taken arrows last, so they are drawn over the others.
  const edges = [...chart.edges].sort((a, b) => Number(edgeTaken(a.from, a.optionIds)) - Number(edgeTaken(b.from, b.optionIds)));

  return (
    <div className="algo__chart">
      <div className="algo-chart__head">
        <H id={headingId} className="algo-chart__title">{t('algo.chart')}</H>
        <div className="algo-chart__zoom" role="group" aria-label={t('algo.zoom')}>
          <button type="button" onClick={() => zoomBy(-1)} disabled={step === 0} aria-label={t('algo.zoomOut')} data-testid="chart-zoom-out">−</button>
          <output aria-live="polite" data-testid="chart-zoom-level">{zoomText}</output>
          <button type="button" onClick={() => zoomBy(1)} disabled={step === zoomSteps.length - 1} aria-label={t('algo.zoomIn')} data-testid="chart-zoom-in">+</button>
          <button type="button" onClick={() => onZoom(zoom === null ? 1 : null)} data-testid="chart-zoom-toggle">
            {zoom === null ? t('algo.chartEnlarge') : t('algo.zoomFit')}
          </button>
        </div>
      </div>
      <p className="algo-chart__help">{t('algo.chartHelp')}</p>
      {/* Zoomed, the box scrolls both ways; it takes focus so arrow keys scroll it (and touch can pan and pinch inside it). */}
      <div
        className={`algo-chart__scroll${zoom === null ? '' : ' is-zoomed'}`}
        ref={scroller}
        tabIndex={zoom === null ? undefined : 0}
        role={zoom === null ? undefined : 'region'}
        aria-label={zoom === null ? undefined : t('algo.chartScroll')}
        data-testid="algo-chart-box"
      >
        <svg
          className="algo-chart"
          role="group"
          aria-labelledby={headingId}
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          width={chart.width}
          height={chart.height}
          style={zoom === null ? undefined : { width: `${Math.round(chart.width * zoom)}px`, maxWidth: 'none' }}
          data-testid="algo-chart"
        >
          <defs>
            {(['off', 'on'] as const).map((kind) => (
              <marker key={kind} id={`${arrow}-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth={kind === 'on' ? 3.2 : 5} markerHeight={kind === 'on' ? 3.2 : 5} orient="auto-start-reverse" markerUnits="strokeWidth">
                <path d="M0,0 L10,5 L0,10 z" className={`algo-chart__arrow algo-chart__arrow--${kind}`} />
              </marker>
            ))}
          </defs>
          <g aria-hidden="true">
            {edges.map((e) => {
              const on = edgeTaken(e.from, e.optionIds);
              return (
                <path
                  key={`${e.from}-${e.to}`}
                  d={e.d}
                  className={`algo-chart__line${on ? ' is-on-path' : ''}`}
                  markerEnd={`url(#${arrow}-${on ? 'on' : 'off'})`}
                  data-from={e.from}
                  data-to={e.to}
                />
              );
            })}
            {edges.map((e) => {
              const on = edgeTaken(e.from, e.optionIds);
              const baselines = labelBaselines(e.label);
              const at = labelTextX(e.label);
              return (
                <g key={`${e.from}-${e.to}`} className={`algo-chart__label${on ? ' is-on-path' : ''}`} data-from={e.from} data-to={e.to}>
                  <rect x={e.label.x} y={e.label.y} width={e.label.w} height={e.label.h} rx="6" />
                  <text fontSize={m.labelFont} style={at.anchor === 'start' ? { textAnchor: 'start' } : undefined}>
                    {e.label.lines.map((line, i) => {
                      const chosen = taken.has(`${e.from}\u0000${line.optionId}`);
                      return (
                        <tspan key={i} x={at.x(i)} y={baselines[i]} className={chosen ? 'is-chosen' : undefined}>
                          {/* A space at each line's end: read aloud or copied, wrapped words stay apart. */}
                          {i < e.label.lines.length - 1 ? `${line.text} ` : line.text}
                        </tspan>
                      );
                    })}
                  </text>
                </g>
              );
            })}
          </g>
          {chart.nodes.map((n) => {
            const isCurrent = boxKey(n) === currentKey;
            const state = isCurrent ? 'current' : boxOnPath(n, visited) ? 'on-path' : 'off';
            const name = `${n.kind === 'question' ? t('algo.nodeQuestion') : t('algo.nodeRecommendation')}: ${n.text}${
              isCurrent ? ` (${t('algo.nodeCurrent')})` : state === 'on-path' ? ` (${t('algo.nodeOnPath')})` : ''
            }`;
            return (
              <g
                key={boxKey(n)}
                className={`algo-chart__node algo-chart__node--${n.kind} is-${state}`}
                role="button"
                tabIndex={0}
                aria-label={name}
                aria-current={isCurrent ? 'step' : undefined}
                data-node={n.id}
                data-via={n.via}
                data-state={state}
                onClick={() => onJump(n.id, n.via)}
                onKeyDown={key(n.id, n.via)}
              >
                <rect x={n.x - n.w / 2} y={n.y} width={n.w} height={n.h} rx={n.kind === 'recommendation' ? 22 : 6} />
                <text fontSize={m.nodeFont}>
                  {n.lines.map((line, i) => (
                    <tspan key={i} x={n.x} y={nodeBaseline(n, i)}>
                      {/* The trailing space keeps words apart in the text a screen reader or axe reads from the lines. */}
                      {i < n.lines.length - 1 ? `${line} ` : line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="algo-chart__legend">
        <li><span className="algo-chart__swatch algo-chart__swatch--question" />{t('algo.nodeQuestion')}</li>
        <li><span className="algo-chart__swatch algo-chart__swatch--recommendation" />{t('algo.nodeRecommendation')}</li>
        <li><span className="algo-chart__swatch algo-chart__swatch--path" />{t('algo.legendPath')}</li>
        <li><span className="algo-chart__swatch algo-chart__swatch--current" />{t('algo.legendCurrent')}</li>
      </ul>
    </div>
  );
}
