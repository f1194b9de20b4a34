import type { Locale } from '../../core/i18n/locales';
import { readiness } from '../../core/lesson-tools/checkers/m03-readiness';
import { CheckerView } from '../shared/CheckerView';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function ReadinessCheck({ lang, strings, syncUrl }: { lang: Locale; syncUrl?: boolean; strings?: UiStrings }) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={readiness} syncUrl={syncUrl} />;
}
