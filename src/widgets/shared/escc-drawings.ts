import { esccGradeIds, type EsccGrade } from '../../core/scores/escc/escc-grades';
import { HATCH_ID } from './EsccGradeGroup';

/**
 * Our own schematic axial section (anterior at the top) for each ESCC grade: vertebral body and posterior
 * arch, the canal with epidural fat, the thecal sac full of CSF, the cord, and the tumour growing from the
 * body backwards into the canal. Drawn from the grade definitions (bilsky2010), not from any image.
 *
 * Built on the server as markup (the Astro wrappers pass it to the ESCC and NOMS islands), so the drawings
 * reach the browser in the page, not in the islands' code. The markup is the inside of each <svg>; the
 * island owns the <svg> element and replaces HATCH_ID with an id unique to itself and the grade.
 * Server only: an island imports its types, never this module.
 */

/** The key under the cards, in this order. */
const esccKeyParts = ['bone', 'fat', 'csf', 'cord', 'tumour'] as const;
export type EsccKeyPart = (typeof esccKeyParts)[number];

export interface EsccDrawings {
  /** The inside of the 0 0 120 110 <svg> of each grade's card. */
  grades: Readonly<Record<EsccGrade, string>>;
  /** The inside of the 0 0 16 16 <svg> swatch of each part, for the key under the cards, in the key's order. */
  swatches: Readonly<Record<EsccKeyPart, string>>;
}

interface Geometry {
  /** Epidural tumour: an ellipse centred on the posterior wall of the body (y = 53); null when none. */
  epidural: { rx: number; ry: number } | null;
  /** The cord; 'fills-sac' when it is squeezed against the sac so that no CSF is left around it. */
  cord: { cy: number; rx: number; ry: number } | 'fills-sac';
}

// Sac: cy 72, ry 11 (61…83). Normal cord: 69…78. Each grade pushes the tumour further back.
const NORMAL_CORD = { cy: 73.5, rx: 6.5, ry: 4.5 };
const geometry: Readonly<Record<EsccGrade, Geometry>> = {
  '0': { epidural: null, cord: NORMAL_CORD }, // tumour inside the body only
  '1a': { epidural: { rx: 13, ry: 7 }, cord: NORMAL_CORD }, // a flat rim reaching 60: short of the sac
  '1b': { epidural: { rx: 12, ry: 12 }, cord: NORMAL_CORD }, // reaches 65: sac indented, CSF before the cord
  '1c': { epidural: { rx: 12.5, ry: 16 }, cord: NORMAL_CORD }, // reaches 69: touches the cord
  '2': { epidural: { rx: 13.5, ry: 20 }, cord: { cy: 76.5, rx: 8.5, ry: 3.5 } }, // cord flattened, CSF beside and behind it
  '3': { epidural: { rx: 15.5, ry: 23 }, cord: 'fills-sac' }, // cord squeezed into what is left of the sac
};

const CANAL = 'M 44 55 L 76 55 C 86 55 85 75 73 84 Q 60 91 47 84 C 35 75 34 55 44 55 Z';
const ARCH =
  'M 36 44 C 28 58 28 80 40 90 L 55 96 L 57 108 L 63 108 L 65 96 L 80 90 C 92 80 92 58 84 44 Z ' +
  'M 33 60 L 12 64 L 12 71 L 34 70 Z M 87 60 L 108 64 L 108 71 L 86 70 Z';

type Ellipse = { cx: number; cy: number; rx: number; ry: number };
const ellipse = (e: Ellipse, attrs: string) => `<ellipse cx="${e.cx}" cy="${e.cy}" rx="${e.rx}" ry="${e.ry}" ${attrs}></ellipse>`;

function gradeMarkup(grade: EsccGrade): string {
  const g = geometry[grade];
  const tumourParts: Ellipse[] = [
    { cx: 60, cy: 38, rx: 15, ry: 10 },
    ...(g.epidural ? [{ cx: 60, cy: 53, rx: g.epidural.rx, ry: g.epidural.ry }] : []),
  ];
  return [
    `<defs><pattern id="${HATCH_ID}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    '<rect width="4" height="4" class="escc-draw__tumour-bg"></rect>',
    '<line x1="0" y1="0" x2="0" y2="4" class="escc-draw__hatch"></line></pattern></defs>',
    `<path d="${ARCH}" class="escc-draw__bone"></path>`,
    ellipse({ cx: 60, cy: 30, rx: 34, ry: 23 }, 'class="escc-draw__bone"'),
    `<path d="${CANAL}" class="escc-draw__fat"></path>`,
    ellipse({ cx: 60, cy: 72, rx: 14, ry: 11 }, `class="${g.cord === 'fills-sac' ? 'escc-draw__cord' : 'escc-draw__csf'}"`),
    g.cord === 'fills-sac' ? '' : ellipse({ cx: 60, ...g.cord }, 'class="escc-draw__cord"'),
    // Tumour: outlines first, then the fills on top, so the body and epidural parts read as one mass.
    '<g class="escc-draw__tumour">',
    ...tumourParts.map((e) => ellipse(e, 'class="escc-draw__tumour-edge"')),
    ...tumourParts.map((e) => ellipse(e, `fill="url(#${HATCH_ID})"`)),
    '</g>',
  ].join('');
}

function swatchMarkup(part: EsccKeyPart): string {
  return part === 'tumour'
    ? '<rect x="1" y="1" width="14" height="14" class="escc-draw__tumour-bg escc-draw__tumour"></rect>' +
        '<path d="M 1 9 L 7 15 M 1 3 L 13 15 M 5 1 L 15 11 M 11 1 L 15 5" class="escc-draw__hatch"></path>'
    : `<rect x="1" y="1" width="14" height="14" class="escc-draw__${part}"></rect>`;
}

export const esccDrawings: EsccDrawings = {
  grades: Object.fromEntries(esccGradeIds.map((g) => [g, gradeMarkup(g)])) as Record<EsccGrade, string>,
  swatches: Object.fromEntries(esccKeyParts.map((p) => [p, swatchMarkup(p)])) as Record<EsccKeyPart, string>,
};
