import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { Point, Polygon } from '../../core/lesson-tools/cryo/geometry';
import type { CryoScenario } from '../../core/lesson-tools/cryo/scenarios';
import type { ScenarioWords } from '../../core/lesson-tools/cryo/scenario-texts';
import { formatDecimal as formatNumber } from '../shared/ui-strings';

interface Props {
  lang: Locale;
  idPrefix: string;
  scenario: CryoScenario;
  /** The scenario's wording in `lang`. */
  words: ScenarioWords;
  probes: readonly Point[];
  iceRadius: number;
  lethalRadius: number;
  selected: number;
  onSelect: (index: number) => void;
  onMove: (index: number, to: Point) => void;
}

const path = (poly: Polygon) => `M ${poly.map((p) => `${p.x.toFixed(2)} ${p.y.toFixed(2)}`).join(' L ')} Z`;
const half = (n: number) => Math.round(n * 2) / 2;

/**
 * The axial slice in millimetres (viewBox = mm). Each probe is a focusable button: arrow keys move it
 * (Shift = 5 mm), a pointer drags it, and a tap on the image brings the selected probe there.
 * Unions are drawn by stroking every circle and then filling them all (opaque) on top, which leaves only the
 * outline; the tumour and the structure are drawn over the ice, translucent, so they stay visible.
 */
export function PlannerField({ lang, idPrefix, scenario, words, probes, iceRadius, lethalRadius, selected, onSelect, onMove }: Props) {
  const t = getT(lang);
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef<number | null>(null);
  const { width, height } = scenario.field;
  const s = scenario.structure;

  const toMm = (e: PointerEvent): Point | null => {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM?.();
    if (!svg || !ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return { x: half(p.x), y: half(p.y) };
  };
  const startDrag = (e: PointerEvent, index: number) => {
    onSelect(index);
    dragging.current = index;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragging.current === null) return;
    const p = toMm(e);
    if (p) onMove(dragging.current, p);
  };
  const endDrag = () => { dragging.current = null; };
  const onBackground = (e: PointerEvent) => {
    if (selected < 0 || selected >= probes.length) return;
    const p = toMm(e);
    if (p) onMove(selected, p);
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.shiftKey ? 5 : 1;
    const d: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const delta = d[e.key];
    if (delta) {
      e.preventDefault();
      const p = probes[index]!;
      onSelect(index);
      onMove(index, { x: p.x + delta[0], y: p.y + delta[1] });
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      onSelect(index);
    }
  };

  const circles = (r: number, cls: string) => (
    <g className={cls} aria-hidden="true">
      <g className={`${cls}__edge`}>{probes.map((p, i) => <circle key={i} cx={p.x} cy={p.y} r={r} />)}</g>
      <g className={`${cls}__fill`}>{probes.map((p, i) => <circle key={i} cx={p.x} cy={p.y} r={r} />)}</g>
    </g>
  );

  return (
    <svg
      ref={svgRef}
      className="cryo-field"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={t('cryo.figure', { scenario: words.label, structure: words.structure })}
      aria-describedby={`${idPrefix}-keys`}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    >
      <rect className="cryo-field__bg" x={0} y={0} width={width} height={height} onPointerDown={onBackground} />
      <g aria-hidden="true" pointerEvents="none">
        {scenario.outlines.map((o) => <path key={o.id} d={path(o.points)} className={`cryo-outline cryo-outline--${o.kind}`} />)}
      </g>
      <g pointerEvents="none">
        {circles(iceRadius, 'cryo-ice')}
        {circles(lethalRadius, 'cryo-lethal')}
      </g>
      <g aria-hidden="true" pointerEvents="none">
        <path d={path(scenario.tumour)} className="cryo-tumour" />
        <circle cx={s.c.x} cy={s.c.y} r={s.r} className="cryo-structure" />
        <text x={s.c.x} y={s.c.y + s.r + 4} className="cryo-label" textAnchor="middle">{words.structure}</text>
        <g className="cryo-scale">
          <line x1={4} y1={height - 4} x2={14} y2={height - 4} />
          <text x={9} y={height - 6} textAnchor="middle">{t('cryo.scale')}</text>
        </g>
      </g>
      {probes.map((p, i) => (
        <g
          key={i}
          role="button"
          tabIndex={0}
          aria-pressed={i === selected}
          aria-label={t('cryo.probeAt', { n: i + 1, x: formatNumber(p.x, lang), y: formatNumber(p.y, lang) })}
          className={`cryo-probe${i === selected ? ' is-selected' : ''}`}
          data-probe={i + 1}
          onPointerDown={(e) => startDrag(e, i)}
          onKeyDown={(e) => onKeyDown(e, i)}
          onFocus={() => onSelect(i)}
        >
          <circle cx={p.x} cy={p.y} r={6} className="cryo-probe__hit" />
          <circle cx={p.x} cy={p.y} r={1.6} className="cryo-probe__dot" />
          <text x={p.x + 2.5} y={p.y - 2.5} className="cryo-probe__n" aria-hidden="true">{i + 1}</text>
        </g>
      ))}
    </svg>
  );
}
