import type { Locale } from '../../core/i18n/locales';
import { coblationCandidate } from '../../core/lesson-tools/checkers/m10-coblation';
import { CheckerView } from '../shared/CheckerView';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function CoblationCheck({ lang, strings, syncUrl }: { lang: Locale; syncUrl?: boolean; strings?: UiStrings }) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={coblationCandidate} syncUrl={syncUrl} />;
}
