import type { FigureLit } from '../../core/present/deck';

/** CSS that lights one slide's path on its map: the nodes and arrows walked so far, the current step. */
export function litCss(scope: string, lit: FigureLit): string {
  const esc = (s: string) => s.replace(/["\\]/g, '\\$&');
  const nodes = lit.nodes.map((n) => `${scope} [data-node="${esc(n)}"] rect`).join(',');
  const edges = lit.edges.map((e) => `${scope} path[data-edge="${esc(e)}"]`).join(',');
  const labels = lit.edges.map((e) => `${scope} g[data-edge="${esc(e)}"] rect`).join(',');
  const current = lit.current ? `${scope} [data-node="${esc(lit.current)}"]` : '';
  return [
    nodes && `${nodes}{stroke:var(--s-title);stroke-width:5}`,
    edges && `${edges}{stroke:var(--s-title);stroke-width:6}`,
    labels && `${labels}{stroke:var(--s-title);stroke-width:3}`,
    current && `${current} rect{fill:var(--s-title)}${current} text{fill:#fff;font-weight:700}`,
  ]
    .filter(Boolean)
    .join('');
}
