import type { Locale } from '../../core/i18n/locales';
import { curativePalliative } from '../../core/lesson-tools/checkers/m02-curative-palliative';
import { CheckerView } from '../shared/CheckerView';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function CurativePalliativeCheck({ lang, strings, syncUrl }: { lang: Locale; syncUrl?: boolean; strings?: UiStrings }) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={curativePalliative} syncUrl={syncUrl} />;
}
