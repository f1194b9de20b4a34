import { describe, expect, it } from 'vitest';
import { lightPath } from './light-path';

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
});
