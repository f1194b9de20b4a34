import { defineGraph } from './decision-graph';

/**
 * A4 — the NOMS decision framework for spinal metastases (Laufer et al., The Oncologist 2013, ref
 * laufer2013; taught in seed 000). Self-contained data: it deliberately does not import src/core/scores/noms,
 * but uses the same vocabulary (ESCC low/high grade, radiosensitive/radioresistant, SINS ≥ 13 unstable,
 * able to tolerate surgery) and the same recommendation wording.
 * Order: N → O → (S, only where it changes the answer) → M. Mechanical instability is judged on its own in
 * NOMS; it is asked last so that each path ends with the full plan (stabilization + which radiation).
 * After separation surgery no M question is needed: the operation includes instrumented stabilization.
 */
const escc = {
  it: "La scala ESCC (Bilsky) gradua sulla RM T2 assiale quanto il tumore epidurale comprime sacco durale e midollo. Nel NOMS i gradi 0 e 1 (1a, 1b, 1c) sono di basso grado: il midollo non è compresso. I gradi 2 (midollo compresso, liquor ancora visibile) e 3 (liquor non più visibile) sono di alto grado. Il grado 1c, con il tumore a contatto del midollo senza comprimerlo, è il caso limite e va discusso.",
  en: 'The ESCC (Bilsky) scale grades on axial T2 MRI how far epidural tumour compresses the thecal sac and cord. In NOMS grades 0 and 1 (1a, 1b, 1c) are low grade: the cord is not compressed. Grades 2 (cord compressed, CSF still visible) and 3 (no CSF visible) are high grade. Grade 1c, with tumour touching the cord without compressing it, is the borderline case and needs discussion.',
};

const mechanicalWhy = {
  it: "La stabilità meccanica si valuta a parte, perché la radioterapia non corregge il dolore meccanico né il rischio di crollo: una colonna instabile va stabilizzata prima di irradiare. Qui la soglia è SINS ≥ 13 (instabile). Con SINS 7–12 l'instabilità è possibile e si raccomanda comunque un consulto chirurgico; nel corso italiano (2020) un caso con SINS 12 è etichettato come instabile, anche se per le fasce rientra nella possibile instabilità.",
  en: 'Mechanical stability is judged separately, because radiotherapy corrects neither mechanical pain nor the risk of collapse: an unstable spine is stabilized before it is irradiated. The threshold here is SINS ≥ 13 (unstable). With SINS 7–12 instability is possible and a surgical opinion is still advised; in the Italian lecture course (2020) a case scoring SINS 12 is labelled unstable, although by the bands it falls in possible instability.',
};

const mechanicalOptions = (stable: 'cebrt' | 'srs', unstable: 'stabilize-cebrt' | 'stabilize-srs') =>
  [
    { id: 'stable', label: { it: 'Stabile o potenzialmente instabile (SINS 0–12)', en: 'Stable or possibly unstable (SINS 0–12)' }, next: stable },
    { id: 'unstable', label: { it: 'Instabile (SINS 13–18)', en: 'Unstable (SINS 13–18)' }, next: unstable },
  ] as const;

const sensitivityOptions = (sensitive: 'mechanical-cebrt', resistant: 'mechanical-srs' | 'systemic') =>
  [
    {
      id: 'radiosensitive',
      label: { it: 'Radiosensibile (es. linfoma, mieloma, seminoma)', en: 'Radiosensitive (e.g. lymphoma, myeloma, seminoma)' },
      next: sensitive,
    },
    {
      id: 'radioresistant',
      label: {
        it: 'Radioresistente (es. carcinoma renale, melanoma, sarcoma)',
        en: 'Radioresistant (e.g. renal cell carcinoma, melanoma, sarcoma)',
      },
      next: resistant,
    },
  ] as const;

const stabilizationText = {
  it: "Con SINS ≥ 13 la colonna è instabile e va stabilizzata prima della radioterapia. Una grave instabilità richiede la stabilizzazione chirurgica (aperta o mininvasiva) nel paziente che può sostenerla; il dolore da carico assiale senza grave instabilità, per esempio da frattura patologica del corpo vertebrale, si può trattare con la cementoplastica percutanea (vertebroplastica o cifoplastica), che è anche la via per chi non tollera l'intervento.",
  en: 'With SINS ≥ 13 the spine is unstable and is stabilized before radiotherapy. Gross instability calls for surgical stabilization (open or minimally invasive) in a patient fit for it; axial-load pain without gross instability, for instance from a pathological fracture of the vertebral body, can be treated with percutaneous cement augmentation (vertebroplasty or kyphoplasty), which is also the route for patients who cannot tolerate surgery.',
};

export const a4Noms = defineGraph({
  id: 'a4-noms',
  title: { it: 'NOMS: neurologico, oncologico, meccanico, sistemico', en: 'NOMS: neurologic, oncologic, mechanical, systemic' },
  summary: {
    it: "Lo schema decisionale NOMS per le metastasi vertebrali mette insieme quattro valutazioni: il grado di compressione epidurale (ESCC), la radiosensibilità del tumore alla radioterapia convenzionale, la stabilità meccanica (SINS) e lo stato sistemico del paziente (aspettativa di vita, comorbidità). Dalla loro integrazione discendono la scelta della radioterapia (cEBRT o SRS), della chirurgia o della cementoplastica e della terapia sistemica.",
    en: 'The NOMS decision framework for spinal metastases combines four assessments: the grade of epidural spinal cord compression (ESCC), the tumour’s radiosensitivity to conventional radiotherapy, mechanical stability (SINS) and the patient’s systemic status (life expectancy, comorbidities). Together they decide on radiation (cEBRT or SRS), surgery or cement augmentation, and systemic therapy.',
  },
  refs: ['laufer2013', 'fisher2010'],
  root: 'neurologic',
  nodes: {
    neurologic: {
      kind: 'question',
      text: {
        it: 'N — Qual è il grado di compressione epidurale (ESCC) alla RM?',
        en: 'N — What is the grade of epidural spinal cord compression (ESCC) on MRI?',
      },
      why: escc,
      refs: ['laufer2013'],
      options: [
        { id: 'low-grade', label: { it: 'Basso grado: ESCC 0, 1a, 1b, 1c', en: 'Low grade: ESCC 0, 1a, 1b, 1c' }, next: 'oncologic-low' },
        { id: 'high-grade', label: { it: 'Alto grado: ESCC 2 o 3', en: 'High grade: ESCC 2 or 3' }, next: 'oncologic-high' },
      ],
    },

    'oncologic-low': {
      kind: 'question',
      text: {
        it: 'O — Il tumore è radiosensibile o radioresistente alla radioterapia convenzionale?',
        en: 'O — Is the tumour radiosensitive or radioresistant to conventional radiotherapy?',
      },
      why: {
        it: "L'istologia è forse il fattore più importante per prevedere la risposta alla radioterapia a fasci esterni convenzionale (cEBRT). Con una compressione di basso grado il midollo non è in pericolo immediato: un tumore radiosensibile si controlla con la cEBRT, uno radioresistente richiede le dosi alte e conformate della radiochirurgia stereotassica (SRS).",
        en: 'Histology is perhaps the most important factor predicting response to conventional external beam radiotherapy (cEBRT). With low-grade compression the cord is not in immediate danger: a radiosensitive tumour is controlled with cEBRT, a radioresistant one needs the high, conformal doses of stereotactic radiosurgery (SRS).',
      },
      refs: ['laufer2013', 'seed000-lecture'],
      options: sensitivityOptions('mechanical-cebrt', 'mechanical-srs'),
    },

    'oncologic-high': {
      kind: 'question',
      text: {
        it: 'O — Il tumore è radiosensibile o radioresistente alla radioterapia convenzionale?',
        en: 'O — Is the tumour radiosensitive or radioresistant to conventional radiotherapy?',
      },
      why: {
        it: "Con una compressione di alto grado l'istologia decide se la radioterapia può decomprimere da sola: i tumori radiosensibili rispondono alla cEBRT anche quando comprimono il midollo, quelli radioresistenti no, e allora il midollo va prima liberato chirurgicamente, se il paziente può affrontare l'intervento.",
        en: 'With high-grade compression histology decides whether radiotherapy alone can decompress: radiosensitive tumours respond to cEBRT even when they compress the cord, radioresistant ones do not, and the cord must first be freed surgically, if the patient can face the operation.',
      },
      refs: ['laufer2013', 'seed000-lecture'],
      options: sensitivityOptions('mechanical-cebrt', 'systemic'),
    },

    systemic: {
      kind: 'question',
      text: { it: 'S — Il paziente è in grado di sostenere un intervento chirurgico?', en: 'S — Can the patient tolerate surgery?' },
      why: {
        it: "La valutazione sistemica (estensione di malattia, comorbidità, aspettativa di vita) stabilisce se il beneficio della chirurgia ne giustifica i rischi. Nel tumore radioresistente con compressione di alto grado la chirurgia di separazione è la strada migliore, ma solo per chi può affrontarla.",
        en: 'The systemic assessment (disease burden, comorbidities, life expectancy) decides whether the benefit of surgery justifies its risks. For a radioresistant tumour with high-grade compression separation surgery is the best route, but only for those who can face it.',
      },
      refs: ['laufer2013'],
      options: [
        { id: 'tolerates-surgery', label: { it: "Sì, può sostenere l'intervento", en: 'Yes, can tolerate surgery' }, next: 'separation-srs' },
        {
          id: 'cannot-tolerate-surgery',
          label: { it: "No, l'intervento non è sostenibile", en: 'No, cannot tolerate surgery' },
          next: 'mechanical-cebrt',
        },
      ],
    },

    'mechanical-cebrt': {
      kind: 'question',
      text: { it: 'M — La colonna è stabile? (SINS)', en: 'M — Is the spine stable? (SINS)' },
      why: mechanicalWhy,
      refs: ['fisher2010', 'laufer2013', 'seed000-lecture'],
      options: mechanicalOptions('cebrt', 'stabilize-cebrt'),
    },

    'mechanical-srs': {
      kind: 'question',
      text: { it: 'M — La colonna è stabile? (SINS)', en: 'M — Is the spine stable? (SINS)' },
      why: mechanicalWhy,
      refs: ['fisher2010', 'laufer2013', 'seed000-lecture'],
      options: mechanicalOptions('srs', 'stabilize-srs'),
    },

    cebrt: {
      kind: 'recommendation',
      title: { it: 'Radioterapia convenzionale (cEBRT)', en: 'Conventional external beam radiotherapy (cEBRT)' },
      explanation: {
        it: "È la scelta NOMS quando il tumore è radiosensibile, qualunque sia il grado di compressione, e la colonna è stabile: la radioterapia controlla il tumore e nei radiosensibili riesce a decomprimere anche il midollo. È anche il ripiego per il tumore radioresistente con compressione di alto grado quando il paziente non può essere operato; la terapia sistemica prosegue secondo l'oncologo. Con SINS 7–12 (possibile instabilità) serve comunque il parere del chirurgo vertebrale prima di irradiare.",
        en: 'It is the NOMS choice when the tumour is radiosensitive, whatever the grade of compression, and the spine is stable: radiotherapy controls the tumour and, in radiosensitive histologies, can decompress the cord as well. It is also the fall-back for a radioresistant tumour with high-grade compression when the patient cannot be operated on; systemic therapy continues as the oncologist decides. With SINS 7–12 (possible instability) a spine surgeon should still give an opinion before radiotherapy.',
      },
      alternatives: [
        {
          it: "Se il dolore persiste dopo la radioterapia: ablazione percutanea secondo le indicazioni di Wallace (algoritmo A5).",
          en: 'If pain persists after radiotherapy: percutaneous ablation according to the Wallace indications (algorithm A5).',
        },
      ],
      refs: ['laufer2013', 'wallace2015a'],
    },

    srs: {
      kind: 'recommendation',
      title: { it: 'Radiochirurgia stereotassica (SRS)', en: 'Stereotactic radiosurgery (SRS)' },
      explanation: {
        it: "Nel tumore radioresistente con compressione di basso grado e colonna stabile, il NOMS indica la SRS: dosi ablative molto conformate, che risparmiano il midollo e superano la resistenza istologica alla cEBRT. Nel corso italiano (2020) la stessa tecnica compare come SBRT: dà un sollievo dal dolore più duraturo e un migliore controllo locale, anche nei tumori radioresistenti, ma è sempre più associata a fratture patologiche. Wallace et al. la consigliano se l'aspettativa di vita supera i 6 mesi, il performance status è buono e le metastasi viscerali sono poche. Con SINS 7–12 serve comunque il parere del chirurgo vertebrale prima di irradiare.",
        en: 'For a radioresistant tumour with low-grade compression and a stable spine, NOMS points to SRS: ablative, highly conformal doses that spare the cord and overcome the histological resistance to cEBRT. In the Italian lecture course (2020) the same technique appears as SBRT: it gives more durable pain relief and better local control, radioresistant tumours included, but is increasingly linked to pathological fractures. Wallace et al. advise it when life expectancy exceeds 6 months, performance status is good and visceral spread is limited. With SINS 7–12 a spine surgeon should still give an opinion before radiotherapy.',
      },
      alternatives: [
        {
          it: 'Ablazione percutanea, con o senza cemento, se la radioterapia non è possibile o non basta (algoritmo A5).',
          en: 'Percutaneous ablation, with or without cement, if radiotherapy is not possible or not enough (algorithm A5).',
        },
      ],
      refs: ['laufer2013', 'wallace2015a', 'seed000-lecture'],
    },

    'separation-srs': {
      kind: 'recommendation',
      title: { it: 'Chirurgia di separazione + SRS', en: 'Separation surgery + SRS' },
      explanation: {
        it: "Tumore radioresistente, compressione di alto grado, paziente operabile. La chirurgia di separazione non punta ad asportare tutto il tumore ma a staccarlo dal midollo, ricreando un margine che consenta poi alla SRS di erogare una dose alta senza superare la tolleranza midollare. Nello stesso intervento la colonna viene stabilizzata con strumentazione, per cui la valutazione meccanica si risolve qui.",
        en: 'Radioresistant tumour, high-grade compression, operable patient. Separation surgery does not aim to remove the whole tumour but to peel it away from the cord, recreating a margin that then lets SRS deliver a high dose without exceeding cord tolerance. The same operation stabilizes the spine with instrumentation, so the mechanical question is settled here.',
      },
      alternatives: [
        {
          it: "Se l'intervento non è sostenibile: cEBRT, con stabilizzazione percutanea se la colonna è instabile.",
          en: 'If surgery is not feasible: cEBRT, with percutaneous stabilization if the spine is unstable.',
        },
      ],
      refs: ['laufer2013'],
    },

    'stabilize-cebrt': {
      kind: 'recommendation',
      title: {
        it: 'Stabilizzazione o cementoplastica + radioterapia (cEBRT)',
        en: 'Stabilization or cement augmentation + radiation (cEBRT)',
      },
      explanation: {
        it: `${stabilizationText.it} Dopo la stabilizzazione si irradia con cEBRT, la radioterapia indicata dal resto della valutazione (tumore radiosensibile, oppure paziente non operabile).`,
        en: `${stabilizationText.en} After stabilization the spine is irradiated with cEBRT, the radiation the rest of the assessment calls for (radiosensitive tumour, or a patient who cannot be operated on).`,
      },
      alternatives: [
        {
          it: "Ablazione associata alla vertebroplastica quando prevale il dolore (algoritmo A5: lesione dolorosa con frattura imminente).",
          en: 'Ablation combined with vertebroplasty when pain dominates (algorithm A5: painful lesion with impending fracture).',
        },
      ],
      refs: ['laufer2013', 'fisher2010', 'wallace2015a'],
    },

    'stabilize-srs': {
      kind: 'recommendation',
      title: {
        it: 'Stabilizzazione o cementoplastica + radioterapia (SRS)',
        en: 'Stabilization or cement augmentation + radiation (SRS)',
      },
      explanation: {
        it: `${stabilizationText.it} Dopo la stabilizzazione si irradia con SRS, come richiede il tumore radioresistente con compressione di basso grado.`,
        en: `${stabilizationText.en} After stabilization the spine is irradiated with SRS, as the radioresistant tumour with low-grade compression requires.`,
      },
      alternatives: [
        {
          it: "Ablazione associata alla vertebroplastica quando prevale il dolore (algoritmo A5: i tumori radioresistenti sono un'indicazione all'ablazione).",
          en: 'Ablation combined with vertebroplasty when pain dominates (algorithm A5: radioresistant tumours are an indication for ablation).',
        },
      ],
      refs: ['laufer2013', 'fisher2010', 'wallace2015a'],
    },
  },
});
