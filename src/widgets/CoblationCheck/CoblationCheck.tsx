import type { Locale } from '../../core/i18n/locales';
import { coblationCandidate } from '../../core/lesson-tools/checkers/m10-coblation';
import { CheckerView } from '../shared/CheckerView';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function CoblationCheck({ lang }: { lang: Locale; syncUrl?: boolean }) {
  return <CheckerView lang={lang} def={coblationCandidate} />;
}
