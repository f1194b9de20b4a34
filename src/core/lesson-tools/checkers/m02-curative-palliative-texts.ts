import { checkerTextsIn, yesNoWording, type CheckerWording } from '../checker/checker-texts';
import type { Locale } from '../../i18n/locales';

/**
 * The wording of the curativePalliative check (rules: ./m02-curative-palliative.ts), both languages. Only the server reads this file:
 * the Astro wrapper and the deck data pass the island one language's texts.
 */
export const curativePalliativeWording: CheckerWording = {
  title: { it: 'Curativo o palliativo?', en: 'Curative or palliative?' },
  lead: { it: 'Descrivi la lesione: lo strumento applica i criteri CIRSE per il trattamento percutaneo curativo e segnala dove la linea guida si contraddice.', en: 'Describe the lesion: the tool applies the CIRSE criteria for curative percutaneous treatment and shows where the guideline contradicts itself.' },
  questions: {
    type: { label: { it: 'Tipo di lesione', en: 'Type of lesion' }, options: { oo: { it: 'Osteoma osteoide', en: 'Osteoid osteoma' }, ob: { it: 'Osteoblastoma', en: 'Osteoblastoma' }, cb: { it: 'Condroblastoma', en: 'Chondroblastoma' }, malignant: { it: 'Tumore maligno primitivo o metastasi', en: 'Malignant primary tumour or metastasis' } } },
    obSize: { label: { it: 'Diametro massimo dell’osteoblastoma', en: 'Largest diameter of the osteoblastoma' }, options: { lt3: { it: 'Meno di 3 cm', en: 'Under 3 cm' }, ge3: { it: '3 cm o più', en: '3 cm or more' } } },
    surgery: { label: { it: 'Il paziente è candidabile alla chirurgia?', en: 'Is the patient a candidate for surgery?' }, options: yesNoWording },
    sites: { label: { it: 'Numero di localizzazioni', en: 'Number of sites' }, options: { lt3: { it: 'Meno di 3', en: 'Fewer than 3' }, ge3: { it: '3 o più', en: '3 or more' } } },
    size: { label: { it: 'Diametro massimo della lesione da trattare', en: 'Largest diameter of the lesion to treat' }, options: { lt3: { it: 'Meno di 3 cm', en: 'Under 3 cm' }, '3to5': { it: 'Da 3 a 5 cm', en: '3 to 5 cm' }, gt5: { it: 'Più di 5 cm', en: 'Over 5 cm' } } },
    mdt: { label: { it: 'Discusso in riunione multidisciplinare?', en: 'Discussed at a multidisciplinary meeting?' }, options: yesNoWording },
  },
  findings: {
    'oo-biopsy': { it: 'L’osteoma osteoide ha un aspetto tipico: di norma non serve la biopsia.', en: 'Osteoid osteoma looks typical on imaging: biopsy is usually not needed.' },
    'cb-biopsy': { it: 'Nel condroblastoma la biopsia va sempre eseguita, per distinguerlo dal condrosarcoma a cellule chiare.', en: 'Chondroblastoma always needs a biopsy, to tell it from clear-cell chondrosarcoma.' },
    'ob-size': { it: 'L’osteoblastoma rientra fra le indicazioni curative solo sotto i 3 cm.', en: 'Osteoblastoma is a curative indication only under 3 cm.' },
    operable: { it: 'I criteri curativi percutanei valgono per i pazienti non candidabili alla chirurgia: discuti prima la chirurgia.', en: 'The curative percutaneous criteria apply to patients who are not surgical candidates: discuss surgery first.' },
    sites: { it: 'Con 3 o più localizzazioni il criterio curativo (meno di 3) non è soddisfatto.', en: 'With 3 or more sites the curative criterion (fewer than 3) is not met.' },
    'size-conflict': { it: 'Discrepanza nella stessa linea guida CIRSE: i criteri generali chiedono lesioni sotto 3 cm, la sezione sulla radiofrequenza ammette a scopo curativo tumori fino a 5 cm. Dichiara quale criterio applichi.', en: 'A discrepancy inside the CIRSE guideline: the general criteria ask for lesions under 3 cm, the radiofrequency section accepts tumours up to 5 cm for curative intent. Say which criterion you apply.' },
    'size-over': { it: 'Oltre 5 cm nessuno dei due criteri della linea guida è soddisfatto.', en: 'Over 5 cm neither of the guideline’s criteria is met.' },
    mdt: { it: 'Per le lesioni maligne la decisione richiede prima una valutazione multidisciplinare.', en: 'For malignant lesions the decision needs a multidisciplinary review first.' },
    'met-biopsy': { it: 'Le metastasi richiedono la biopsia solo con primitivo occulto, più tumori primitivi o dubbio che la lesione derivi dal primitivo noto.', en: 'Metastases need a biopsy only with an occult primary, several primaries, or doubt that the lesion comes from the known primary.' },
  },
  verdicts: {
    'mdt-first': { it: 'Prima la riunione multidisciplinare', en: 'Multidisciplinary review first' },
    curative: { it: 'Scopo curativo possibile secondo i criteri CIRSE', en: 'Curative aim possible by the CIRSE criteria' },
    conflict: { it: 'Dipende da quale parte della linea guida si applica', en: 'It depends on which part of the guideline you apply' },
    palliative: { it: 'Scopo palliativo: dolore, riduzione della massa, prevenzione delle fratture, decompressione', en: 'Palliative aim: pain relief, debulking, fracture prevention, decompression' },
  },
};

/** One language's wording, as the island receives it. */
export const curativePalliativeTextsIn = (lang: Locale) => checkerTextsIn(curativePalliativeWording, lang);
