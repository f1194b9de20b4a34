import type { SumScoreDefinition } from '../sum-score';

/**
 * Spinal Instability Neoplastic Score (SINS): six components, 0–18 points.
 * Points and bands: Fisher et al., Spine 2010 (fisher2010), as taught in seed 000.
 * Option ids are the public URL vocabulary of /{lang}/tools/sins/.
 */
export type SinsComponentId = 'location' | 'pain' | 'lesion' | 'alignment' | 'collapse' | 'posterior';
export type SinsBand = 'stable' | 'indeterminate' | 'unstable';

export const sinsDefinition = {
  id: 'sins',
  name: { it: 'SINS (Spinal Instability Neoplastic Score)', en: 'SINS (Spinal Instability Neoplastic Score)' },
  refs: ['fisher2010'],
  components: [
    {
      id: 'location',
      label: { it: 'Sede', en: 'Location' },
      help: {
        it: 'I passaggi tra segmenti rigidi e mobili (giunzioni) sono i più vulnerabili.',
        en: 'Transitions between rigid and mobile segments (junctions) are the most vulnerable.',
      },
      options: [
        { id: 'junctional', points: 3, label: { it: 'Giunzionale (C0–C2, C7–T2, T11–L1, L5–S1)', en: 'Junctional (C0–C2, C7–T2, T11–L1, L5–S1)' } },
        { id: 'mobile', points: 2, label: { it: 'Rachide mobile (C3–C6, L2–L4)', en: 'Mobile spine (C3–C6, L2–L4)' } },
        { id: 'semirigid', points: 1, label: { it: 'Semirigido (T3–T10)', en: 'Semi-rigid (T3–T10)' } },
        { id: 'rigid', points: 0, label: { it: 'Rigido (S2–S5)', en: 'Rigid (S2–S5)' } },
      ],
    },
    {
      id: 'pain',
      label: { it: 'Dolore', en: 'Pain' },
      help: {
        it: 'Meccanico: compare o peggiora con il carico e i movimenti e si attenua a riposo o in decubito.',
        en: 'Mechanical: appears or worsens with loading and movement and eases at rest or lying down.',
      },
      options: [
        { id: 'mechanical', points: 3, label: { it: 'Meccanico', en: 'Mechanical' } },
        { id: 'occasional', points: 1, label: { it: 'Occasionale, non meccanico', en: 'Occasional, not mechanical' } },
        { id: 'none', points: 0, label: { it: 'Assente (lesione non dolorosa)', en: 'None (pain-free lesion)' } },
      ],
    },
    {
      id: 'lesion',
      label: { it: 'Tipo di lesione ossea', en: 'Bone lesion' },
      help: {
        it: 'Aspetto alla TC: litica (distrugge osso), blastica (addensante) o mista.',
        en: 'CT appearance: lytic (destroys bone), blastic (sclerotic) or mixed.',
      },
      options: [
        { id: 'lytic', points: 2, label: { it: 'Litica', en: 'Lytic' } },
        { id: 'mixed', points: 1, label: { it: 'Mista (litica/blastica)', en: 'Mixed (lytic/blastic)' } },
        { id: 'blastic', points: 0, label: { it: 'Blastica', en: 'Blastic' } },
      ],
    },
    {
      id: 'alignment',
      label: { it: 'Allineamento radiografico', en: 'Radiographic alignment' },
      help: {
        it: 'Sulle immagini in carico o in decubito: sublussazione/traslazione, deformità di nuova insorgenza o normale.',
        en: 'On upright or supine imaging: subluxation/translation, a new deformity, or normal.',
      },
      options: [
        { id: 'subluxation', points: 4, label: { it: 'Sublussazione/traslazione', en: 'Subluxation/translation' } },
        { id: 'deformity', points: 2, label: { it: 'Deformità di nuova insorgenza (cifosi/scoliosi)', en: 'New deformity (kyphosis/scoliosis)' } },
        { id: 'normal', points: 0, label: { it: 'Normale', en: 'Normal' } },
      ],
    },
    {
      id: 'collapse',
      label: { it: 'Crollo del corpo vertebrale', en: 'Vertebral body collapse' },
      help: {
        it: '"> 50%": il corpo ha perso più di metà della sua altezza. Senza crollo conta se il tumore occupa più di metà del corpo.',
        en: '"> 50%": the body has lost more than half of its height. Without collapse, what counts is whether tumour fills more than half the body.',
      },
      options: [
        { id: 'gt50', points: 3, label: { it: 'Crollo > 50%', en: '> 50% collapse' } },
        { id: 'lt50', points: 2, label: { it: 'Crollo < 50%', en: '< 50% collapse' } },
        { id: 'involved', points: 1, label: { it: 'Nessun crollo, > 50% del corpo interessato', en: 'No collapse, > 50% of the body involved' } },
        { id: 'none', points: 0, label: { it: 'Nessuna delle precedenti', en: 'None of the above' } },
      ],
    },
    {
      id: 'posterior',
      label: { it: 'Elementi posterolaterali', en: 'Posterolateral elements' },
      help: {
        it: 'Frattura o sostituzione tumorale di faccetta, peduncolo o articolazione costovertebrale.',
        en: 'Fracture or tumour replacement of the facet, pedicle or costovertebral joint.',
      },
      options: [
        { id: 'bilateral', points: 3, label: { it: 'Bilaterale', en: 'Bilateral' } },
        { id: 'unilateral', points: 1, label: { it: 'Unilaterale', en: 'Unilateral' } },
        { id: 'none', points: 0, label: { it: 'Nessuno', en: 'None' } },
      ],
    },
  ],
  bands: [
    {
      code: 'stable',
      min: 0,
      max: 6,
      label: { it: 'Stabile', en: 'Stable' },
      meaning: {
        it: 'La colonna è considerata stabile: la scelta del trattamento segue il controllo del dolore e del tumore, non la stabilità.',
        en: 'The spine is considered stable: treatment is chosen for pain and tumour control, not for stability.',
      },
    },
    {
      code: 'indeterminate',
      min: 7,
      max: 12,
      label: { it: 'Possibile instabilità (indeterminato)', en: 'Possible instability (indeterminate)' },
      meaning: {
        it: 'Instabilità possibile: gli autori raccomandano una valutazione chirurgica; con il chirurgo si decide se stabilizzare, anche con il cemento quando nessuna controindicazione lo esclude.',
        en: 'Possible instability: the authors recommend a surgical consultation; whether to stabilize, cement included where no contraindication rules it out, is decided with the surgeon.',
      },
    },
    {
      code: 'unstable',
      min: 13,
      max: 18,
      label: { it: 'Instabile', en: 'Unstable' },
      meaning: {
        it: 'Colonna instabile: è indicata una valutazione chirurgica per la stabilizzazione.',
        en: 'Unstable spine: a surgical consultation for stabilization is warranted.',
      },
    },
  ],
} as const satisfies SumScoreDefinition<SinsComponentId, SinsBand>;

export const sinsComponentIds: readonly SinsComponentId[] = sinsDefinition.components.map((c) => c.id);
