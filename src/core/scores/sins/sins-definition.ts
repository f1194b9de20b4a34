import type { Localized } from '../../i18n/locales';
import type { SumScoreDefinition } from '../sum-score';
import { sinsPoints, type SinsBand, type SinsComponentId } from './sins-points';

export { sinsComponentIds, type SinsBand, type SinsComponentId } from './sins-points';

/**
 * Spinal Instability Neoplastic Score (SINS): six components, 0–18 points, in both languages.
 * Points and bands: Fisher et al., Spine 2010 (fisher2010), as taught in seed 000; they live in
 * ./sins-points.ts (what the islands ship), the wording here (read on the server, passed as a prop).
 */
interface Wording {
  label: Localized;
  help: Localized;
  options: Readonly<Record<string, Localized>>;
}

const components: Readonly<Record<SinsComponentId, Wording>> = {
  location: {
    label: { it: 'Sede', en: 'Location' },
    help: {
      it: 'I passaggi tra segmenti rigidi e mobili (giunzioni) sono i più vulnerabili.',
      en: 'Transitions between rigid and mobile segments (junctions) are the most vulnerable.',
    },
    options: {
      junctional: { it: 'Giunzionale (C0–C2, C7–T2, T11–L1, L5–S1)', en: 'Junctional (C0–C2, C7–T2, T11–L1, L5–S1)' },
      mobile: { it: 'Rachide mobile (C3–C6, L2–L4)', en: 'Mobile spine (C3–C6, L2–L4)' },
      semirigid: { it: 'Semirigido (T3–T10)', en: 'Semi-rigid (T3–T10)' },
      rigid: { it: 'Rigido (S2–S5)', en: 'Rigid (S2–S5)' },
    },
  },
  pain: {
    label: { it: 'Dolore', en: 'Pain' },
    help: {
      it: 'Meccanico: compare o peggiora con il carico e i movimenti e si attenua a riposo o in decubito.',
      en: 'Mechanical: appears or worsens with loading and movement and eases at rest or lying down.',
    },
    options: {
      mechanical: { it: 'Meccanico', en: 'Mechanical' },
      occasional: { it: 'Occasionale, non meccanico', en: 'Occasional, not mechanical' },
      none: { it: 'Assente (lesione non dolorosa)', en: 'None (pain-free lesion)' },
    },
  },
  lesion: {
    label: { it: 'Tipo di lesione ossea', en: 'Bone lesion' },
    help: {
      it: 'Aspetto alla TC: litica (distrugge osso), blastica (addensante) o mista.',
      en: 'CT appearance: lytic (destroys bone), blastic (sclerotic) or mixed.',
    },
    options: {
      lytic: { it: 'Litica', en: 'Lytic' },
      mixed: { it: 'Mista (litica/blastica)', en: 'Mixed (lytic/blastic)' },
      blastic: { it: 'Blastica', en: 'Blastic' },
    },
  },
  alignment: {
    label: { it: 'Allineamento radiografico', en: 'Radiographic alignment' },
    help: {
      it: 'Sulle immagini in carico o in decubito: sublussazione/traslazione, deformità di nuova insorgenza o normale.',
      en: 'On upright or supine imaging: subluxation/translation, a new deformity, or normal.',
    },
    options: {
      subluxation: { it: 'Sublussazione/traslazione', en: 'Subluxation/translation' },
      deformity: { it: 'Deformità di nuova insorgenza (cifosi/scoliosi)', en: 'New deformity (kyphosis/scoliosis)' },
      normal: { it: 'Normale', en: 'Normal' },
    },
  },
  collapse: {
    label: { it: 'Crollo del corpo vertebrale', en: 'Vertebral body collapse' },
    help: {
      it: '«> 50%»: il corpo ha perso più di metà della sua altezza. Senza crollo conta se il tumore occupa più di metà del corpo.',
      en: '“> 50%”: the body has lost more than half of its height. Without collapse, what counts is whether tumour fills more than half the body.',
    },
    options: {
      gt50: { it: 'Crollo > 50%', en: '> 50% collapse' },
      lt50: { it: 'Crollo < 50%', en: '< 50% collapse' },
      involved: { it: 'Nessun crollo, > 50% del corpo interessato', en: 'No collapse, > 50% of the body involved' },
      none: { it: 'Nessuna delle precedenti', en: 'None of the above' },
    },
  },
  posterior: {
    label: { it: 'Elementi posterolaterali', en: 'Posterolateral elements' },
    help: {
      it: 'Frattura o sostituzione tumorale di faccetta, peduncolo o articolazione costovertebrale.',
      en: 'Fracture or tumour replacement of the facet, pedicle or costovertebral joint.',
    },
    options: {
      bilateral: { it: 'Bilaterale', en: 'Bilateral' },
      unilateral: { it: 'Unilaterale', en: 'Unilateral' },
      none: { it: 'Nessuno', en: 'None' },
    },
  },
};

const bands: Readonly<Record<SinsBand, { label: Localized; meaning: Localized }>> = {
  stable: {
    label: { it: 'Stabile', en: 'Stable' },
    meaning: {
      it: 'Punteggio nella fascia stabile: il totale da solo non chiede una stabilizzazione. Se il dolore è meccanico, vale il passo successivo, che la indica comunque.',
      en: 'Score in the stable band: the total alone does not call for stabilization. If the pain is mechanical, the next step applies, and it does call for it.',
    },
  },
  indeterminate: {
    label: { it: 'Possibile instabilità (indeterminato)', en: 'Possible instability (indeterminate)' },
    meaning: {
      it: 'Instabilità possibile: gli autori raccomandano una valutazione chirurgica; con il chirurgo si decide se stabilizzare, anche con il cemento quando nessuna controindicazione lo esclude.',
      en: 'Possible instability: the authors recommend a surgical consultation; whether to stabilize, cement included where no contraindication rules it out, is decided with the surgeon.',
    },
  },
  unstable: {
    label: { it: 'Instabile', en: 'Unstable' },
    meaning: {
      it: 'Colonna instabile: è indicata una valutazione chirurgica per la stabilizzazione.',
      en: 'Unstable spine: a surgical consultation for stabilization is warranted.',
    },
  },
};

export const sinsDefinition: SumScoreDefinition<SinsComponentId, SinsBand> = {
  id: 'sins',
  name: { it: 'SINS (Spinal Instability Neoplastic Score)', en: 'SINS (Spinal Instability Neoplastic Score)' },
  refs: ['fisher2010'],
  components: sinsPoints.components.map((c) => ({
    id: c.id,
    label: components[c.id].label,
    help: components[c.id].help,
    options: c.options.map((o) => ({ id: o.id, points: o.points, label: components[c.id].options[o.id]! })),
  })),
  bands: sinsPoints.bands.map((b) => ({ ...b, ...bands[b.code] })),
};
