import type { Locale } from '../../i18n/locales';
import { checkerTextsIn, yesNoWording, type CheckerWording } from '../checker/checker-texts';
import type { CheckerTexts } from '../checker/checker';

/**
 * The M10 RF ionization (coblation) check's wording, both languages (its logic: ./m10-coblation.ts).
 * Only the server imports this file: the Astro wrapper (and the deck data) pass the island one language's texts.
 */
export const coblationWording: CheckerWording = {
  title: { it: 'Candidato alla ionizzazione a radiofrequenza?', en: 'Candidate for RF ionization?' },
  lead: { it: 'Rispondi per il paziente: lo strumento applica i criteri CIRSE per la decompressione percutanea con ionizzazione a radiofrequenza (coblazione).', en: 'Answer for the patient: the tool applies the CIRSE criteria for percutaneous decompression with RF ionization (coblation).' },
  questions: {
    spinal: { label: { it: 'Tumore vertebrale doloroso?', en: 'Painful spinal tumour?' }, options: yesNoWording },
    operable: { label: { it: 'Il paziente è operabile?', en: 'Is the patient operable?' }, options: yesNoWording },
    canal: { label: { it: 'Il tumore si estende nel canale (epidurale)?', en: 'Does the tumour extend into the canal (epidural)?' }, options: yesNoWording },
    wall: { label: { it: 'Il muro posteriore del corpo vertebrale è interrotto?', en: 'Is the posterior wall of the vertebral body broken?' }, options: yesNoWording },
    deficit: { label: { it: 'Compressione midollare sintomatica o deficit neurologico in peggioramento?', en: 'Symptomatic cord compression or a worsening neurological deficit?' }, options: yesNoWording },
  },
  findings: {
    deficit: { it: 'Compressione sintomatica: il trattamento precoce è obbligatorio e con un deficit la chirurgia resta il cardine; consulto urgente con il chirurgo vertebrale e il radioterapista. Niente cemento a quel livello.', en: 'Symptomatic compression: early treatment is mandatory and with a deficit surgery remains the mainstay; urgent consultation with the spine surgeon and the radiation oncologist. No cement at that level.' },
    operable: { it: 'I candidati migliori sono i pazienti non operabili: in un paziente operabile discuti prima la chirurgia con il chirurgo vertebrale.', en: 'The best candidates are inoperable patients: in an operable patient discuss surgery with the spine surgeon first.' },
    best: { it: 'Candidato migliore: tumore vertebrale doloroso non operabile con estensione nel canale o muro posteriore interrotto. Si decomprime con la ionizzazione, poi si riempie la cavità con cemento.', en: 'Best candidate: inoperable painful spinal tumour with canal extension or a broken posterior wall. Decompress with ionization, then fill the cavity with cement.' },
    wall: { it: 'Con il muro posteriore interrotto il cemento da solo rischia di fuoriuscire nel canale o di spingervi il tumore.', en: 'With a broken posterior wall cement alone risks leaking into the canal or pushing tumour into it.' },
    technique: { it: 'Tecnica: trocar osseo, elettrodo bipolare da 16 G, soluzione salina dal catetere laterale per attivare il plasma, punta angolata ruotata per più canali. Sollievo dalla nevralgia fino all’87%; complicanze: lesione delle radici, perforazione di organi vicini.', en: 'Technique: bone trocar, 16 G bipolar electrode, saline through the side catheter to start the plasma, angled tip rotated for several channels. Neuralgia relief in up to 87%; complications: root injury, perforation of nearby organs.' },
  },
  verdicts: {
    urgent: { it: 'Urgenza: consulto chirurgico e radioterapico', en: 'Urgent: surgical and radiation oncology consultation' },
    'not-spinal': { it: 'La ionizzazione a radiofrequenza è descritta per i tumori vertebrali', en: 'RF ionization is described for spinal tumours' },
    'surgery-first': { it: 'Operabile: prima il parere chirurgico', en: 'Operable: surgical opinion first' },
    candidate: { it: 'Buon candidato alla ionizzazione seguita da cemento', en: 'Good candidate for ionization followed by cement' },
    other: { it: 'Né estensione nel canale né muro rotto: non è il candidato tipico della ionizzazione; valuta cementoplastica o ablazione', en: 'No canal extension or broken wall: not the typical candidate for ionization; consider cementoplasty or ablation' },
  },
};

export const coblationTextsIn = (lang: Locale): CheckerTexts => checkerTextsIn(coblationWording, lang);
