import type { Localized } from '../../i18n/locales';
import { ellipse, type Circle, type Point, type Polygon } from './geometry';

/** A drawn anatomical outline that takes no part in the checks. */
export interface Outline { id: string; points: Polygon; kind: 'bone' | 'canal' | 'soft' }

export interface CryoScenario {
  id: 'iliac' | 'vertebra';
  label: Localized;
  description: Localized;
  /** Drawing area in mm (origin top-left, y downwards, as on the axial image). */
  field: { width: number; height: number };
  outlines: readonly Outline[];
  tumour: Polygon;
  tumourLabel: Localized;
  /** The critical structure the ice must spare, as a disc. */
  structure: Circle & { label: Localized; /** The name inside a sentence, with its article. */ inText: Localized };
  /** Where the single starting probe sits. */
  start: Point;
}

export const cryoScenarios: readonly CryoScenario[] = [
  {
    id: 'iliac',
    label: { it: 'Ala iliaca e ansa intestinale', en: 'Iliac wing and bowel loop' },
    description: {
      it: 'Metastasi litica dell’ala iliaca con componente nei tessuti molli, 40 × 24 mm; un’ansa intestinale decorre accanto alla lesione.',
      en: 'Lytic metastasis of the iliac wing with a soft-tissue component, 40 × 24 mm; a bowel loop lies next to the lesion.',
    },
    field: { width: 100, height: 72 },
    outlines: [
      { id: 'iliac-wing', kind: 'bone', points: ellipse({ x: 42, y: 40 }, 30, 9, 72) },
      { id: 'muscle', kind: 'soft', points: ellipse({ x: 42, y: 40 }, 36, 22, 72) },
    ],
    tumour: ellipse({ x: 45, y: 40 }, 20, 12),
    tumourLabel: { it: 'Metastasi', en: 'Metastasis' },
    structure: { c: { x: 87, y: 40 }, r: 8, label: { it: 'Ansa intestinale', en: 'Bowel loop' }, inText: { it: 'l’ansa intestinale', en: 'the bowel loop' } },
    start: { x: 45, y: 40 },
  },
  {
    id: 'vertebra',
    label: { it: 'Corpo vertebrale e canale spinale', en: 'Vertebral body and spinal canal' },
    description: {
      it: 'Metastasi litica del corpo di una vertebra lombare, 26 × 22 mm, a ridosso del muro posteriore; dietro c’è il canale spinale.',
      en: 'Lytic metastasis of a lumbar vertebral body, 26 × 22 mm, against the posterior wall; the spinal canal lies behind it.',
    },
    field: { width: 100, height: 90 },
    outlines: [
      { id: 'body', kind: 'bone', points: ellipse({ x: 50, y: 32 }, 22, 20, 72) },
      { id: 'arch', kind: 'bone', points: [
        { x: 36, y: 48 }, { x: 40, y: 66 }, { x: 46, y: 76 }, { x: 50, y: 86 }, { x: 54, y: 76 }, { x: 60, y: 66 }, { x: 64, y: 48 }, { x: 60, y: 52 }, { x: 58, y: 66 }, { x: 50, y: 72 }, { x: 42, y: 66 }, { x: 40, y: 52 },
      ] },
      { id: 'canal', kind: 'canal', points: ellipse({ x: 50, y: 62 }, 10, 9, 48) },
    ],
    tumour: ellipse({ x: 50, y: 38 }, 13, 11),
    tumourLabel: { it: 'Metastasi', en: 'Metastasis' },
    structure: { c: { x: 50, y: 63 }, r: 7, label: { it: 'Sacco durale nel canale spinale', en: 'Dural sac in the spinal canal' }, inText: { it: 'il sacco durale', en: 'the dural sac' } },
    start: { x: 50, y: 38 },
  },
];

export type CryoScenarioId = CryoScenario['id'];
export const scenarioById = (id: string): CryoScenario | undefined => cryoScenarios.find((s) => s.id === id);
