import type { Locale } from '../../core/i18n/locales';
import { mrgfusEligibility } from '../../core/lesson-tools/checkers/m12-mrgfus';
import type { Answers } from '../../core/lesson-tools/checker/checker';
import { CheckerView } from '../shared/CheckerView';
import type { UrlSync } from '../shared/UrlSync';
import { provideStrings, type UiStrings } from '../shared/ui-strings';

/** Island entry: only this module's rule data ships with the page that embeds it. */
export default function MrgfusCheck({ lang, strings, url }: { lang: Locale; strings?: UiStrings; url?: UrlSync<Answers> }) {
  provideStrings(lang, strings);
  return <CheckerView lang={lang} def={mrgfusEligibility} url={url} />;
}
