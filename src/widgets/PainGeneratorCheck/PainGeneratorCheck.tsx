import type { Locale } from '../../core/i18n/locales';
import { painGenerator } from '../../core/lesson-tools/checkers/m01-pain-generator';
import { CheckerView } from '../shared/CheckerView';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function PainGeneratorCheck({ lang, strings, syncUrl }: { lang: Locale; syncUrl?: boolean; strings?: UiStrings }) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={painGenerator} syncUrl={syncUrl} />;
}
