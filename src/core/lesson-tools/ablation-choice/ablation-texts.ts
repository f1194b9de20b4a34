import type { Locale, Localized } from '../../i18n/locales';
import type { AblationReasonId } from './ablation-rules';

/**
 * The ablation modality chooser's wording, both languages (the rules and their sources: ./ablation-rules.ts).
 * Only the server imports this file: the Astro wrapper (and the deck data) pass the island one language's texts.
 */
export const ablationReasonTexts: Record<AblationReasonId, Localized> = {
  'rf-metal': { it: 'Gli impianti metallici controindicano la radiofrequenza (il laser è l’alternativa).', en: 'Metal implants contraindicate radiofrequency (laser is the alternative).' },
  'rf-curative-size': { it: 'A scopo curativo il tumore non dovrebbe superare i 5 cm.', en: 'For curative intent the tumour should not exceed 5 cm.' },
  'rf-small-away': { it: 'Lesione piccola lontana da vasi e nervi: la radiofrequenza è la scelta del diagramma di gestione.', en: 'Small lesion away from vessels and nerves: radiofrequency is the management flowchart’s choice.' },
  'rf-near-nerves': { it: 'Vicino ai nervi servono protezione e monitoraggio termico; senza corticale integra interposta è una controindicazione relativa.', en: 'Near nerves it needs thermal protection and monitoring; with no intact cortex in between it is a relative contraindication.' },
  'rf-impedance': { it: 'Dipende dall’impedenza: nelle lesioni addensanti rende meno delle microonde.', en: 'It depends on impedance: in sclerotic lesions it performs less well than microwaves.' },
  'rf-electrodes': { it: 'Elettrodi per ogni dimensione: semplici (< 5 mm), raffreddati (fino a 3 cm), espandibili (fino a 7 cm).', en: 'Electrodes for every size: plain (< 5 mm), cooled (up to 3 cm), expandable (up to 7 cm).' },
  'mw-close': { it: 'Il diagramma non propone le microonde vicino a vasi e nervi (propone crioablazione o elettrochemioterapia); se si usano, servono protezione e monitoraggio termico.', en: 'The flowchart does not propose microwaves close to vessels and nerves (it proposes cryoablation or electrochemotherapy); if they are used, thermal protection and monitoring are needed.' },
  'mw-large-away': { it: 'Lesione grande lontana da vasi e nervi: zone ampie e uniformi in poco tempo, meno effetto heat sink.', en: 'Large lesion away from vessels and nerves: large, uniform zones quickly, less heat sink.' },
  'mw-impedance': { it: 'Meno dipendente dall’impedenza: migliore nelle lesioni osteoaddensanti e miste.', en: 'Less dependent on impedance: better in osteoblastic and mixed lesions.' },
  'mw-small': { it: 'Possibile anche in lesioni piccole, ma il suo vantaggio è il volume.', en: 'Possible in small lesions too, but its advantage is volume.' },
  'cryo-close': { it: 'Vicino a strutture critiche: l’ice ball si vede in TC e RM e si può modellare.', en: 'Close to critical structures: the ice ball is visible on CT and MRI and can be shaped.' },
  'cryo-large': { it: 'Più sonde insieme (fino a 25) danno ice ball anche oltre 8 cm.', en: 'Several probes together (up to 25) give ice balls beyond 8 cm.' },
  'cryo-drill': { it: 'Le metastasi osteoaddensanti richiedono un trapano osseo per posizionare le sonde.', en: 'Osteoblastic metastases need a bone drill to place the probes.' },
  'cryo-long': { it: 'Procedura più lunga (circa 2 ore) e talora più costosa della radiofrequenza.', en: 'A longer procedure (about 2 hours), sometimes more costly than radiofrequency.' },
  'laser-small': { it: 'Zona di ablazione piccola: indicazione migliore nei tumori sotto 1 cm (osteoma osteoide).', en: 'Small ablation zone: best indication in tumours under 1 cm (osteoid osteoma).' },
  'laser-metal': { it: 'Alternativa quando la radiofrequenza è controindicata da impianti metallici.', en: 'The alternative when metal implants contraindicate radiofrequency.' },
  'laser-large': { it: 'Per lesioni grandi servono più fibre (fino a 8, a circa 1,5 cm l’una dall’altra).', en: 'Large lesions need several fibres (up to 8, about 1.5 cm apart).' },
  'laser-mr': { it: 'Compatibile con la RM; zona di ablazione piccola.', en: 'MR-compatible; small ablation zone.' },
  'ethanol-curative': { it: 'È un trattamento palliativo, non curativo.', en: 'It is a palliative, not a curative, treatment.' },
  'ethanol-fracture': { it: 'Indicata solo nei tumori osteolitici non a rischio di frattura patologica.', en: 'Indicated only for osteolytic tumours not at risk of pathological fracture.' },
  'ethanol-lytic': { it: 'Indicata nei tumori osteolitici dolorosi.', en: 'Indicated for painful osteolytic tumours.' },
  'ethanol-size': { it: 'I risultati migliori sono nelle lesioni osteolitiche di 3–6 cm.', en: 'Best results are in osteolytic lesions of 3–6 cm.' },
  'ethanol-unpredictable': { it: 'Necrosi di forma ed estensione non sempre prevedibili; mezzo di contrasto prima dell’alcol.', en: 'Necrosis of unpredictable shape and extent; contrast before the alcohol.' },
};

/** Consolidation when the bone may break (shown with a fracture risk; its source: consolidationAdvice). */
export const consolidationText: Localized = { it: 'Con rischio di frattura patologica l’ablazione va associata a un consolidamento: cementoplastica per ossa piatte e vertebre, chirurgia per le ossa lunghe; il cemento solo a temperatura tornata normale.', en: 'With a risk of pathological fracture, combine ablation with consolidation: cementoplasty for flat bones and vertebrae, surgery for long bones; cement only once the temperature is back to normal.' };

/** One language's wording, as the island receives it: reason id → sentence, and the consolidation advice. */
export interface AblationTexts { reasons: Record<AblationReasonId, string>; consolidation: string }

export function ablationTextsIn(lang: Locale): AblationTexts {
  const reasons = Object.fromEntries(Object.entries(ablationReasonTexts).map(([id, t]) => [id, t[lang]])) as Record<AblationReasonId, string>;
  return { reasons, consolidation: consolidationText[lang] };
}
