import { describe, expect, it } from 'vitest';
import { cropLimits, cropToStep, lightPath } from './light-path';

describe('lightPath', () => {
  const svg = '<path d="M0" class="map-line" data-edge="a&gt;b"></path><path d="M1" class="map-line" data-edge="a&gt;c"></path><g class="map-node" data-node="a"></g><g class="map-node" data-node="b"></g><g class="map-node" data-node="c"></g>';
  it('lights the nodes and arrows walked so far and marks the current step', () => {
    const out = lightPath(svg, { nodes: ['a', 'b'], edges: ['a>b'], current: 'b' });
    expect(out).toContain('class="map-line is-lit" data-edge="a&gt;b"');
    expect(out).toContain('class="map-line" data-edge="a&gt;c"');
    expect(out).toContain('class="map-node is-lit" data-node="a"');
    expect(out).toContain('class="map-node is-lit is-current" data-node="b"');
    expect(out).toContain('class="map-node" data-node="c"');
  });

  it('of a box drawn once per question, lights only the copy the path reaches it by', () => {
    const copies = '<g class="map-node" data-node="r" data-via="a"></g><g class="map-node" data-node="r" data-via="b"></g>';
    const out = lightPath(copies, { nodes: ['b', 'r'], edges: ['b>r'], current: 'r' });
    expect(out).toContain('class="map-node" data-node="r" data-via="a"');
    expect(out).toContain('class="map-node is-lit is-current" data-node="r" data-via="b"');
  });
});

describe('cropToStep', () => {
  const node = (id: string, x: number, y: number) => `<g class="map-node" data-node="${id}"><rect x="${x}" y="${y}" width="250" height="100" rx="6"></rect></g>`;
  const edge = (a: string, b: string) => `<path d="M0" class="map-line" data-edge="${a}&gt;${b}"></path>`;
  const map = `<svg viewBox="0 0 4000 1500" role="img">${edge('root', 'q')}${edge('q', 'near')}${edge('q', 'far')}${node('root', 1000, 0)}${node('q', 1000, 300)}${node('near', 1200, 600)}${node('far', 3500, 600)}</svg>`;
  const viewBox = (svg: string) => (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);

  it('frames the step, the one before and the nearby next steps, not the whole tree', () => {
    const [x = 0, y = 0, w = 0, h = 0] = viewBox(cropToStep(map, { nodes: ['root', 'q'], edges: ['root>q'], current: 'q' }));
    // root (1000–1250, 0–100), q, near (1200–1450, 600–700) are inside; far (3500) is not.
    expect(x).toBeLessThanOrEqual(1000);
    expect(y).toBeLessThanOrEqual(0);
    expect(x + w).toBeGreaterThanOrEqual(1450);
    expect(y + h).toBeGreaterThanOrEqual(700);
    expect(x + w).toBeLessThan(3500);
    // Shaped like the space beside the text, and far smaller than the 4000-unit map.
    expect(w / h).toBeCloseTo(cropLimits.aspect, 1);
    expect(w).toBeLessThanOrEqual(cropLimits.maxWidth + 2 * cropLimits.pad + 1);
  });

  it('frames the copy of a shared box that the path reaches it by', () => {
    const copied = `<svg viewBox="0 0 4000 1500" role="img">${node('a', 0, 0)}${node('b', 3000, 0)}<g class="map-node" data-node="r" data-via="a"><rect x="0" y="300" width="250" height="100" rx="22"></rect></g><g class="map-node" data-node="r" data-via="b"><rect x="3000" y="300" width="250" height="100" rx="22"></rect></g></svg>`;
    const [x = 0, , w = 0] = viewBox(cropToStep(copied, { nodes: ['b', 'r'], edges: ['b>r'], current: 'r' }));
    expect(x).toBeLessThanOrEqual(3000);
    expect(x + w).toBeGreaterThanOrEqual(3250);
  });

  it('leaves a map without a current step, or an unknown one, whole', () => {
    expect(cropToStep(map, { nodes: [], edges: [] })).toBe(map);
    expect(cropToStep(map, { nodes: ['x'], edges: [], current: 'x' })).toBe(map);
  });
});
