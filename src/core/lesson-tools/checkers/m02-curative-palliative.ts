import { yesNo, type Answers, type CheckerDef } from '../checker/checker';

/** M2 — curative or palliative aim by the CIRSE criteria (Gangi 2010), with the guideline's own size conflict. */
const malignant = (a: Answers) => a.type === 'malignant';
const curativeMalignant = (a: Answers) => malignant(a) && a.surgery === 'no' && a.sites === 'lt3' && a.mdt === 'yes';

export const curativePalliative: CheckerDef = {
  id: 'curative-palliative',
  title: { it: 'Curativo o palliativo?', en: 'Curative or palliative?' },
  lead: { it: 'Descrivi la lesione: lo strumento applica i criteri CIRSE per il trattamento percutaneo curativo e segnala dove la linea guida si contraddice.', en: 'Describe the lesion: the tool applies the CIRSE criteria for curative percutaneous treatment and shows where the guideline contradicts itself.' },
  questions: [
    { id: 'type', label: { it: 'Tipo di lesione', en: 'Type of lesion' }, options: [
      { id: 'oo', label: { it: 'Osteoma osteoide', en: 'Osteoid osteoma' } },
      { id: 'ob', label: { it: 'Osteoblastoma', en: 'Osteoblastoma' } },
      { id: 'cb', label: { it: 'Condroblastoma', en: 'Chondroblastoma' } },
      { id: 'malignant', label: { it: 'Tumore maligno primitivo o metastasi', en: 'Malignant primary tumour or metastasis' } },
    ] },
    { id: 'obSize', showIf: (a) => a.type === 'ob', label: { it: 'Diametro massimo dell’osteoblastoma', en: 'Largest diameter of the osteoblastoma' }, options: [
      { id: 'lt3', label: { it: 'Meno di 3 cm', en: 'Under 3 cm' } }, { id: 'ge3', label: { it: '3 cm o più', en: '3 cm or more' } },
    ] },
    { id: 'surgery', showIf: malignant, label: { it: 'Il paziente è candidabile alla chirurgia?', en: 'Is the patient a candidate for surgery?' }, options: yesNo },
    { id: 'sites', showIf: malignant, label: { it: 'Numero di localizzazioni', en: 'Number of sites' }, options: [
      { id: 'lt3', label: { it: 'Meno di 3', en: 'Fewer than 3' } }, { id: 'ge3', label: { it: '3 o più', en: '3 or more' } },
    ] },
    { id: 'size', showIf: malignant, label: { it: 'Diametro massimo della lesione da trattare', en: 'Largest diameter of the lesion to treat' }, options: [
      { id: 'lt3', label: { it: 'Meno di 3 cm', en: 'Under 3 cm' } }, { id: '3to5', label: { it: 'Da 3 a 5 cm', en: '3 to 5 cm' } }, { id: 'gt5', label: { it: 'Più di 5 cm', en: 'Over 5 cm' } },
    ] },
    { id: 'mdt', showIf: malignant, label: { it: 'Discusso in riunione multidisciplinare?', en: 'Discussed at a multidisciplinary meeting?' }, options: yesNo },
  ],
  findings: [
    { id: 'oo-biopsy', level: 'info', when: (a) => a.type === 'oo', refs: ['gangi2010'], text: { it: 'L’osteoma osteoide ha un aspetto tipico: di norma non serve la biopsia.', en: 'Osteoid osteoma looks typical on imaging: biopsy is usually not needed.' } },
    { id: 'cb-biopsy', level: 'warn', when: (a) => a.type === 'cb', refs: ['gangi2010'], text: { it: 'Nel condroblastoma la biopsia va sempre eseguita, per distinguerlo dal condrosarcoma a cellule chiare.', en: 'Chondroblastoma always needs a biopsy, to tell it from clear-cell chondrosarcoma.' } },
    { id: 'ob-size', level: 'warn', when: (a) => a.type === 'ob' && a.obSize === 'ge3', refs: ['gangi2010'], text: { it: 'L’osteoblastoma rientra fra le indicazioni curative solo sotto i 3 cm.', en: 'Osteoblastoma is a curative indication only under 3 cm.' } },
    { id: 'operable', level: 'info', when: (a) => malignant(a) && a.surgery === 'yes', refs: ['gangi2010'], text: { it: 'I criteri curativi percutanei valgono per i pazienti non candidabili alla chirurgia: discuti prima la chirurgia.', en: 'The curative percutaneous criteria apply to patients who are not surgical candidates: discuss surgery first.' } },
    { id: 'sites', level: 'warn', when: (a) => malignant(a) && a.sites === 'ge3', refs: ['gangi2010'], text: { it: 'Con 3 o più localizzazioni il criterio curativo (meno di 3) non è soddisfatto.', en: 'With 3 or more sites the curative criterion (fewer than 3) is not met.' } },
    { id: 'size-conflict', level: 'warn', when: (a) => malignant(a) && a.size === '3to5', refs: ['gangi2010'], text: { it: 'Discrepanza nella stessa linea guida CIRSE: i criteri generali chiedono lesioni sotto 3 cm, la sezione sulla radiofrequenza ammette a scopo curativo tumori fino a 5 cm. Dichiara quale criterio applichi.', en: 'A discrepancy inside the CIRSE guideline: the general criteria ask for lesions under 3 cm, the radiofrequency section accepts tumours up to 5 cm for curative intent. Say which criterion you apply.' } },
    { id: 'size-over', level: 'warn', when: (a) => malignant(a) && a.size === 'gt5', refs: ['gangi2010'], text: { it: 'Oltre 5 cm nessuno dei due criteri della linea guida è soddisfatto.', en: 'Over 5 cm neither of the guideline’s criteria is met.' } },
    { id: 'mdt', level: 'stop', when: (a) => malignant(a) && a.mdt === 'no', refs: ['gangi2010'], text: { it: 'Per le lesioni maligne la decisione richiede prima una valutazione multidisciplinare.', en: 'For malignant lesions the decision needs a multidisciplinary review first.' } },
    { id: 'met-biopsy', level: 'info', when: malignant, refs: ['gangi2010'], text: { it: 'Le metastasi richiedono la biopsia solo con primitivo occulto, più tumori primitivi o dubbio che la lesione derivi dal primitivo noto.', en: 'Metastases need a biopsy only with an occult primary, several primaries, or doubt that the lesion comes from the known primary.' } },
  ],
  verdicts: [
    { code: 'mdt-first', tone: 'warn', when: (a) => malignant(a) && a.mdt === 'no', label: { it: 'Prima la riunione multidisciplinare', en: 'Multidisciplinary review first' } },
    { code: 'curative', tone: 'ok', when: (a) => a.type === 'oo' || a.type === 'cb' || (a.type === 'ob' && a.obSize === 'lt3') || (curativeMalignant(a) && a.size === 'lt3'), label: { it: 'Scopo curativo possibile secondo i criteri CIRSE', en: 'Curative aim possible by the CIRSE criteria' } },
    { code: 'conflict', tone: 'warn', when: (a) => curativeMalignant(a) && a.size === '3to5', label: { it: 'Dipende da quale parte della linea guida si applica', en: 'It depends on which part of the guideline you apply' } },
    { code: 'palliative', tone: 'neutral', when: () => true, label: { it: 'Scopo palliativo: dolore, riduzione della massa, prevenzione delle fratture, decompressione', en: 'Palliative aim: pain relief, debulking, fracture prevention, decompression' } },
  ],
};
