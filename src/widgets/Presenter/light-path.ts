import type { FigureLit } from '../../core/present/deck';

/**
 * Lights one slide's path on its algorithm map: the nodes and arrows walked so far get `is-lit`, the step
 * on screen `is-current` (styled in present.css). Done on the markup, so a slide needs no <style> of its own.
 */
export function lightPath(markup: string, lit: FigureLit): string {
  const nodes = new Set(lit.nodes);
  const edges = new Set(lit.edges);
  return markup.replace(/class="([^"]*)"(\s+data-(node|edge)="([^"]+)")/g, (all, cls: string, rest: string, kind: string, raw: string) => {
    const id = raw.replace(/&gt;/g, '>');
    const on = kind === 'node' ? nodes.has(id) : edges.has(id);
    if (!on) return all;
    const current = kind === 'node' && id === lit.current ? ' is-current' : '';
    return `class="${cls} is-lit${current}"${rest}`;
  });
}
