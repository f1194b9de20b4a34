import type { Locale } from '../../core/i18n/locales';
import { mrgfusEligibility } from '../../core/lesson-tools/checkers/m12-mrgfus';
import { CheckerView } from '../shared/CheckerView';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function MrgfusCheck({ lang }: { lang: Locale; syncUrl?: boolean }) {
  return <CheckerView lang={lang} def={mrgfusEligibility} />;
}
