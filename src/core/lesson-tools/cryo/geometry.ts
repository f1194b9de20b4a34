/**
 * Plane geometry for the cryoablation planner, in millimetres on one axial slice.
 * Pure functions over plain numbers: no units library, no DOM.
 */
export interface Point { x: number; y: number }
export interface Circle { c: Point; r: number }
/** A simple closed polygon, vertices in order (either winding). */
export type Polygon = readonly Point[];

export const dist = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Distance from p to the segment ab. */
export function distToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Even–odd ray casting; points exactly on an edge may fall either side (irrelevant at sampling resolution). */
export function insidePolygon(p: Point, poly: Polygon): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Distance from p to the polygon's outline: positive outside, negative inside. */
export function signedDistToPolygon(p: Point, poly: Polygon): number {
  let d = Infinity;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) d = Math.min(d, distToSegment(p, poly[j]!, poly[i]!));
  return insidePolygon(p, poly) ? -d : d;
}

/** An ellipse as a polygon (enough vertices that the outline error stays well under 0.1 mm at these sizes). */
export function ellipse(c: Point, rx: number, ry: number, vertices = 96): Polygon {
  return Array.from({ length: vertices }, (_, i) => {
    const a = (2 * Math.PI * i) / vertices;
    return { x: c.x + rx * Math.cos(a), y: c.y + ry * Math.sin(a) };
  });
}

export const insideAnyCircle = (p: Point, circles: readonly Circle[], eps = 0): boolean =>
  circles.some((k) => dist(p, k.c) < k.r - eps);

/** Distance from p to the union of discs: positive outside it, ≤ 0 inside (0 on the outline). */
export function distOutsideUnion(p: Point, circles: readonly Circle[]): number {
  let d = Infinity;
  for (const k of circles) d = Math.min(d, dist(p, k.c) - k.r);
  return d;
}

/**
 * Points on the outline of a union of discs: each circle sampled every `stepMm` of arc, keeping the samples
 * that no other disc covers. Holes left between discs are outlines too, and they are kept.
 */
export function unionOutline(circles: readonly Circle[], stepMm = 0.5): Point[] {
  const out: Point[] = [];
  circles.forEach((k, i) => {
    if (k.r <= 0) return;
    const n = Math.max(24, Math.ceil((2 * Math.PI * k.r) / stepMm));
    for (let s = 0; s < n; s++) {
      const a = (2 * Math.PI * s) / n;
      const p = { x: k.c.x + k.r * Math.cos(a), y: k.c.y + k.r * Math.sin(a) };
      if (!circles.some((o, j) => j !== i && o.r > 0 && dist(p, o.c) < o.r - 1e-9)) out.push(p);
    }
  });
  // The corners where two outlines cross are where a margin is usually thinnest: add them exactly.
  for (let i = 0; i < circles.length; i++) {
    for (let j = i + 1; j < circles.length; j++) {
      for (const p of circleIntersections(circles[i]!, circles[j]!)) {
        if (!circles.some((o, k) => k !== i && k !== j && o.r > 0 && dist(p, o.c) < o.r - 1e-9)) out.push(p);
      }
    }
  }
  return out;
}

/** The 0, 1 or 2 points where two circles' outlines cross. */
export function circleIntersections(a: Circle, b: Circle): Point[] {
  const d = dist(a.c, b.c);
  if (d === 0 || d > a.r + b.r || d < Math.abs(a.r - b.r) || a.r <= 0 || b.r <= 0) return [];
  const along = (a.r * a.r - b.r * b.r + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(0, a.r * a.r - along * along));
  const ux = (b.c.x - a.c.x) / d;
  const uy = (b.c.y - a.c.y) / d;
  const mx = a.c.x + along * ux;
  const my = a.c.y + along * uy;
  return h === 0 ? [{ x: mx, y: my }] : [{ x: mx - h * uy, y: my + h * ux }, { x: mx + h * uy, y: my - h * ux }];
}

/** Axis-aligned bounding box of a polygon. */
export function bounds(poly: Polygon): { minX: number; minY: number; maxX: number; maxY: number } {
  return poly.reduce(
    (b, p) => ({ minX: Math.min(b.minX, p.x), minY: Math.min(b.minY, p.y), maxX: Math.max(b.maxX, p.x), maxY: Math.max(b.maxY, p.y) }),
    { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
  );
}
