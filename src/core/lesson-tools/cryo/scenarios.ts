import { ellipse, type Circle, type Point, type Polygon } from './geometry';

/** A drawn anatomical outline that takes no part in the checks. */
export interface Outline { id: string; points: Polygon; kind: 'bone' | 'canal' | 'soft' }

/**
 * The planner's two teaching scenarios: geometry only. Their wording (name, description, the structure's name)
 * is in ./scenario-texts.ts, read on the server only: the island receives it in the page's language.
 */
export interface CryoScenario {
  id: 'iliac' | 'vertebra';
  /** Drawing area in mm (origin top-left, y downwards, as on the axial image). */
  field: { width: number; height: number };
  outlines: readonly Outline[];
  tumour: Polygon;
  /** The critical structure the ice must spare, as a disc. */
  structure: Circle;
  /** Where the single starting probe sits. */
  start: Point;
}

export const cryoScenarios: readonly CryoScenario[] = [
  {
    id: 'iliac',
    field: { width: 100, height: 72 },
    outlines: [
      { id: 'iliac-wing', kind: 'bone', points: ellipse({ x: 42, y: 40 }, 30, 9, 72) },
      { id: 'muscle', kind: 'soft', points: ellipse({ x: 42, y: 40 }, 36, 22, 72) },
    ],
    tumour: ellipse({ x: 45, y: 40 }, 20, 12),
    structure: { c: { x: 87, y: 40 }, r: 8 },
    start: { x: 45, y: 40 },
  },
  {
    id: 'vertebra',
    field: { width: 100, height: 90 },
    outlines: [
      { id: 'body', kind: 'bone', points: ellipse({ x: 50, y: 32 }, 22, 20, 72) },
      { id: 'arch', kind: 'bone', points: [
        { x: 36, y: 48 }, { x: 40, y: 66 }, { x: 46, y: 76 }, { x: 50, y: 86 }, { x: 54, y: 76 }, { x: 60, y: 66 }, { x: 64, y: 48 }, { x: 60, y: 52 }, { x: 58, y: 66 }, { x: 50, y: 72 }, { x: 42, y: 66 }, { x: 40, y: 52 },
      ] },
      { id: 'canal', kind: 'canal', points: ellipse({ x: 50, y: 62 }, 10, 9, 48) },
    ],
    tumour: ellipse({ x: 50, y: 38 }, 13, 11),
    structure: { c: { x: 50, y: 63 }, r: 7 },
    start: { x: 50, y: 38 },
  },
];

export type CryoScenarioId = CryoScenario['id'];
export const scenarioById = (id: string): CryoScenario | undefined => cryoScenarios.find((s) => s.id === id);
