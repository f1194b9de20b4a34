// Sentences about a case that the case page shows, worded from the UI strings (core keeps the data).
import type { CaseStudy } from '../core/content/case-schema';
import type { Locale } from '../core/i18n/locales';
import { getT } from '../core/i18n/translate';
import { formatNumber } from '../core/i18n/format-string';

/** "Woman, aged 63", or for a series "24 patients, 14 women and 10 men, mean age 61,5, range 40–80". */
export function patientText(p: CaseStudy['patient'], lang: Locale): string {
  const t = getT(lang);
  if (!p.cohort) return `${t(`cases.sex.${p.sex}`)}, ${p.age !== undefined ? t('cases.age', { age: p.age }) : t('cases.ageUnknown')}`;
  const c = p.cohort;
  return [
    t('cases.cohort', { patients: c.patients }),
    ...(c.female !== undefined && c.male !== undefined ? [t('cases.cohortSex', { female: c.female, male: c.male })] : []),
    ...(c.meanAge !== undefined ? [t('cases.cohortAge', { mean: formatNumber(lang, c.meanAge) })] : []),
    ...(c.ageRange ? [t('cases.cohortRange', { min: c.ageRange.min, max: c.ageRange.max })] : []),
  ].join(', ');
}
