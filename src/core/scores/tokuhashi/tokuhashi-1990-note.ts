import type { Localized } from '../../i18n/locales';

/**
 * How the original score (Tokuhashi et al., Spine 1990; tokuhashi1990) differs from the 2005 revision the
 * calculator uses. Seed 000 shows only the 1990 citation (title and journal) on its prognosis slide, with
 * no points table, so the lesson must say that the revised version is the one computed here.
 */
export interface TokuhashiVersionNote {
  refs: readonly string[];
  title: Localized;
  /** One sentence per difference, so a view can render them as a list. */
  points: readonly Localized[];
}

export const tokuhashi1990Note: TokuhashiVersionNote = {
  refs: ['tokuhashi1990', 'tokuhashi2005'],
  title: {
    it: 'La versione originale del 1990',
    en: 'The original 1990 version',
  },
  points: [
    {
      it: 'La lezione del corso italiano, parlando di prognosi, cita il lavoro del 1990; questo calcolatore usa la revisione del 2005, oggi quella di riferimento.',
      en: 'The Italian lecture course cites the 1990 paper when it discusses prognosis; this calculator uses the 2005 revision, the one in current use.',
    },
    {
      it: 'Nel 1990 gli stessi sei parametri valevano ciascuno da 0 a 2 punti, per un totale massimo di 12 invece di 15.',
      en: 'In 1990 the same six items were each worth 0 to 2 points, so the maximum total was 12 rather than 15.',
    },
    {
      it: 'La sede del primitivo aveva solo tre livelli: 0 per polmone e stomaco; 1 per rene, fegato, utero, altre sedi e primitivo ignoto; 2 per tiroide, prostata, mammella e retto.',
      en: 'The primary site had only three levels: 0 for lung and stomach; 1 for kidney, liver, uterus, other sites and unknown primary; 2 for thyroid, prostate, breast and rectum.',
    },
    {
      it: 'La revisione del 2005 ha ampliato la sede del primitivo a 0–5 punti, separando i tumori a crescita lenta (tiroide, mammella, prostata, carcinoide: 5 punti) da quelli aggressivi, e ha introdotto tre fasce di sopravvivenza attesa legate a una proposta terapeutica.',
      en: 'The 2005 revision widened the primary site to 0–5 points, separating slow-growing tumours (thyroid, breast, prostate, carcinoid: 5 points) from aggressive ones, and introduced three expected-survival bands tied to a treatment suggestion.',
    },
  ],
};
