import type { FigureLit } from '../../core/present/deck';

/**
 * Lights one slide's path on its algorithm map: the nodes and arrows walked so far get `is-lit`, the step
 * on screen `is-current` (styled in present.css). Done on the markup, so a slide needs no <style> of its own.
 */
export function lightPath(markup: string, lit: FigureLit): string {
  const edges = new Set(lit.edges);
  // A box drawn once per question (`data-via`) is lit only when the path reaches it from that question.
  const onPath = (id: string, via: string | undefined) => lit.nodes.includes(id) && (!via || lit.nodes[lit.nodes.indexOf(id) - 1] === via);
  return markup.replace(/class="([^"]*)"(\s+data-(node|edge)="([^"]+)"(?:\s+data-via="([^"]+)")?)/g, (all, cls: string, rest: string, kind: string, raw: string, via?: string) => {
    const id = raw.replace(/&gt;/g, '>');
    const on = kind === 'node' ? onPath(id, via) : edges.has(id);
    if (!on) return all;
    const current = kind === 'node' && id === lit.current ? ' is-current' : '';
    return `class="${cls} is-lit${current}"${rest}`;
  });
}

type Box = { x: number; y: number; w: number; h: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A node's box on the map, read from its `<rect>`: of a box drawn once per question, the copy for `via`. */
function nodeBox(markup: string, id: string, via?: string): Box | undefined {
  const m = new RegExp(`data-node="${escape(id)}"(?: data-via="${via ? escape(via) : '[^"]*'}")?><rect x="([\\d.-]+)" y="([\\d.-]+)" width="([\\d.]+)" height="([\\d.]+)"`).exec(markup);
  return m ? { x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) } : undefined;
}

const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

/** How the crop is sized, in map units (a node is 250 wide, its text 17). */
export const cropLimits = { maxWidth: 900, minWidth: 620, pad: 30, aspect: 0.95 };

/**
 * The step's neighbourhood of a large map, so its words can be read beside the text (the whole tree is
 * the deck's map slide): the current step, the step before it and, while they fit, the steps it leads
 * to. Sets the drawing's viewBox to that box, shaped like the space beside the text; the rest of the map
 * is still there, cut by the frame, with the arrows that leave it.
 */
export function cropToStep(markup: string, lit: FigureLit): string {
  if (!lit.current) return markup;
  const at = lit.nodes.indexOf(lit.current);
  const before = lit.nodes[at - 1];
  const current = nodeBox(markup, lit.current, before);
  if (!current) return markup;
  let box = current;
  const prev = before ? nodeBox(markup, before, lit.nodes[at - 2]) : undefined;
  // The step before, and then the next ones, only while the frame stays narrow enough to read.
  if (prev && union(box, prev).w <= cropLimits.maxWidth) box = union(box, prev);
  const children = [...markup.matchAll(new RegExp(`class="map-line[^"]*" data-edge="${escape(lit.current)}&gt;([^"]+)"`, 'g'))].map((m) => nodeBox(markup, m[1] ?? '', lit.current));
  for (const c of children) {
    if (!c) continue;
    const wider = union(box, c);
    if (wider.w <= cropLimits.maxWidth) box = wider;
  }
  const { pad, aspect, minWidth } = cropLimits;
  let w = Math.max(box.w + 2 * pad, minWidth);
  let h = box.h + 2 * pad;
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const view = [cx - w / 2, cy - h / 2, w, h].map((n) => Math.round(n)).join(' ');
  return markup.replace(/<svg([^>]*?) viewBox="[^"]*"/, `<svg$1 viewBox="${view}" data-cropped="true"`);
}
