import type { Locale } from '../../core/i18n/locales';
import { painGenerator } from '../../core/lesson-tools/checkers/m01-pain-generator';
import type { Answers } from '../../core/lesson-tools/checker/checker';
import { CheckerView } from '../shared/CheckerView';
import type { UrlSync } from '../shared/UrlSync';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function PainGeneratorCheck({ lang, strings, url }: { lang: Locale; strings?: UiStrings; url?: UrlSync<Answers> }) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={painGenerator} url={url} />;
}
