import { renderToStaticMarkup } from 'react-dom/server';
import type { DecisionGraph } from '../../core/algorithms/decision-graph';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../../core/i18n/translate';
import { buildChart, chartMetrics as m } from '../../widgets/shared/flowchart-geometry';
import { boxKey, labelBaselines, labelTextX, nodeBaseline } from '../../widgets/shared/flowchart-chart';

/**
 * The algorithm's flowchart as static SVG markup for the slides, drawn at build time from the same
 * geometry as the walkthrough's interactive chart. Nodes carry `data-node` (and `data-via`, the question a
 * copy of a box drawn once per question belongs to), arrows `data-edge="from>to"`, so a slide lights its path with a few CSS rules (see SlideBody) instead of a copy of the drawing.
 */
function AlgorithmMap({ graph, lang }: { graph: DecisionGraph; lang: Locale }) {
  const chart = buildChart(graph, lang);
  const t = getT(lang);
  const id = `map-${graph.id}-${lang}`;
  return (
    <figure className="figure deck-map" data-figure="algorithm-map">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-title`} xmlns="http://www.w3.org/2000/svg">
        <title id={`${id}-title`}>{`${t('algo.chart')}: ${graph.title[lang]}`}</title>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="strokeWidth">
            <path d="M0,0 L10,5 L0,10 z" className="map-arrow" />
          </marker>
        </defs>
        {chart.edges.map((e) => (
          <path key={`${e.from}>${e.to}`} d={e.d} className="map-line" data-edge={`${e.from}>${e.to}`} markerEnd={`url(#${id}-arrow)`} />
        ))}
        {chart.edges.map((e) => {
          const baselines = labelBaselines(e.label);
          const at = labelTextX(e.label);
          return (
            <g key={`${e.from}>${e.to}`} className="map-label" data-edge={`${e.from}>${e.to}`}>
              <rect x={e.label.x} y={e.label.y} width={e.label.w} height={e.label.h} rx="6" />
              <text fontSize={m.labelFont} style={at.anchor === 'start' ? { textAnchor: 'start' } : undefined}>
                {e.label.lines.map((line, i) => (
                  <tspan key={i} x={at.x(i)} y={baselines[i]}>
                    {i < e.label.lines.length - 1 ? `${line.text} ` : line.text}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {chart.nodes.map((n) => (
          <g key={boxKey(n)} className={`map-node map-node--${n.kind}`} data-node={n.id} data-via={n.via}>
            <rect x={n.x - n.w / 2} y={n.y} width={n.w} height={n.h} rx={n.kind === 'recommendation' ? 22 : 6} />
            <text fontSize={m.nodeFont}>
              {n.lines.map((line, i) => (
                <tspan key={i} x={n.x} y={nodeBaseline(n, i)}>
                  {i < n.lines.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function algorithmMapMarkup(graph: DecisionGraph, lang: Locale): string {
  return renderToStaticMarkup(<AlgorithmMap graph={graph} lang={lang} />);
}
