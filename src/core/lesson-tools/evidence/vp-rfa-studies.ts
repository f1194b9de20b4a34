import type { Localized } from '../../i18n/locales';

/**
 * The vertebroplasty + radiofrequency ablation studies tabulated in the course lecture (seed000-lecture),
 * values as printed there, with the flags a reader of this evidence should see.
 */
export type StudyFlag = 'small' | 'retrospective' | 'non-randomized' | 'short-follow-up' | 'source-uncertain' | 'rfa-only' | 'neuro-thermal' | 'cement';
export interface Study {
  id: string;
  label: string;
  year: number;
  ref: string;
  design: 'prospective' | 'retrospective';
  patients: number;
  procedures: number;
  /** Mean follow-up in months, for sorting; `followUp` is the text as printed. */
  followUpMonths: number;
  followUp: Localized;
  improvedPct: number;
  complications: Localized;
  /** Counted events by kind (0 when none). */
  neuroThermal: number;
  cement: number;
  other: number;
  uncertainSource?: true;
  /** Tabulated by the lecture under "vertebroplasty and radiofrequency", but the published study is of ablation alone. */
  rfaOnly?: true;
}

export const vpRfaStudies: readonly Study[] = [
  { id: 'gronemeyer', label: 'Gronemeyer et al.', year: 2004, ref: 'seed000-lecture', design: 'prospective', patients: 4, procedures: 4, followUpMonths: 5.8, followUp: { it: '5,8 mesi', en: '5.8 months' }, improvedPct: 74.4, complications: { it: 'nessuna', en: 'none' }, neuroThermal: 0, cement: 0, other: 0, uncertainSource: true },
  { id: 'goetz', label: 'Goetz et al.', year: 2004, ref: 'goetz2004', design: 'prospective', patients: 43, procedures: 43, followUpMonths: 7, followUp: { it: '7 mesi', en: '7 months' }, improvedPct: 95, complications: { it: '1 ustione cutanea; 1 incontinenza urinaria e fecale transitoria; 1 frattura dell’acetabolo', en: '1 skin burn; 1 transient bladder and bowel incontinence; 1 acetabular fracture' }, neuroThermal: 2, cement: 0, other: 1, rfaOnly: true },
  { id: 'nakatsuka', label: 'Nakatsuka et al.', year: 2004, ref: 'nakatsuka2004', design: 'prospective', patients: 17, procedures: 23, followUpMonths: 4.9, followUp: { it: '4,9 mesi', en: '4.9 months' }, improvedPct: 96, complications: { it: '4 danni neurologici', en: '4 neural injuries' }, neuroThermal: 4, cement: 0, other: 0 },
  { id: 'toyota', label: 'Toyota et al.', year: 2005, ref: 'toyota2005', design: 'prospective', patients: 17, procedures: 17, followUpMonths: 7.3, followUp: { it: '7,3 mesi', en: '7.3 months' }, improvedPct: 100, complications: { it: '2 dolori radicolari', en: '2 nerve-root pain' }, neuroThermal: 2, cement: 0, other: 0 },
  { id: 'vanderlinden', label: 'van der Linden et al.', year: 2007, ref: 'vanderlinden2007', design: 'prospective', patients: 12, procedures: 12, followUpMonths: 5.6, followUp: { it: '18 (media 5,6 mesi)', en: '18 (mean 5.6 months)' }, improvedPct: 81, complications: { it: '1 dolore radicolare', en: '1 nerve-root pain' }, neuroThermal: 1, cement: 0, other: 0 },
  { id: 'hoffmann', label: 'Hoffmann et al.', year: 2008, ref: 'hoffmann2008', design: 'retrospective', patients: 22, procedures: 27, followUpMonths: 7.7, followUp: { it: '7,7 mesi', en: '7.7 months' }, improvedPct: 100, complications: { it: '8 fuoriuscite asintomatiche nel canale', en: '8 asymptomatic canal leaks' }, neuroThermal: 0, cement: 8, other: 0 },
  { id: 'munk', label: 'Munk et al.', year: 2009, ref: 'munk2009', design: 'retrospective', patients: 19, procedures: 25, followUpMonths: 3, followUp: { it: '3 mesi', en: '3 months' }, improvedPct: 95, complications: { it: '6 stravasi limitati di cemento; 1 lesione nervosa termica', en: '6 limited cement extravasations; 1 thermal nerve injury' }, neuroThermal: 1, cement: 6, other: 0 },
];

/** Reading flags. Thresholds are the tool's own teaching choices, stated in its legend. */
export const SMALL_STUDY = 20;
export const SHORT_FOLLOW_UP_MONTHS = 6;

export function studyFlags(s: Study): StudyFlag[] {
  const f: StudyFlag[] = ['non-randomized'];
  if (s.design === 'retrospective') f.push('retrospective');
  if (s.patients < SMALL_STUDY) f.push('small');
  if (s.followUpMonths < SHORT_FOLLOW_UP_MONTHS) f.push('short-follow-up');
  if (s.uncertainSource) f.push('source-uncertain');
  if (s.rfaOnly) f.push('rfa-only');
  if (s.neuroThermal > 0) f.push('neuro-thermal');
  if (s.cement > 0) f.push('cement');
  return f;
}

export type SortKey = 'year' | 'patients' | 'procedures' | 'followUpMonths' | 'improvedPct';
export type Filter = { design: 'all' | 'prospective' | 'retrospective'; events: 'all' | 'neuro-thermal' | 'cement' | 'none' };

export function selectStudies(filter: Filter, sort: SortKey, dir: 'asc' | 'desc'): Study[] {
  const rows = vpRfaStudies.filter((s) =>
    (filter.design === 'all' || s.design === filter.design) &&
    (filter.events === 'all' || (filter.events === 'none' ? s.neuroThermal + s.cement + s.other === 0 : filter.events === 'cement' ? s.cement > 0 : s.neuroThermal > 0)));
  // Stable: ties keep the source order.
  return rows.map((s, i) => ({ s, i })).sort((a, b) => (a.s[sort] - b.s[sort]) * (dir === 'asc' ? 1 : -1) || a.i - b.i).map((x) => x.s);
}

/** Totals of the rows shown (patients pooled; improvement is a range, never averaged across studies). */
export function summarize(rows: readonly Study[]) {
  if (rows.length === 0) return null;
  const pct = rows.map((r) => r.improvedPct);
  return { studies: rows.length, patients: rows.reduce((n, r) => n + r.patients, 0), improvedMin: Math.min(...pct), improvedMax: Math.max(...pct) };
}

/**
 * The evidence table's filters and sort (its link, ./evidence-query.ts: `?design=prospective&sort=patients`).
 * Each column sorts first in its natural direction (year oldest first, numbers largest first), so `dir`
 * appears in the link only when the reader reversed it.
 */
export interface EvidenceView extends Filter {
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export const sortKeys: readonly SortKey[] = ['year', 'patients', 'procedures', 'followUpMonths', 'improvedPct'];
export const naturalDir = (k: SortKey): 'asc' | 'desc' => (k === 'year' ? 'asc' : 'desc');

export const initialEvidence: EvidenceView = { design: 'all', events: 'all', sort: 'year', dir: 'asc' };

